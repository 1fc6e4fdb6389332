/**
 * The custom actions as the widget loads them, and what the widget adds to them: the fallback
 * escalation, and the server's per-field errors mapped onto the form. The value checks
 * themselves are client-core's (`@baton/client-core/action-fields`), shared with the API.
 */
import { talkToHumanLabel } from '@baton/client-core/labels';
import type { WidgetActionsQuery } from '../gql/graphql';

export type Action = WidgetActionsQuery['customActions'][number];
export type ActionField = Action['fields'][number];

export type SubmitResult = { ok: true } | { ok: false; fieldErrors: Record<string, string>; formError: string };

/** Shown when the workspace has no enabled escalation action: asks for a person in words. */
export const fallbackEscalation: Action = {
  id: '',
  label: talkToHumanLabel,
  intent: 'ESCALATE_TO_HUMAN',
  description: '',
  fields: [],
};

/**
 * Actions for the row above the composer. While the assistant has the chat an escalation to a
 * person is always among them; once the team has it (queued or assigned) a bare request for a
 * person makes no sense and is hidden, while actions with fields stay (their submissions reach
 * the team as the visitor's structured message). Actions
 * already offered as chips under the assistant's latest message are left out (shown once).
 */
export function rowActions(
  actions: readonly Action[],
  status: string = 'ASSISTANT',
  offered: readonly Action[] = [],
): readonly Action[] {
  const withTeam = status === 'QUEUED' || status === 'ASSIGNED';
  const all = withTeam
    ? actions.filter((a) => a.fields.length > 0)
    : actions.some((a) => a.intent === 'ESCALATE_TO_HUMAN')
      ? actions
      : [...actions, fallbackEscalation];
  const shown = new Set(offered.map((a) => a.label.trim().toLowerCase()));
  const escalationShown = offered.some((a) => a.intent === 'ESCALATE_TO_HUMAN');
  return all.filter(
    (a) =>
      !offered.some((o) => o.id === a.id) &&
      !shown.has(a.label.trim().toLowerCase()) &&
      !(a === fallbackEscalation && escalationShown),
  );
}

/**
 * The server's ValidationError for a submitted action, as the form shows it: one message per
 * field it has (`values.<key>`), the rest as the form's error. `stale` when some errors name
 * fields this form does not have: the action changed since it was loaded.
 */
export function submitErrors(
  action: Action,
  error: { message: string; fieldErrors: readonly { path: string; message: string }[] },
): { result: SubmitResult; stale: boolean } {
  const fieldErrors: Record<string, string> = {};
  const other: string[] = [];
  for (const { path, message } of error.fieldErrors) {
    const key = path.startsWith('values.') ? path.slice(7) : '';
    if (key && action.fields.some((f) => f.key === key)) fieldErrors[key] ??= message;
    else other.push(message);
  }
  const formError = other.join(' ') || (Object.keys(fieldErrors).length ? '' : error.message);
  return { result: { ok: false, fieldErrors, formError }, stale: other.length > 0 };
}

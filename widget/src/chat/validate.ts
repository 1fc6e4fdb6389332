/**
 * Client-side checks of a custom action's values, mirroring the server's
 * (api/src/services/custom-actions.ts → checkActionValues): the same rules and messages, so the
 * visitor sees them before sending. The server checks again and its errors are shown the same way.
 */
import type { WidgetActionsQuery } from '../gql/graphql';

export type Action = WidgetActionsQuery['customActions'][number];
export type ActionField = Action['fields'][number];

const phonePattern = /^\+?[0-9][0-9 ()\-.]{4,30}$/;
const numberPattern = /^-?\d+(\.\d+)?$/;
// zod 4's `z.email()` pattern, which the server uses.
const emailPattern = /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

/** The problem with one field's value, or null. */
export function fieldProblem(field: ActionField, raw: string): string | null {
  const value = raw.trim();
  if (value === '') return field.required ? `${field.label} is required` : null;
  if (value.length > field.maxLength) return `${field.label} must be at most ${field.maxLength} characters`;
  switch (field.type) {
    case 'NUMBER':
      return numberPattern.test(value) ? null : `${field.label} must be a number`;
    case 'EMAIL':
      return emailPattern.test(value) ? null : `${field.label} must be an email address`;
    case 'PHONE':
      return phonePattern.test(value) && value.replace(/\D/g, '').length >= 5 ? null : `${field.label} must be a phone number`;
    case 'SINGLE_CHOICE':
      return field.options.includes(value) ? null : `${field.label} must be one of: ${field.options.join(', ')}`;
    default:
      return null;
  }
}

/** Problems by field key (empty when everything is valid). */
export function actionProblems(action: Action, values: Record<string, string>): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const field of action.fields) {
    const problem = fieldProblem(field, values[field.key] ?? '');
    if (problem) problems[field.key] = problem;
  }
  return problems;
}

/** The custom action builder's draft model: what the editor edits and the preview renders. */
import { actionLimits, defaultMaxLength } from '@baton/client-core/action-fields';
import type { ActionFieldType, ActionIntent, CustomActionInput, SettingsCustomActionFragment } from '../gql/graphql';
import { keyFromLabel, uniqueKey } from './forms';

export type CustomActionRow = SettingsCustomActionFragment;

export const fieldTypes: { value: ActionFieldType; label: string }[] = [
  { value: 'SHORT_TEXT', label: 'Short text' },
  { value: 'LONG_TEXT', label: 'Long text' },
  { value: 'NUMBER', label: 'Number' },
  { value: 'EMAIL', label: 'Email' },
  { value: 'PHONE', label: 'Phone' },
  { value: 'SINGLE_CHOICE', label: 'Single choice' },
];

export const fieldTypeLabel = Object.fromEntries(fieldTypes.map((t) => [t.value, t.label])) as Record<
  ActionFieldType,
  string
>;

export const intents: { value: ActionIntent; label: string; description: string }[] = [
  {
    value: 'ESCALATE_TO_HUMAN',
    label: 'Escalate to human',
    description: 'Queues the conversation for your team, with everything the visitor entered.',
  },
];

export const intentLabel = Object.fromEntries(intents.map((i) => [i.value, i.label])) as Record<ActionIntent, string>;

/** The field rules' one home (the API and the widget use the same): limits and defaults. */
export { defaultMaxLength };

export const maxFields = actionLimits.fields;

export interface DraftField {
  /** Stable identity in the editor (keys and labels change while typing). */
  uid: string;
  label: string;
  key: string;
  /** Set once the admin types a key themselves; until then the key follows the label. */
  keyEdited: boolean;
  /** Saved before: its key is what past handoffs and integrations use. */
  existing: boolean;
  type: ActionFieldType;
  required: boolean;
  placeholder: string;
  /** Empty: the type's default. */
  maxLength: number | null;
  /** One option per line (single choice). */
  optionsText: string;
}

export interface DraftAction {
  label: string;
  intent: ActionIntent;
  description: string;
  enabled: boolean;
  fields: DraftField[];
}

let nextUid = 1;
export function fieldUid(): string {
  return `f${nextUid++}`;
}

export function newField(): DraftField {
  return {
    uid: fieldUid(),
    label: '',
    key: '',
    keyEdited: false,
    existing: false,
    type: 'SHORT_TEXT',
    required: false,
    placeholder: '',
    maxLength: null,
    optionsText: '',
  };
}

export function draftFrom(action: CustomActionRow | null): DraftAction {
  if (!action) {
    return { label: '', intent: 'ESCALATE_TO_HUMAN', description: '', enabled: true, fields: [] };
  }
  return {
    label: action.label,
    intent: action.intent,
    description: action.description,
    enabled: action.enabled,
    fields: action.fields.map((field) => ({
      uid: fieldUid(),
      label: field.label,
      key: field.key,
      keyEdited: true,
      existing: true,
      type: field.type,
      required: field.required,
      placeholder: field.placeholder ?? '',
      // The API reports the effective limit; the type's default means "none of its own".
      maxLength: field.maxLength === defaultMaxLength[field.type] ? null : field.maxLength,
      optionsText: field.options.join('\n'),
    })),
  };
}

export function optionsOf(field: Pick<DraftField, 'optionsText'>): string[] {
  return field.optionsText
    .split('\n')
    .map((o) => o.trim())
    .filter((o) => o !== '');
}

/** The key a field gets from its label while the admin has not typed one. */
export function derivedKey(label: string, others: readonly DraftField[]): string {
  return uniqueKey(
    keyFromLabel(label),
    others.map((f) => f.key),
  );
}

/** Comparable snapshot of a draft (for "unsaved changes"); ignores editor-only state. */
export function snapshot(draft: DraftAction): string {
  return JSON.stringify(toInput(draft));
}

export function toInput(draft: DraftAction): CustomActionInput {
  return {
    label: draft.label.trim(),
    intent: draft.intent,
    description: draft.description.trim(),
    // updateCustomAction replaces everything, `enabled` included (it defaults to true).
    enabled: draft.enabled,
    fields: draft.fields.map((field) => {
      const choice = field.type === 'SINGLE_CHOICE';
      const maxLength =
        typeof field.maxLength === 'number' && Number.isFinite(field.maxLength) ? field.maxLength : null;
      return {
        key: field.key.trim(),
        label: field.label.trim(),
        type: field.type,
        required: field.required,
        placeholder: field.placeholder.trim() || null,
        maxLength: choice ? null : maxLength,
        options: choice ? optionsOf(field) : null,
      };
    }),
  };
}

/** The DOM ids of one field's controls in the editor (focus moves between them). */
export function fieldIds(base: string, field: Pick<DraftField, 'uid'>) {
  const prefix = `${base}-${field.uid}`;
  return {
    label: `${prefix}-label`,
    key: `${prefix}-key`,
    type: `${prefix}-type`,
    required: `${prefix}-required`,
    placeholder: `${prefix}-placeholder`,
    maxLength: `${prefix}-max`,
    options: `${prefix}-options`,
    up: `${prefix}-up`,
    down: `${prefix}-down`,
    remove: `${prefix}-remove`,
  };
}

export type FieldIds = ReturnType<typeof fieldIds>;

/** "2 fields: Order number*, Reason*" for the actions list. */
export function fieldSummary(action: CustomActionRow): string {
  if (action.fields.length === 0) return 'No fields — hands off with one press';
  const names = action.fields.map((f) => `${f.label}${f.required ? '*' : ''}`);
  const shown = names.slice(0, 3).join(', ');
  return `${action.fields.length} ${action.fields.length === 1 ? 'field' : 'fields'}: ${shown}${names.length > 3 ? `, +${names.length - 3} more` : ''}`;
}

/** The distinct field types of an action, by their labels. */
export function fieldTypesOf(action: CustomActionRow): string {
  return [...new Set(action.fields.map((f) => fieldTypeLabel[f.type]))].join(', ');
}

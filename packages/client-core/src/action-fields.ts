/**
 * The rules of a custom action's fields, in one place for the API (which checks every submitted
 * value, `api/src/services/custom-actions.ts`), the widget (which checks them before sending, with
 * the same messages) and the inbox (whose action builder and preview show the same limits).
 */

export type ActionFieldType = 'SHORT_TEXT' | 'LONG_TEXT' | 'NUMBER' | 'EMAIL' | 'PHONE' | 'SINGLE_CHOICE';

/** What the value checks read of a field. */
export interface FieldRules {
  label: string;
  type: ActionFieldType;
  required: boolean;
  /** The field's own limit; null or absent: `defaultMaxLength` of its type. */
  maxLength?: number | null;
  /** The choices of a SINGLE_CHOICE field. */
  options: readonly string[];
}

/** Longest value a field takes when it sets no max length of its own. */
export const defaultMaxLength: Readonly<Record<ActionFieldType, number>> = {
  SHORT_TEXT: 200,
  LONG_TEXT: 5000,
  NUMBER: 40,
  EMAIL: 254,
  PHONE: 40,
  SINGLE_CHOICE: 200,
};

/** Limits of an action's definition (what an admin may configure). */
export const actionLimits = {
  /** Characters of the button label. */
  labelLength: 60,
  /** Fields of one action. */
  fields: 20,
  /** The highest max length a field may set. */
  fieldMaxLength: 5000,
} as const;

/** The longest value the field accepts. */
export function maxLengthOf(field: Pick<FieldRules, 'type' | 'maxLength'>): number {
  return field.maxLength ?? defaultMaxLength[field.type];
}

const phonePattern = /^\+?[0-9][0-9 ()\-.]{4,30}$/;
const numberPattern = /^-?\d+(\.\d+)?$/;
/** zod 4's `z.email()` pattern (what the API checked with before this module existed). */
const emailPattern =
  /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

/**
 * The problem with one field's value, or null when it is valid. The value is trimmed first (an
 * empty value is only a problem for a required field); then length, then the type's format.
 */
export function fieldProblem(field: FieldRules, raw: string): string | null {
  const value = raw.trim();
  if (value === '') return field.required ? `${field.label} is required` : null;
  const max = maxLengthOf(field);
  if (value.length > max) return `${field.label} must be at most ${max} characters`;
  return formatProblem(field, value);
}

function formatProblem(field: FieldRules, value: string): string | null {
  switch (field.type) {
    case 'NUMBER':
      return numberPattern.test(value) ? null : `${field.label} must be a number`;
    case 'EMAIL':
      return emailPattern.test(value) ? null : `${field.label} must be an email address`;
    case 'PHONE':
      return phonePattern.test(value) && value.replace(/\D/g, '').length >= 5
        ? null
        : `${field.label} must be a phone number`;
    case 'SINGLE_CHOICE':
      return field.options.includes(value) ? null : `${field.label} must be one of: ${field.options.join(', ')}`;
    default:
      return null;
  }
}

/** Problems by field key (empty when every value is valid); missing values count as empty. */
export function fieldProblems(
  fields: readonly (FieldRules & { key: string })[],
  values: Readonly<Record<string, string>>,
): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const field of fields) {
    const problem = fieldProblem(field, values[field.key] ?? '');
    if (problem) problems[field.key] = problem;
  }
  return problems;
}

/** How a field is typed in a browser form: the input's type, keyboard and autofill. */
export interface FieldControl {
  element: 'input' | 'textarea' | 'select';
  /** For an `input`: its `type`. */
  inputType: 'text' | 'email' | 'tel' | 'number';
  inputMode: 'decimal' | undefined;
  autocomplete: 'email' | 'tel' | 'off';
}

export function fieldControl(type: ActionFieldType): FieldControl {
  return {
    element: type === 'LONG_TEXT' ? 'textarea' : type === 'SINGLE_CHOICE' ? 'select' : 'input',
    inputType: type === 'EMAIL' ? 'email' : type === 'PHONE' ? 'tel' : type === 'NUMBER' ? 'number' : 'text',
    inputMode: type === 'NUMBER' ? 'decimal' : undefined,
    autocomplete: type === 'EMAIL' ? 'email' : type === 'PHONE' ? 'tel' : 'off',
  };
}

import type { CombinedError } from '@urql/svelte';

export interface FieldErrorLike {
  path: string;
  message: string;
}

export interface FormErrors<Field extends string> {
  fields: Partial<Record<Field, string>>;
  /** Shown above the submit button: errors that belong to no single field. */
  form: string | null;
}

/**
 * Maps a ValidationError's `fieldErrors` (paths like `input.email`) onto the form's fields;
 * anything that matches no field becomes the form-level message.
 */
export function formErrors<Field extends string>(
  fields: readonly Field[],
  fieldErrors: readonly FieldErrorLike[],
  fallback: string,
): FormErrors<Field> {
  const result: FormErrors<Field> = { fields: {}, form: null };
  const unmatched: string[] = [];
  for (const { path, message } of fieldErrors) {
    const name = path.replace(/^input\./, '');
    const field = fields.find((f) => f === name);
    if (field === undefined) unmatched.push(message);
    else result.fields[field] ??= message;
  }
  if (unmatched.length > 0) result.form = unmatched.join(' ');
  else if (fieldErrors.length === 0) result.form = fallback;
  return result;
}

/** A readable sentence for a transport or GraphQL-level error. */
export function describeError(error: CombinedError): string {
  if (error.networkError) return 'Cannot reach the Baton server. Check your connection and try again.';
  return error.graphQLErrors[0]?.message ?? 'Something went wrong. Please try again.';
}

/** The request carried a token the server no longer accepts (expired, logged out elsewhere). */
export function isUnauthenticated(error: CombinedError): boolean {
  return error.response?.status === 401 || error.graphQLErrors.some((e) => e.extensions['code'] === 'UNAUTHENTICATED');
}

/** Shared zod building blocks and the bridge from zod issues to ValidationError. */
import { z } from 'zod';
import { ValidationError } from './errors.js';

export const emailSchema = z
  .string()
  .trim()
  .max(254, 'Email is too long')
  .pipe(z.email('Enter a valid email address'))
  .transform((e) => e.toLowerCase());

const commonPasswords = new Set([
  'password123',
  'password1234',
  '1234567890',
  '12345678910',
  'qwertyuiop',
  'iloveyou123',
  'letmein1234',
  'administrator',
  'passwordpassword',
  'abcdefghij',
  '0123456789',
]);

export const passwordSchema = z
  .string()
  .min(10, 'Use at least 10 characters')
  .max(256, 'Use at most 256 characters')
  .refine((p) => !commonPasswords.has(p.toLowerCase()), 'This password is too common')
  .refine((p) => new Set(p).size >= 4, 'This password is too repetitive');

/** An optional http(s) URL (empty → null). */
export const optionalHttpUrl = z
  .string()
  .trim()
  .max(2000, 'Use at most 2000 characters')
  .nullish()
  .transform((v, ctx) => {
    if (!v) return null;
    if (!URL.canParse(v) || !/^https?:$/.test(new URL(v).protocol)) {
      ctx.addIssue({ code: 'custom', message: 'Expected an http(s) URL' });
      return z.NEVER;
    }
    return v;
  });

export const personNameSchema = z.string().trim().min(1, 'Enter a name').max(120, 'Use at most 120 characters');

/** Throws ValidationError (all issues, with paths) unless `value` matches `schema`. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, prefix = 'input'): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw zodToValidationError(result.error.issues, prefix);
}

export function zodToValidationError(
  issues: ReadonlyArray<{ path?: ReadonlyArray<PropertyKey | { key: PropertyKey }> | undefined; message: string }>,
  prefix = 'input',
): ValidationError {
  // One message per field (the first), so a form shows "too short" rather than a list.
  const byPath = new Map<string, string>();
  for (const issue of issues) {
    const path = [prefix, ...(issue.path ?? []).map((p) => String(typeof p === 'object' ? p.key : p))]
      .filter(Boolean)
      .join('.');
    if (!byPath.has(path)) byPath.set(path, issue.message);
  }
  return new ValidationError([...byPath].map(([path, message]) => ({ path, message })));
}

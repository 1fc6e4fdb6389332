/** An optional trimmed text of at most `max` characters from the widget; empty → null. */
import { z } from 'zod';

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));

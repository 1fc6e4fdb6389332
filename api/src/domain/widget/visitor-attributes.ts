/**
 * Custom attributes the host page sets on a visitor (`Baton.setAttributes`): merged into what the
 * visitor already has, with a total cap per visitor so one visitor cannot grow without bound.
 */
import { ValidationError } from '../errors.js';

/** At most this many attribute keys on one visitor, after merging. */
export const MAX_VISITOR_ATTRIBUTES = 50;
/** At most this many bytes (UTF-8, keys and values) of attributes on one visitor, after merging. */
export const MAX_VISITOR_ATTRIBUTE_BYTES = 16 * 1024;

export type VisitorAttributes = Record<string, string>;

/** Bytes the attributes take: every key and value in UTF-8. */
export function attributeBytes(attributes: VisitorAttributes): number {
  let total = 0;
  for (const [key, value] of Object.entries(attributes)) total += Buffer.byteLength(key) + Buffer.byteLength(value);
  return total;
}

/**
 * `current` with `changes` merged in (a key given again replaces its value); a ValidationError on
 * `input.attributes` when the result is over either cap — then nothing is written.
 */
export function mergeAttributes(
  current: VisitorAttributes,
  changes: ReadonlyArray<{ key: string; value: string }>,
): VisitorAttributes {
  const merged: VisitorAttributes = { ...current };
  for (const { key, value } of changes) merged[key] = value;
  const keys = Object.keys(merged).length;
  if (keys > MAX_VISITOR_ATTRIBUTES) {
    throw ValidationError.single(
      'input.attributes',
      `A visitor can have at most ${MAX_VISITOR_ATTRIBUTES} attributes (this would make ${keys}).`,
    );
  }
  const bytes = attributeBytes(merged);
  if (bytes > MAX_VISITOR_ATTRIBUTE_BYTES) {
    throw ValidationError.single(
      'input.attributes',
      `A visitor's attributes are limited to ${MAX_VISITOR_ATTRIBUTE_BYTES / 1024} KiB in total (this would make ${Math.ceil(bytes / 1024)} KiB).`,
    );
  }
  return merged;
}

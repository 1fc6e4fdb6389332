/** Decoding Relay global ids from arguments, with a typed error instead of a crash. */
import { decodeGlobalID } from '@pothos/plugin-relay';
import { ValidationError } from '../domain/errors.js';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The database id inside `globalId`, which must be a global id of `typename`. */
export function idOf(typename: string, globalId: string | number, path: string): string {
  try {
    const decoded = decodeGlobalID(String(globalId));
    if (decoded.typename === typename && uuid.test(decoded.id)) return decoded.id;
  } catch {
    // fall through to the typed error
  }
  throw ValidationError.single(path, `Expected the id of a ${typename}.`);
}

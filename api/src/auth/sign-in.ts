/**
 * A request acts as the viewer its credentials name. The one exception: a sign-in mutation
 * (sign-up, log-in, accepting an invitation, starting a widget session), after which the rest
 * of that request — its payload's `agent { … }` or `conversation { … }` — resolves as the new
 * session under the usual tenant checks. This is the only place that changes `ctx.viewer`, and
 * it allows one sign-in per request, checked before any password is: aliases are not extra
 * guesses.
 */
import type { Context } from '../context.js';
import { InvalidOperationError } from '../domain/errors.js';
import type { Viewer } from './viewer.js';

const signedIn = new WeakSet<Context>();

export async function signInFor<T>(ctx: Context, work: () => Promise<T>, viewerOf: (result: T) => Viewer): Promise<T> {
  if (signedIn.has(ctx)) {
    throw new InvalidOperationError('Sign in once per request: send each sign-in as its own request.');
  }
  signedIn.add(ctx);
  const result = await work();
  ctx.viewer = viewerOf(result);
  return result;
}

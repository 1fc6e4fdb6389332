/**
 * Request ids: taken from the client's (or proxy's) `X-Request-Id` when it is a plain token
 * (letters, digits, `-_.:`, at most 128 characters — anything else could forge log lines or
 * bloat them), generated otherwise; echoed in the response's `X-Request-Id` and carried by
 * every log line of the request.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export const requestIdHeader = 'x-request-id';
const acceptable = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestId(headers: IncomingHttpHeaders): string {
  const given = headers[requestIdHeader];
  return typeof given === 'string' && acceptable.test(given) ? given : randomUUID();
}

/**
 * Who is calling, as far as the network tells: the request's Origin header and the client IP
 * (the socket's address, or the first `X-Forwarded-For` hop when Baton runs behind a proxy
 * it trusts — `BATON_TRUST_PROXY`). Rate limits key on the IP; visitor tokens on the Origin.
 */
import type { IncomingMessage } from 'node:http';

function headerValue(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

export function requestOrigin(req: IncomingMessage | undefined): string | null {
  return headerValue(req?.headers.origin);
}

export function clientIp(req: IncomingMessage | undefined, trustProxy: boolean): string {
  if (!req) return 'unknown';
  if (trustProxy) {
    const forwarded = headerValue(req.headers['x-forwarded-for'])?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

/**
 * Rate-limit fixtures for the security tests: a server on the real policies (scale 1, unlike
 * the 1000× every other test gets) with some overridden small, and requests from a chosen
 * client IP (the server trusts X-Forwarded-For here).
 */
import type { BatonServer } from '../../api/src/server.js';
import type { RequestOptions } from './graphql.js';
import { startTestServer } from './server.js';

/** `policies` as `name=points/seconds[/blockSeconds]`, e.g. `['widgetSession=3/3600']`. */
export function startRateLimitedServer(
  policies: string[] = [],
  env: Record<string, string> = {},
): Promise<BatonServer> {
  return startTestServer({
    BATON_RATE_LIMIT_SCALE: '1',
    BATON_RATE_LIMITS: policies.join(','),
    BATON_TRUST_PROXY: 'true',
    ...env,
  });
}

/** Request options that make the call come from `ip` (first X-Forwarded-For hop). */
export function fromIp(ip: string, token?: string): RequestOptions {
  return { headers: { 'x-forwarded-for': ip }, ...(token && { token }) };
}

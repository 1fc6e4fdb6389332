/**
 * Who may read `/metrics` (series names, counts and queue depths are operator information):
 * - with `BATON_METRICS_TOKEN` set: whoever sends `Authorization: Bearer <that token>`
 *   (compared in constant time), from anywhere;
 * - without it: connections from a loopback address only (the TCP peer, never
 *   X-Forwarded-For), and not through a proxy — a request carrying `Forwarded`,
 *   `X-Forwarded-For` or `X-Real-IP` came through one, so it could be anybody's. A Prometheus
 *   on another host or container needs the token.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import ipaddr from 'ipaddr.js';
import { bearerToken } from '../auth/authenticate.js';
import type { Config } from '../config.js';

export interface MetricsRefusal {
  status: 401 | 403;
  message: string;
  headers: Record<string, string>;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

function isLoopback(address: string | undefined): boolean {
  if (!address || !ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'loopback';
}

const proxied = (req: IncomingMessage) =>
  req.headers.forwarded !== undefined ||
  req.headers['x-forwarded-for'] !== undefined ||
  req.headers['x-real-ip'] !== undefined;

/** Returns the check for one request: null when it may read the metrics, else the refusal. */
export function metricsAccess(config: Pick<Config, 'metricsToken'>): (req: IncomingMessage) => MetricsRefusal | null {
  const expected = config.metricsToken === undefined ? null : digest(config.metricsToken);
  return (req): MetricsRefusal | null => {
    if (expected) {
      const given = bearerToken(req.headers.authorization);
      if (given !== undefined && timingSafeEqual(digest(given), expected)) return null;
      return {
        status: 401,
        message: 'Send Authorization: Bearer <BATON_METRICS_TOKEN> to read the metrics.',
        headers: { 'www-authenticate': 'Bearer realm="metrics"' },
      };
    }
    if (isLoopback(req.socket.remoteAddress) && !proxied(req)) return null;
    return {
      status: 403,
      message: 'Metrics are served to loopback connections only; set BATON_METRICS_TOKEN to read them from elsewhere.',
      headers: {},
    };
  };
}

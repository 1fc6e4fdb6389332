/**
 * Threat: spreading a flood over several API instances, or waiting for Redis to fail. With
 * REDIS_URL the counters live in Redis, so two instances of one deployment share each budget
 * (CI's PostgreSQL + Redis pass); when Redis is unreachable the limiter falls back to its
 * in-memory insurance limiter at once, so requests neither fail nor go unlimited.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { RateLimitedError } from '../../../api/src/domain/errors.js';
import { RateLimits } from '../../../api/src/limits/limiter.js';
import type { BatonServer } from '../../../api/src/server.js';
import { graphql } from '../../gql/index.js';
import { gql } from '../../helpers/graphql.js';
import { metadata, publicKeyOf } from '../../helpers/handoff.js';
import { fromIp, startRateLimitedServer } from '../../helpers/rate-limits.js';
import { signUp } from '../../helpers/team.js';

const START = graphql(`
  mutation InstancesStart($input: StartWidgetSessionInput!) {
    startWidgetSession(input: $input) {
      __typename
    }
  }
`);

const servers: BatonServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

const start = (server: BatonServer, publicKey: string, ip: string) =>
  gql(server.graphqlUrl, START, { input: { publicKey, metadata } }, fromIp(ip)).then(
    (res) => res.data.startWidgetSession.__typename,
  );

describe.runIf(process.env.REDIS_URL && process.env.DATABASE_URL)('with Redis, across instances', () => {
  it('two instances of one deployment share the per-IP budget', async () => {
    const a = await startRateLimitedServer(['widgetSession=3/3600']);
    servers.push(a);
    const b = await startRateLimitedServer(['widgetSession=3/3600'], { DATABASE_URL: a.config.databaseUrl! });
    servers.push(b);
    const owner = await signUp(a.graphqlUrl, 'Two Instances');
    const publicKey = await publicKeyOf(a.graphqlUrl, owner.token);
    const ip = '198.51.100.77';
    expect([
      await start(a, publicKey, ip),
      await start(b, publicKey, ip),
      await start(a, publicKey, ip),
      await start(b, publicKey, ip),
      await start(a, publicKey, ip),
    ]).toEqual(['WidgetSession', 'WidgetSession', 'WidgetSession', 'RateLimitedError', 'RateLimitedError']);
  });
});

describe('Redis unreachable', () => {
  // The limiter on its own (the server's pub/sub would need Redis too): nothing listens on port 9.
  it('requests are answered and still limited, by the in-memory insurance limiter', async () => {
    const limits = new RateLimits({
      settings: { enabled: true, scale: 1, overrides: { widgetSession: { points: 2, duration: 3600 } } },
      redisUrl: 'redis://127.0.0.1:9',
      namespace: 'baton:rl:outage-test',
    });
    try {
      const started = Date.now();
      await limits.consume(['widgetSession', '198.51.100.78']);
      await limits.consume(['widgetSession', '198.51.100.78']);
      await expect(limits.consume(['widgetSession', '198.51.100.78'])).rejects.toBeInstanceOf(RateLimitedError);
      await limits.consume(['widgetSession', '198.51.100.79']);
      // No waiting for Redis: the insurance answers at once.
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      limits.close();
    }
  });
});

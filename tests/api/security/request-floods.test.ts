/**
 * Threat: one address hammering the endpoint itself — thousands of GraphQL requests, or a stream
 * of new WebSocket connections. Request-level limits answer HTTP 429 with Retry-After (before
 * the body is read); a connection flood gets close 4429. Other addresses are not affected.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../../api/src/server.js';
import { graphql } from '../../gql/index.js';
import { connectWs, gql, wsRequest, type WsConnection } from '../../helpers/graphql.js';
import { fromIp, startRateLimitedServer } from '../../helpers/rate-limits.js';

// A trusted document (the tests' manifest): the anonymous callers here may run it.
const TYPENAME = graphql(`
  query FloodTypename {
    __typename
  }
`);
let server: BatonServer;
const sockets: WsConnection[] = [];

beforeAll(async () => {
  server = await startRateLimitedServer(['httpRequest=5/60', 'socketConnect=3/60'], {
    BATON_WS_MAX_ANONYMOUS_PER_IP: '100',
  });
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose()));
  await server?.close();
});

describe('request floods', () => {
  it('HTTP: past the per-IP request budget, 429 with Retry-After and RATE_LIMITED; other IPs carry on', async () => {
    for (let i = 0; i < 5; i++)
      expect((await gql(server.graphqlUrl, TYPENAME, {}, fromIp('203.0.113.7'))).status).toBe(200);
    const res = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.7' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await res.json()) as { errors: { extensions: { code: string; retryAfterSeconds: number } }[] };
    expect(body.errors[0]?.extensions.code).toBe('RATE_LIMITED');
    expect((await gql(server.graphqlUrl, TYPENAME, {}, fromIp('203.0.113.8'))).status).toBe(200);
  });

  it('WebSocket: a flood of new connections from one IP is closed with 4429', async () => {
    for (let i = 0; i < 3; i++) {
      const socket = connectWs(server.wsUrl, {});
      sockets.push(socket);
      // Acknowledged and answering: it counted.
      await wsRequest(socket.client, TYPENAME);
    }
    const fourth = connectWs(server.wsUrl, {});
    sockets.push(fourth);
    expect(await fourth.closed).toBe(4429);
  });
});

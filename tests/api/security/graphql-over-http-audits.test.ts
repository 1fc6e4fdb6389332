/**
 * Protocol conformance stays true: graphql-http's own audit suite (the GraphQL over HTTP
 * specification's MUSTs and SHOULDs) against the real server. The security review ran these
 * 61/61 green; the new limits, CORS and error codes must not break them.
 */
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../../api/src/server.js';
import { startTestServer } from '../../helpers/server.js';

let server: BatonServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('GraphQL over HTTP audits (graphql-http)', () => {
  for (const audit of serverAudits({ url: () => server.graphqlUrl, fetchFn: fetch })) {
    it(`${audit.id} ${audit.name}`, async () => {
      const result = await audit.fn();
      const failure = result.status === 'error' ? `${result.reason} ${JSON.stringify(result.response ?? '')}` : '';
      expect(result.status === 'error' ? failure : 'ok').toBe('ok');
    });
  }
});

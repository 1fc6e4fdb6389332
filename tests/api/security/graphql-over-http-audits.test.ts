/**
 * Protocol conformance stays true: graphql-http's own audit suite (the GraphQL over HTTP
 * specification's MUSTs and SHOULDs) against the real server. The security review ran these
 * 61/61 green; the new limits, CORS and error codes must not break them. The audits send their
 * own documents (`{ __typename }`…), which only agents may run (trusted documents): they run
 * with an agent's session.
 */
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../../api/src/server.js';
import { startTestServer } from '../../helpers/server.js';
import { signUp } from '../../helpers/team.js';

let server: BatonServer;
let authorization: string;
beforeAll(async () => {
  server = await startTestServer();
  authorization = `Bearer ${(await signUp(server.graphqlUrl)).token}`;
});

/** fetch with the agent's Authorization header added. */
const asAgent: typeof fetch = (input, init) => {
  const headers = new Headers(init?.headers);
  headers.set('authorization', authorization);
  return fetch(input, { ...init, headers });
};
afterAll(async () => {
  await server?.close();
});

describe('GraphQL over HTTP audits (graphql-http)', () => {
  for (const audit of serverAudits({ url: () => server.graphqlUrl, fetchFn: asAgent })) {
    it(`${audit.id} ${audit.name}`, async () => {
      const result = await audit.fn();
      const failure = result.status === 'error' ? `${result.reason} ${JSON.stringify(result.response ?? '')}` : '';
      expect(result.status === 'error' ? failure : 'ok').toBe('ok');
    });
  }
});

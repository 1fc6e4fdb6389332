/**
 * A socket's session is checked against the database when the socket opens; its later operations
 * verify the token (signature, expiry) without reading the session again, because a revocation
 * ends the socket (http/live-sockets.ts). A session revoked while the socket is open still stops it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../api/src/server.js';
import { graphql } from '../gql/index.js';
import { connectWs, gql, wsRequest } from '../helpers/graphql.js';
import { pauseBackgroundWork, startTestServer } from '../helpers/server.js';
import { signUp } from '../helpers/team.js';

const TYPENAME = graphql(`
  query SocketSessionTypename {
    __typename
  }
`);
const LOG_OUT = graphql(`
  mutation SocketSessionLogOut {
    logOut {
      __typename
    }
  }
`);

let server: BatonServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('an open socket', () => {
  it('runs operations without reading its session again, until the session is revoked', async () => {
    const owner = await signUp(server.graphqlUrl, 'Socket Co');
    const socket = connectWs(server.wsUrl, { authorization: `Bearer ${owner.token}` });
    try {
      expect((await wsRequest(socket.client, TYPENAME)).data).toEqual({ __typename: 'Query' });
      // Only these operations' statements: the periodic work that polls the database is paused.
      const resume = await pauseBackgroundWork(server);
      try {
        const before = server.db.statementCount();
        for (let i = 0; i < 3; i++) expect((await wsRequest(socket.client, TYPENAME)).errors).toBeUndefined();
        expect(server.db.statementCount() - before).toBe(0);
      } finally {
        resume();
      }

      const out = await gql(server.graphqlUrl, LOG_OUT, {}, owner.token);
      expect(out.data?.logOut.__typename).toBe('LogOutPayload');
      expect(await socket.closed).toBe(4403);
    } finally {
      await socket.dispose();
    }
  });
});

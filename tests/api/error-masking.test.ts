/**
 * Unexpected errors reach clients masked — "Unexpected error." with INTERNAL_SERVER_ERROR, no
 * stack trace, no server path — with the default NODE_ENV (development) too, over HTTP and
 * WebSocket, in GraphQL execution and before it (authentication). Only BATON_DEBUG_ERRORS=true
 * shows the original error. The failure is real: a table the query needs is renamed away.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../api/src/server.js';
import { graphql } from '../gql/index.js';
import { connectWs, wsRequest, type WsConnection } from '../helpers/graphql.js';
import { startTestServer } from '../helpers/server.js';
import { signUp, type SignedIn } from '../helpers/team.js';

const MASKING_DOCUMENTS = graphql(`
  query MaskingDocuments {
    knowledgeDocuments(first: 5) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);
const MASKING_VIEWER = graphql(`
  query MaskingViewer {
    viewer {
      id
    }
  }
`);

/** Stack frames, file paths, Prisma's own invocation text, the original error or the table it names. */
const leaks = (text: string) =>
  /stack|\bat .+:\d+:\d+|\/work\/|node_modules|\.ts:\d+|Invalid `prisma|originalError/i.test(text) ||
  /public\.|does not exist/.test(text);

async function postRaw(url: string, query: string, token: string): Promise<{ status: number; text: string }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, text: await res.text() };
}

/** Makes every query on `table` fail with a non-transient database error. */
async function breakTable(server: BatonServer, table: string): Promise<void> {
  await server.db.prisma.$executeRawUnsafe(`ALTER TABLE "${table}" RENAME TO "${table}Gone"`);
}

describe('unexpected errors are masked unless BATON_DEBUG_ERRORS is set', () => {
  let development: BatonServer;
  let debug: BatonServer;
  let owner: SignedIn;
  let debugOwner: SignedIn;
  const sockets: WsConnection[] = [];

  // Libraries decide on stack traces from the process's NODE_ENV (Yoga shows them when it is
  // `development`), not from Baton's config: run this file's servers as an operator would.
  const nodeEnv = process.env.NODE_ENV;
  beforeAll(async () => {
    process.env.NODE_ENV = 'development';
    [development, debug] = await Promise.all([
      startTestServer({ NODE_ENV: 'development' }),
      startTestServer({ NODE_ENV: 'development', BATON_DEBUG_ERRORS: 'true' }),
    ]);
    [owner, debugOwner] = await Promise.all([signUp(development.graphqlUrl), signUp(debug.graphqlUrl)]);
  });
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
    await development?.close();
    await debug?.close();
    process.env.NODE_ENV = nodeEnv;
  });

  it('a resolver that fails unexpectedly: "Unexpected error." over HTTP and WebSocket, nothing more', async () => {
    const socket = connectWs(development.wsUrl, { authorization: `Bearer ${owner.token}` });
    sockets.push(socket);
    // The socket is up and authenticated before the table goes.
    expect((await wsRequest(socket.client, MASKING_VIEWER)).data.viewer?.id).toBeTruthy();
    await breakTable(development, 'KnowledgeDocument');

    const http = await postRaw(development.graphqlUrl, String(MASKING_DOCUMENTS), owner.token);
    expect(http.status).toBe(200);
    const body = JSON.parse(http.text) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors.map((e) => [e.message, e.extensions.code])).toEqual([
      ['Unexpected error.', 'INTERNAL_SERVER_ERROR'],
    ]);
    expect(leaks(http.text), http.text).toBe(false);

    const overWs = await wsRequest(socket.client, MASKING_DOCUMENTS);
    const text = JSON.stringify(overWs.toJSON());
    expect(overWs.errors?.map((e) => e.message)).toEqual(['Unexpected error.']);
    expect(leaks(text), text).toBe(false);
  });

  it('a request that fails unexpectedly before GraphQL runs (authentication): a typed 500 without details', async () => {
    await breakTable(development, 'AgentSession');
    const http = await postRaw(development.graphqlUrl, String(MASKING_VIEWER), owner.token);
    expect(http.status).toBe(500);
    const body = JSON.parse(http.text) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors.map((e) => [e.message, e.extensions.code])).toEqual([
      ['Unexpected error.', 'INTERNAL_SERVER_ERROR'],
    ]);
    expect(leaks(http.text), http.text).toBe(false);

    // A socket whose credentials cannot be checked is closed 1011 (not 4500 with the message, not 4403).
    const socket = connectWs(development.wsUrl, { authorization: `Bearer ${owner.token}` });
    sockets.push(socket);
    expect(await socket.closed).toBe(1011);
  });

  it('with BATON_DEBUG_ERRORS=true the original error and its stack are shown', async () => {
    await breakTable(debug, 'KnowledgeDocument');
    const http = await postRaw(debug.graphqlUrl, String(MASKING_DOCUMENTS), debugOwner.token);
    const body = JSON.parse(http.text) as {
      errors: Array<{ extensions: { originalError?: { message: string; stack?: string } } }>;
    };
    expect(body.errors[0]?.extensions.originalError?.message).toMatch(/KnowledgeDocument/);
    expect(body.errors[0]?.extensions.originalError?.stack).toMatch(/\.ts:\d+/);
  });
});

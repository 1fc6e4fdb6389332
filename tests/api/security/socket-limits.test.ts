/**
 * Threats on the WebSocket: one socket holding a thousand subscriptions, hundreds of idle
 * anonymous sockets from one address, sockets that never initialise, oversized messages — and
 * limit rejections that used to close the whole socket (4500), killing the caller's other
 * subscriptions. A rejected operation gets an `error` for its id; the socket carries on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { BatonServer } from '../../../api/src/server.js';
import { graphql } from '../../gql/index.js';
import {
  connectWs,
  invalidDocument,
  subscribe,
  untilLive,
  wsRequest,
  type WsConnection,
  gql,
} from '../../helpers/graphql.js';
import { publicKeyOf, SEND, startSession, STREAM, type VisitorSession } from '../../helpers/handoff.js';
import { startTestServer } from '../../helpers/server.js';
import { signUp } from '../../helpers/team.js';

const sockets: WsConnection[] = [];
// A trusted document (the tests' manifest): anonymous sockets may run it.
const SOCKET_TYPENAME = graphql(`
  query SocketTypename {
    __typename
  }
`);
let server: BatonServer;
let visitor: VisitorSession;
/** Agents may send any document: the limits (not trusted documents) are what stop theirs. */
let agentToken: string;

beforeAll(async () => {
  server = await startTestServer({
    BATON_WS_MAX_OPERATIONS: '5',
    BATON_WS_MAX_ANONYMOUS_PER_IP: '3',
  });
  const owner = await signUp(server.graphqlUrl, 'Socket limits');
  agentToken = owner.token;
  visitor = await startSession(server.graphqlUrl, await publicKeyOf(server.graphqlUrl, owner.token));
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose()));
  await server?.close();
});

function open(params: Record<string, unknown>): WsConnection {
  const socket = connectWs(server.wsUrl, params);
  sockets.push(socket);
  return socket;
}

const send = (body: string) =>
  gql(server.graphqlUrl, SEND, { input: { conversationId: visitor.conversationId, body } }, visitor.token);

/** A subscription on the socket that provably still receives live events. */
async function liveStream(socket: WsConnection, marker: string) {
  const stream = subscribe(socket.client, STREAM, { id: visitor.conversationId, after: null });
  await untilLive(
    stream,
    () => send(marker),
    (e) => e.conversationEvents.message?.body === marker,
  );
  return stream;
}

function errorCodes(error: unknown): unknown[] {
  const list = Array.isArray(error) ? (error as unknown[]) : [error];
  return list.map((e) => (e as { extensions?: { code?: string } }).extensions?.code);
}

describe('operations per socket', () => {
  it('one operation over the limit gets an error; the others keep receiving', async () => {
    const socket = open({ authorization: `Bearer ${visitor.token}` });
    const streams = [];
    for (let i = 0; i < 5; i++) streams.push(await liveStream(socket, `live ${i}`));
    const extra = subscribe(socket.client, STREAM, { id: visitor.conversationId, after: null });
    await extra.done;
    expect(extra.errors.flatMap(errorCodes)).toEqual(['TOO_MANY_OPERATIONS']);
    await send('after the refusal');
    for (const stream of streams) {
      await stream.waitFor((events) => events.some((e) => e.conversationEvents.message?.body === 'after the refusal'));
    }
  });
});

describe('limit rejections fit the protocol', () => {
  // Each document with the words its rejection names (an agent's socket, so that the limit itself answers).
  const rejected: Record<string, [string, RegExp]> = {
    depth: [
      `query { viewer { ${'workspace { agents { edges { node { '.repeat(4)}name${' } } } }'.repeat(4)} } }`,
      /QUERY_TOO_DEEP/,
    ],
    aliases: [
      `query { ${Array.from({ length: 40 }, (_, i) => `a${i}: viewer { __typename }`).join(' ')} }`,
      /TOO_MANY_ALIASES/,
    ],
    directives: [`query { __typename ${'@include(if: true) '.repeat(40)} }`, /TOO_MANY_DIRECTIVES/],
    syntax: ['query {', /Syntax Error/],
    unknownField: ['query { nope }', /Cannot query field \\"nope\\"/],
  };
  for (const [name, [text, reason]] of Object.entries(rejected)) {
    it(`a ${name} rejection is an error for that operation; the socket and its subscription live on`, async () => {
      const socket = open({ authorization: `Bearer ${agentToken}` });
      const stream = await liveStream(socket, `before ${name}`);
      const refusal = await wsRequest(socket.client, invalidDocument(text)).then(
        () => new Error('accepted'),
        (error: Error) => error,
      );
      expect(refusal.message).toMatch(reason);
      expect(refusal.message).not.toMatch(/PERSISTED_QUERY/);
      await send(`after ${name}`);
      await stream.waitFor((events) => events.some((e) => e.conversationEvents.message?.body === `after ${name}`));
    });
  }
});

describe('connections', () => {
  it('anonymous sockets beyond the per-IP limit are closed with 4429', async () => {
    const anonymous = [open({}), open({}), open({})];
    // Each is acknowledged (a request answers) before the next one counts.
    for (const socket of anonymous) await wsRequest(socket.client, SOCKET_TYPENAME);
    const fourth = open({});
    expect(await fourth.closed).toBe(4429);
    // A socket with credentials is not counted against the address.
    const agent = open({ authorization: `Bearer ${visitor.token}` });
    await liveStream(agent, 'authenticated socket');
  });

  it('a socket that never sends connection_init is closed (4408)', async () => {
    // Its own server: a deadline this short would also close busy clients' sockets.
    const strict = await startTestServer({ BATON_WS_INIT_TIMEOUT_MS: '200' });
    try {
      const raw = new WebSocket(strict.wsUrl, 'graphql-transport-ws');
      const code = await new Promise<number>((resolve) => raw.on('close', (c) => resolve(c)));
      expect(code).toBe(4408);
    } finally {
      await strict.close();
    }
  });

  it('a message over 64 KiB closes the socket (1009) before it is parsed', async () => {
    const raw = new WebSocket(server.wsUrl, 'graphql-transport-ws');
    await new Promise((resolve) => raw.on('open', resolve));
    raw.send(JSON.stringify({ type: 'connection_init', payload: { padding: 'x'.repeat(70 * 1024) } }));
    const code = await new Promise<number>((resolve) => raw.on('close', (c) => resolve(c)));
    expect(code).toBe(1009);
  });
});

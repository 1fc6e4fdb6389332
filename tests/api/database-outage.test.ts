/**
 * A 5 s PostgreSQL outage (a TCP proxy between Baton and PostgreSQL, cut and restored) while
 * visitors keep sending messages: every answer is a typed, retryable signal — a mutation's
 * ServiceUnavailableError, HTTP 503 + Retry-After for a request that fails before GraphQL runs,
 * WebSocket close 1013 for a socket that cannot be authenticated, an `error` for one operation
 * on an open socket — never 4403 (bad token) or 4500, never an untyped 500, never a stack trace.
 * After the restore everything works without a restart and nothing acknowledged is lost.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BatonServer } from '../../api/src/server.js';
import { graphql } from '../gql/index.js';
import type { TypedDocumentString } from '../gql/graphql.js';
import { expectNoWrites } from '../helpers/db.js';
import {
  connectWs,
  eventsBefore,
  expectTypename,
  gql,
  subscribe,
  wsRequest,
  type WsConnection,
} from '../helpers/graphql.js';
import { publicKeyOf, SEND, startSession, STREAM, type VisitorSession } from '../helpers/handoff.js';
import { adminUrl, databaseUrlFor } from '../helpers/postgres.js';
import { startTestServer } from '../helpers/server.js';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.js';
import { signUp, strongPassword, type SignedIn } from '../helpers/team.js';

const OUTAGE_VIEWER = graphql(`
  query OutageViewer {
    viewer {
      id
      name
    }
  }
`);
const OUTAGE_LOG_IN = graphql(`
  mutation OutageLogIn($input: LogInInput!) {
    logIn(input: $input) {
      __typename
      ... on ServiceUnavailableError {
        retryAfterSeconds
      }
      ... on Error {
        message
        code
      }
    }
  }
`);
const OUTAGE_START_SESSION = graphql(`
  mutation OutageStartSession($input: StartWidgetSessionInput!) {
    startWidgetSession(input: $input) {
      __typename
      ... on ServiceUnavailableError {
        retryAfterSeconds
      }
      ... on Error {
        message
        code
      }
    }
  }
`);

const outageMs = 5000;

/** A body a client saw: it must never carry a stack trace or a server path. */
const leaks = (text: string) =>
  /stack|\bat .+:\d+:\d+|\/work\/|node_modules|\.ts:\d+|Invalid `prisma|originalError/i.test(text);

interface RawAnswer {
  status: number;
  retryAfter: string | null;
  text: string;
  body: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

async function post<TResult, TVariables>(
  url: string,
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  token?: string,
): Promise<RawAnswer> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(token && { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify({ query: String(document), variables }),
  });
  const text = await res.text();
  return { status: res.status, retryAfter: res.headers.get('retry-after'), text, body: JSON.parse(text) as never };
}

/** What every visitor message attempt ended as. */
interface Tally {
  sent: number;
  acknowledged: Map<string, string>;
  unavailable: number;
  /** Anything that is neither an acknowledgement nor a typed SERVICE_UNAVAILABLE: must stay empty. */
  unexpected: string[];
}

/**
 * A visitor sending messages one after the other, each retried with the same clientId until it
 * is acknowledged (as the widget does); `stop()` ends the loop after the message in hand.
 */
function visitorSending(url: string, visitor: VisitorSession, tag: string, tally: Tally, seen: string[]) {
  let stopping = false;
  // The client's own pace (think time between messages, wait before a retry) — not a synchronisation.
  const paceMs = 50;
  const retryMs = 150;
  const run = async () => {
    for (let i = 0; !stopping; i++) {
      const clientId = `${tag}-${i}`;
      tally.sent += 1;
      for (;;) {
        const answer = await post(
          url,
          SEND,
          { input: { conversationId: visitor.conversationId, body: `Message ${clientId}`, clientId } },
          visitor.token,
        ).catch((error: unknown) => ({ status: 0, retryAfter: null, text: String(error), body: {} }) as RawAnswer);
        seen.push(answer.text);
        const result = (answer.body.data as { sendMessage?: { __typename: string; sentMessage?: { id: string } } })
          ?.sendMessage;
        if (answer.status === 200 && result?.__typename === 'SendMessagePayload') {
          tally.acknowledged.set(clientId, result.sentMessage!.id);
          await new Promise((resolve) => setTimeout(resolve, paceMs));
          break;
        }
        const typed =
          (answer.status === 200 && result?.__typename === 'ServiceUnavailableError') ||
          (answer.status === 503 &&
            Number(answer.retryAfter) >= 1 &&
            answer.body.errors?.[0]?.extensions?.code === 'SERVICE_UNAVAILABLE');
        if (!typed) tally.unexpected.push(`${answer.status} ${answer.text.slice(0, 300)}`);
        tally.unavailable += 1;
        await new Promise((resolve) => setTimeout(resolve, retryMs));
      }
    }
  };
  const done = run();
  return {
    stop: () => {
      stopping = true;
      return done;
    },
  };
}

/** Until /ready says the database is back (an external event: polled, with a deadline). */
async function untilReady(server: BatonServer, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await fetch(`${server.url}/ready`);
    const state = (await res.json()) as { database: string };
    if (state.database === 'up') return;
    if (Date.now() > deadline) throw new Error(`database not back after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.skipIf(!process.env.DATABASE_URL)('a 5 s database outage (PostgreSQL behind a TCP proxy)', () => {
  let proxy: TcpProxy;
  let server: BatonServer;
  let owner: SignedIn;
  let publicKey: string;
  const sockets: WsConnection[] = [];

  // Yoga decides on stack traces from the process's NODE_ENV: run as an operator with the
  // default (development) would.
  const nodeEnv = process.env.NODE_ENV;
  beforeAll(async () => {
    process.env.NODE_ENV = 'development';
    const baseUrl = process.env.DATABASE_URL!;
    const name = `baton_t_${process.ppid}_${process.pid}_outage_${Date.now()}`;
    const admin = new pg.Client({ connectionString: adminUrl(baseUrl) });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${inject('postgresTemplate')}"`);
    await admin.end();
    const target = new URL(baseUrl);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const viaProxy = new URL(databaseUrlFor(baseUrl, name));
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    server = await startTestServer({ DATABASE_URL: viaProxy.toString(), NODE_ENV: 'development' });
    owner = await signUp(server.graphqlUrl, 'Outage Co');
    publicKey = await publicKeyOf(server.graphqlUrl, owner.token);
  });
  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
    await server?.close();
    await proxy?.close();
    process.env.NODE_ENV = nodeEnv;
  });

  it('answers typed, retryable errors during the outage and recovers without a restart, losing nothing', async () => {
    const visitors = await Promise.all([0, 1, 2].map(() => startSession(server.graphqlUrl, publicKey)));
    const bodies: string[] = [];
    const closeCodes: number[] = [];
    const track = (socket: WsConnection) => {
      sockets.push(socket);
      void socket.closed.then((code) => closeCodes.push(code));
      return socket;
    };

    // An agent's socket, open before the outage, following the first visitor's conversation.
    const agentSocket = track(connectWs(server.wsUrl, { authorization: `Bearer ${owner.token}` }));
    const live = subscribe(agentSocket.client, STREAM, { id: visitors[0]!.conversationId, after: 0 });
    const sentinel = async () => {
      const res = await gql(
        server.graphqlUrl,
        SEND,
        {
          input: { conversationId: visitors[0]!.conversationId, body: 'before the outage', clientId: 'before' },
        },
        visitors[0]!.token,
      );
      return expectTypename(res.data.sendMessage, 'SendMessagePayload');
    };
    await eventsBefore(live, sentinel, (e) => e.conversationEvents.message?.clientId === 'before');

    const tally: Tally = { sent: 0, acknowledged: new Map(), unavailable: 0, unexpected: [] };
    const senders = visitors.map((visitor, i) => visitorSending(server.graphqlUrl, visitor, `v${i}`, tally, bodies));

    // Wait for some acknowledged traffic, then cut PostgreSQL off.
    await expect.poll(() => tally.acknowledged.size, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    const cutAt = Date.now();
    proxy.cut();

    // An authenticated request fails before GraphQL runs: 503 + Retry-After, typed body.
    const viewer = await post(server.graphqlUrl, OUTAGE_VIEWER, {}, owner.token);
    bodies.push(viewer.text);
    expect(viewer.status, viewer.text).toBe(503);
    expect(Number(viewer.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(viewer.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');

    // Mutations reaching their resolver answer the typed union member.
    const logIn = await post(server.graphqlUrl, OUTAGE_LOG_IN, {
      input: { email: owner.email, password: strongPassword },
    });
    bodies.push(logIn.text);
    expect(logIn.status).toBe(200);
    const loggedIn = (logIn.body.data as { logIn: { __typename: string; retryAfterSeconds?: number } }).logIn;
    expect(loggedIn.__typename, logIn.text).toBe('ServiceUnavailableError');
    expect(loggedIn.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    const started = await post(server.graphqlUrl, OUTAGE_START_SESSION, {
      input: { publicKey, metadata: { pageUrl: 'https://shop.example/' } },
    });
    bodies.push(started.text);
    expect((started.body.data as { startWidgetSession: { __typename: string } }).startWidgetSession.__typename).toBe(
      'ServiceUnavailableError',
    );

    // A new socket with a valid token cannot be authenticated now: 1013 "try again later", not 4403.
    const refused = track(connectWs(server.wsUrl, { authorization: `Bearer ${owner.token}` }));
    expect(await refused.closed).toBe(1013);
    const refusedVisitor = track(connectWs(server.wsUrl, { authorization: `Bearer ${visitors[1]!.token}` }));
    expect(await refusedVisitor.closed).toBe(1013);

    // On the open socket, a new subscription and a query each get an error for themselves only.
    const during = subscribe(agentSocket.client, STREAM, { id: visitors[1]!.conversationId, after: 0 });
    await during.done;
    bodies.push(JSON.stringify(during.errors));
    expect(during.events).toEqual([]);
    expect(JSON.stringify(during.errors)).toContain('SERVICE_UNAVAILABLE');
    // (The socket's session was checked when it opened, so the query runs and its field fails.)
    const query = await wsRequest(agentSocket.client, OUTAGE_VIEWER).then(
      (response) => JSON.stringify(response.body),
      (error: Error) => error.message,
    );
    bodies.push(query);
    expect(query).toContain('SERVICE_UNAVAILABLE');

    // The outage lasts 5 s (the fault's length, not a synchronisation), then PostgreSQL is back.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, outageMs - (Date.now() - cutAt))));
    proxy.restore();
    await untilReady(server);
    await expect.poll(() => tally.acknowledged.size, { timeout: 15_000 }).toBeGreaterThanOrEqual(tally.sent);
    await Promise.all(senders.map((s) => s.stop()));

    // Everything works again, on the same process and the same open socket.
    expect((await gql(server.graphqlUrl, OUTAGE_VIEWER, {}, owner.token)).data.viewer?.name).toBe('Olivia Owner');
    expect((await wsRequest(agentSocket.client, OUTAGE_VIEWER)).data.viewer?.name).toBe('Olivia Owner');
    const again = track(connectWs(server.wsUrl, { authorization: `Bearer ${visitors[1]!.token}` }));
    const resumed = subscribe(again.client, STREAM, {
      id: visitors[1]!.conversationId,
      after: 0,
    });
    await resumed.waitFor((events) => events.some((e) => e.conversationEvents.message?.clientId === 'v1-0'));

    // Nothing acknowledged is lost, nothing is stored twice.
    const stored = await server.db.prisma.message.findMany({
      where: { clientId: { in: [...tally.acknowledged.keys()] } },
      select: { id: true, clientId: true },
    });
    const storedIds = new Map(stored.map((m) => [m.clientId, m.id]));
    const lost = [...tally.acknowledged.keys()].filter((clientId) => !storedIds.has(clientId)).length;
    const duplicated = stored.length - storedIds.size;
    const acknowledged = tally.acknowledged.size;
    expect({ sent: tally.sent, acknowledged, lost, duplicated, unexpected: tally.unexpected }).toEqual({
      sent: acknowledged,
      acknowledged,
      lost: 0,
      duplicated: 0,
      unexpected: [],
    });
    expect(tally.unavailable).toBeGreaterThan(0);

    // The socket open before the outage is still open; no 4403 / 4500 anywhere.
    expect(closeCodes.filter((code) => code !== 1013)).toEqual([]);
    // The stream followed through the outage carries no gap and no duplicate.
    const seqs = live.events
      .filter((e) => e.conversationEvents.kind === 'MESSAGE_CREATED' || e.conversationEvents.kind === 'STATUS_CHANGED')
      .map((e) => e.conversationEvents.seq);
    expect(seqs.length).toBeGreaterThan(0);
    expect(seqs.filter((seq, i) => seq !== seqs[0]! + i)).toEqual([]);

    // No answer carried a stack trace or a server path.
    expect(bodies.filter(leaks)).toEqual([]);

    // Bad input still changes nothing.
    await expectNoWrites(server, async () => {
      const bad = await gql(
        server.graphqlUrl,
        SEND,
        {
          input: { conversationId: visitors[2]!.conversationId, body: '', clientId: 'empty' },
        },
        visitors[2]!.token,
      );
      expectTypename(bad.data.sendMessage, 'ValidationError');
    });
  });
});

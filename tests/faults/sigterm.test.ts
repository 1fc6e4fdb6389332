/**
 * Fault 4 (issue 12): SIGTERM under load. Two instances A and B on one PostgreSQL and a Redis
 * this test starts. Visitors follow their conversations on A and send to A without pause, so
 * requests are always in flight; two slow clients sit on A: a WebSocket client that stops
 * reading (it will never answer the close handshake) and an HTTP client that sent half a
 * request body. Once a third of the messages are acknowledged (and some still wait for the
 * assistant), A gets SIGTERM; from then on clients send to B.
 *
 * Promises checked:
 * - A exits with code 0 within the bound: BATON_SHUTDOWN_TIMEOUT_MS plus `exitSlackMs` (closing
 *   Redis and the database, the process ending) — the slow clients do not hold it longer;
 * - no request that committed was cut without an answer. Precisely: every attempt A did not
 *   acknowledge (no answer at all, or a refusal such as 503 while draining) is resent to B with
 *   the same client id, and B must store it as new (`duplicate: false`); a `duplicate: true`
 *   there means A had committed the message and never said so;
 * - every visitor's socket on A was closed with 1012 "service restart", and its stream resumed
 *   on B without gaps or repeats;
 * - every acknowledged message is stored once and answered by the assistant (B takes over the
 *   turns A released or could not finish).
 */
import type { Socket } from 'node:net';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startBatonProcess, type BatonProcess, type ProcessExit } from '../helpers/baton-process.js';
import { STREAM } from '../helpers/handoff.js';
import { startRedisServer, type RedisServer } from '../helpers/redis-server.js';
import { freshDatabase, instanceEnv, Truth } from './fixtures.js';
import { ledger } from './ledger.js';
import { acknowledged, sendAll, visitors as makeVisitors, within, workspace } from './scenario.js';
import { allAnswered, tally, type Visitor } from './visitor.js';

const visitorCount = 8;
const perVisitor = 14;
const shutdownTimeoutMs = 3000;
/** After the drain bound: closing sockets, Redis and the database, and the process exiting. */
const exitSlackMs = 2000;

/**
 * A graphql-ws client that is admitted, subscribes, then stops reading its socket: it will never
 * see (or answer) a close frame.
 */
async function stalledSubscriber(wsUrl: string, token: string, conversationId: string): Promise<Socket> {
  const ws = new WebSocket(wsUrl, 'graphql-transport-ws');
  const tcp = new Promise<Socket>((resolve) => ws.once('upgrade', (res) => resolve(res.socket as Socket)));
  const messages: Array<{ type: string }> = [];
  let notify = () => {};
  ws.on('message', (data: Buffer) => {
    messages.push(JSON.parse(data.toString()) as { type: string });
    notify();
  });
  const received = (type: string) =>
    within(
      new Promise<void>((resolve) => {
        notify = () => messages.some((m) => m.type === type) && resolve();
        notify();
      }),
      10_000,
      `the stalled subscriber's ${type}`,
    );
  await new Promise<void>((resolve, reject) => ws.once('open', resolve).once('error', reject));
  ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
  await received('connection_ack');
  ws.send(
    JSON.stringify({
      id: '1',
      type: 'subscribe',
      payload: { query: String(STREAM), variables: { id: conversationId, after: 0 } },
    }),
  );
  const socket = await tcp;
  socket.pause();
  return socket;
}

/** An HTTP client that sends the headers and half the body of a request, then nothing. */
async function halfRequest(url: string): Promise<Socket> {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  socket.on('error', () => {});
  const body = JSON.stringify({ query: '{ __typename }', padding: 'x'.repeat(200) });
  socket.write(
    `POST /graphql HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${body.length}\r\n\r\n${body.slice(0, body.length / 2)}`,
  );
  socket.pause();
  return socket;
}

describe.skipIf(!process.env.DATABASE_URL)('SIGTERM under load (PostgreSQL + Redis)', () => {
  let redis: RedisServer;
  let truth: Truth;
  let a: BatonProcess;
  let b: BatonProcess;
  let streams: Visitor[] = [];
  const slow: Socket[] = [];

  beforeAll(async () => {
    redis = await startRedisServer();
    const databaseUrl = await freshDatabase();
    truth = await Truth.open(databaseUrl);
    const env = {
      ...instanceEnv,
      DATABASE_URL: databaseUrl,
      REDIS_URL: redis.url,
      BATON_SHUTDOWN_TIMEOUT_MS: String(shutdownTimeoutMs),
    };
    a = await startBatonProcess(env, { name: 'A' });
    b = await startBatonProcess(env, { name: 'B' });
  });
  afterAll(async () => {
    for (const socket of slow) socket.destroy();
    await Promise.all(streams.map((v) => v.stop()));
    await Promise.all([a?.kill9(), b?.kill9()]);
    await truth?.close();
    await redis?.stop();
  });

  it('exits 0 within the bound; no committed request cut; sockets closed with 1012; every message answered', async () => {
    const ws = await workspace(a.graphqlUrl, 'Sigterm');
    let terminating = false;
    const current = () => (terminating ? b : a);
    streams = await makeVisitors(a.graphqlUrl, ws, visitorCount, () => current().wsUrl);
    for (const v of streams) v.follow();
    slow.push(await stalledSubscriber(a.wsUrl, streams[0]!.session.token, streams[0]!.conversationId));
    slow.push(await halfRequest(a.url));

    const total = visitorCount * perVisitor;
    let acks = 0;
    let sigtermAt = 0;
    let shutdown: Promise<{ exit: ProcessExit; ms: number }> | undefined;
    const pending = () =>
      streams.reduce(
        (n, v) => n + acknowledged(v).size - v.events.filter((e) => e.message?.authorKind === 'ASSISTANT').length,
        0,
      );
    let pendingAtSigterm = 0;
    const onAck = () => {
      acks += 1;
      if (!shutdown && acks >= total / 3 && pending() > 0) {
        pendingAtSigterm = pending();
        terminating = true;
        sigtermAt = Date.now();
        // A shutdown that hangs is killed after 15 s (and fails below) so the rest is still checked.
        shutdown = a.terminate(15_000).then(
          (exit) => ({ exit, ms: Date.now() - sigtermAt }),
          () => ({ exit: { code: null, signal: 'SIGKILL' as const }, ms: Date.now() - sigtermAt }),
        );
      }
    };
    await Promise.all(streams.map((v) => sendAll(v, { count: perVisitor, target: current, retryMs: 50, onAck })));
    expect(shutdown, 'SIGTERM was sent with assistant turns in flight').toBeDefined();
    const { exit, ms } = await shutdown!;

    const waits = await Promise.allSettled(
      streams.map((v) =>
        v.waitFor((events) => allAnswered(events, acknowledged(v).size), 30_000, 'an answer to every message'),
      ),
    );
    const { counts, details } = await ledger(streams, truth);

    // Attempts on A that were in flight when SIGTERM came, and what became of those A did not acknowledge.
    const attempts = streams.flatMap((v) => v.attempts);
    const inFlight = attempts.filter(
      (t) => t.instance === 'A' && t.startedAt <= sigtermAt && t.finishedAt >= sigtermAt,
    );
    const notAckedOnA = new Set(
      attempts.filter((t) => t.instance === 'A' && t.outcome.kind !== 'acked').map((t) => t.clientId),
    );
    const ackedOnA = new Set(
      attempts.filter((t) => t.instance === 'A' && t.outcome.kind === 'acked').map((t) => t.clientId),
    );
    const committedButCut = attempts
      .filter(
        (t) =>
          t.instance === 'B' &&
          notAckedOnA.has(t.clientId) &&
          !ackedOnA.has(t.clientId) &&
          t.outcome.kind === 'acked' &&
          t.outcome.duplicate,
      )
      .map((t) => t.clientId);
    console.log(
      `SIGTERM with ${pendingAtSigterm} turns in flight: exit ${JSON.stringify(exit)} after ${ms} ms; ` +
        `requests in flight ${JSON.stringify(tally(inFlight.map((t) => t.outcome)))} (answered ` +
        `${JSON.stringify(inFlight.map((t) => t.finishedAt - sigtermAt))} ms after SIGTERM); ${JSON.stringify(counts)}`,
    );

    expect(
      {
        exitCode: exit.code,
        exitSignal: exit.signal,
        withinBound: ms <= shutdownTimeoutMs + exitSlackMs,
        committedButCut,
        socketsNotClosedWith1012: streams
          .filter((v) => v.closeCodes[0] !== 1012)
          .map((v) => `${v.name}: ${v.closeCodes[0]}`),
        resumedOnB: streams.filter((v) => v.subscribedOn.at(-1) === b.wsUrl).length,
        ...counts,
        notAllAnswered: waits.filter((w) => w.status === 'rejected').length,
      },
      `shutdown took ${ms} ms\n${a.describe()}\n${details.join('\n')}\n` +
        waits.flatMap((w) => (w.status === 'rejected' ? [String(w.reason)] : [])).join('\n'),
    ).toEqual({
      exitCode: 0,
      exitSignal: null,
      withinBound: true,
      committedButCut: [],
      socketsNotClosedWith1012: [],
      resumedOnB: visitorCount,
      sent: total,
      acknowledged: total,
      stored: total,
      received: total,
      lost: 0,
      duplicated: 0,
      gaps: 0,
      unanswered: 0,
      extraReplies: 0,
      notAllAnswered: 0,
    });
    expect(inFlight.length, 'requests were in flight at SIGTERM').toBeGreaterThan(0);
    expect(b.exit(), b.describe()).toBeUndefined();
  });
});

/**
 * The cost of gap detection (api/src/domain/conversations/stream-check.ts) at 5,000 live
 * subscribers, each on its own conversation (the worst case: 5 queries of 1,000 ids per round).
 * `BENCH_ONLY=stream-check pnpm bench`; BENCH_STREAM_SUBSCRIBERS changes the count.
 *
 * - one check round against one visitor message (a write transaction), both measured here;
 * - event delivery (send → the subscriber has the event) while a round runs, against the same
 *   delivery with no round running: the worst case for a message that coincides with a round.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { BatonServer } from '../api/src/server.js';
import { connectWs, gql, type WsConnection } from '../tests/helpers/graphql.js';
import { publicKeyOf, RESUME, SEND, signUp, startVisitor, takeOver, type Visitor } from './operations.js';
import type { Benchmark, BenchResult } from './suites.js';

const subscribers = Number(process.env.BENCH_STREAM_SUBSCRIBERS ?? 5000);
const perSocket = 25; // BATON_WS_MAX_OPERATIONS default
const rounds = Number(process.env.BENCH_ROUNDS ?? 200);
const periodMs = 1000; // BATON_STREAM_CHECK_MS default
const blockMs = 2500;
const blocks = 6;

interface Fixture {
  owner: string;
  target: Visitor;
  watcher: WsConnection;
  sockets: WsConnection[];
  /** Resolves when the watcher's subscription on `target` has an event with this body's seq. */
  delivered: () => Promise<void>;
}

let fixture: Promise<Fixture> | undefined;
let sent = 0;

function median(xs: number[]): number {
  return xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
}

function dbId(globalId: string): string {
  return Buffer.from(globalId, 'base64').toString().slice('Conversation:'.length);
}

/** 5,000 conversations, each followed by one live subscription (the owner's, 25 per socket). */
async function setUp(server: BatonServer): Promise<Fixture> {
  const started = performance.now();
  const owner = await signUp(server.graphqlUrl);
  const publicKey = await publicKeyOf(server.graphqlUrl, owner);
  // One widget session through the API; its visitor's other conversations are inserted directly
  // (5,000 widget sessions through the API take minutes on PGlite and measure nothing here).
  const first = await startVisitor(server.graphqlUrl, publicKey);
  const { workspaceId, visitorId } = await server.db.prisma.conversation.findUniqueOrThrow({
    where: { id: dbId(first.conversationId) },
    select: { workspaceId: true, visitorId: true },
  });
  const ids = Array.from({ length: subscribers }, () => randomUUID());
  for (let i = 0; i < ids.length; i += 1000) {
    await server.db.prisma.conversation.createMany({
      data: ids.slice(i, i + 1000).map((id) => ({ id, workspaceId, visitorId })),
    });
  }
  const conversationIds = ids.map((id) => Buffer.from(`Conversation:${id}`).toString('base64'));
  const sockets = Array.from({ length: Math.ceil(subscribers / perSocket) }, () =>
    connectWs(server.wsUrl, { authorization: `Bearer ${owner}` }),
  );
  const query = String(RESUME);
  const { check } = server.services.streams;
  const before = check.size;
  conversationIds.forEach((id, i) => {
    sockets[Math.floor(i / perSocket)]!.client.subscribe(
      { query, variables: { id } },
      { next: () => {}, error: (error) => console.error('bench subscription failed', error), complete: () => {} },
    );
  });
  // Every subscription is live once the check follows its conversation.
  while (check.size < before + subscribers) await new Promise((resolve) => setTimeout(resolve, 50));

  const target = await startVisitor(server.graphqlUrl, publicKey);
  await takeOver(server.graphqlUrl, owner, target.conversationId);
  const watcher = connectWs(server.wsUrl, { authorization: `Bearer ${owner}` });
  let waiting: (() => void) | null = null;
  let live!: () => void;
  const isLive = new Promise<void>((resolve) => (live = resolve));
  watcher.client.subscribe(
    { query, variables: { id: target.conversationId } },
    {
      next: () => {
        live();
        waiting?.();
        waiting = null;
      },
      error: (error) => console.error('bench watcher failed', error),
      complete: () => {},
    },
  );
  const send = () =>
    gql(
      server.graphqlUrl,
      SEND,
      { i: { conversationId: target.conversationId, body: `m${sent}`, clientId: `sc-${sent++}` } },
      target.token,
    );
  const delivered = async () => {
    const arrived = new Promise<void>((resolve) => (waiting = resolve));
    await send();
    await arrived;
  };
  // The watcher is live once a message sent after subscribing reaches it.
  let heard = false;
  void isLive.then(() => (heard = true));
  while (!heard) {
    await send();
    await Promise.race([isLive, new Promise((resolve) => setTimeout(resolve, 100))]);
  }
  console.log(
    `     (stream check fixture: ${subscribers} subscriptions on ${sockets.length} sockets, set up in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  return { owner, target, watcher, sockets, delivered };
}

async function tearDown(): Promise<void> {
  const f = await fixture;
  fixture = undefined;
  if (!f) return;
  await Promise.all([f.watcher, ...f.sockets].map((s) => s.dispose()));
}

/** Times one call. */
async function timed(run: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await run();
  return performance.now() - t;
}

/** Interleaved subject/baseline runs (each returns the ms it measured) after a warm-up; medians. */
async function compare(
  count: number,
  subject: () => Promise<number>,
  baseline: () => Promise<number>,
): Promise<BenchResult> {
  for (let i = 0; i < 10; i++) {
    await subject();
    await baseline();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < count; i++) {
    a.push(await subject());
    b.push(await baseline());
  }
  return { subjectMs: median(a), baselineMs: median(b) };
}

export const streamCheckBenchmarks: Benchmark[] = [
  {
    name: `stream check round over ${subscribers} followed conversations (${Math.ceil(subscribers / 1000)} queries)`,
    key: 'stream-check',
    baseline: 'one visitor message (sendMessage)',
    // Runs once per BATON_STREAM_CHECK_MS (1 s): a round may cost a few writes' worth of work.
    maxRatio: 10,
    async run({ server }) {
      fixture ??= setUp(server);
      const f = await fixture;
      const { check } = server.services.streams;
      let i = 0;
      const result = await compare(
        Math.min(rounds, 100),
        () => timed(() => check.checkNow()),
        () =>
          timed(() =>
            gql(
              server.graphqlUrl,
              SEND,
              { i: { conversationId: f.target.conversationId, body: `b${i}`, clientId: `scb-${i++}` } },
              f.target.token,
            ),
          ),
      );
      console.log(
        `     (a round takes ${((result.subjectMs / server.config.streamCheckMs) * 100).toFixed(1)} % of the ${server.config.streamCheckMs} ms check period)`,
      );
      return result;
    },
  },
  {
    name: `event delivery with the check every ${periodMs} ms over ${subscribers} conversations (mean)`,
    key: 'stream-check',
    baseline: 'the same deliveries with no check running',
    // A round now and then delays the deliveries that coincide with it; on average, little.
    maxRatio: 1.25,
    async run({ server }) {
      const { delivered } = await (fixture ??= setUp(server));
      const { check } = server.services.streams;
      const block = async (withCheck: boolean) => {
        // The rounds the instance runs with Redis (its timer is off with in-process pub/sub).
        const timer = withCheck ? setInterval(() => void check.checkNow(), periodMs) : undefined;
        const samples: number[] = [];
        const until = performance.now() + blockMs;
        while (performance.now() < until) samples.push(await timed(delivered));
        clearInterval(timer);
        await check.checkNow(); // a round in progress ends before the next block
        return samples;
      };
      const a: number[] = [];
      const b: number[] = [];
      for (let i = 0; i < blocks; i++) {
        a.push(...(await block(true)));
        b.push(...(await block(false)));
      }
      const mean = (xs: number[]) => xs.reduce((sum, x) => sum + x, 0) / xs.length;
      return { subjectMs: mean(a), baselineMs: mean(b) };
    },
  },
  {
    name: `event delivery while a check round over ${subscribers} conversations runs (worst case)`,
    key: 'stream-check',
    baseline: 'the same delivery with no round running',
    // PGlite runs one statement at a time: the message's statements wait behind the round's
    // queries. (The timer runs only with Redis, i.e. on PostgreSQL, where the round has its own
    // connection; this is the embedded database's worst case.)
    maxRatio: 6,
    async run({ server }) {
      const f = (fixture ??= setUp(server));
      const { delivered } = await f;
      const { check } = server.services.streams;
      try {
        return await compare(
          Math.min(rounds, 100),
          async () => {
            const round = check.checkNow();
            const ms = await timed(delivered);
            await round; // the next run starts with no round running
            return ms;
          },
          () => timed(delivered),
        );
      } finally {
        await tearDown();
      }
    },
  },
];

import type { BatonServer } from '../api/src/server.js';
import { connectWs, gql, wsRequest } from '../tests/helpers/graphql.js';
import { createDocument, RESUME, SEND, signUp, takeOver, VIEWER, type Visitor, visitorSession } from './operations.js';
import { streamCheckBenchmarks } from './stream-check.js';

export interface BenchContext {
  server: BatonServer;
}

export interface BenchResult {
  subjectMs: number;
  baselineMs: number;
}

export interface Benchmark {
  name: string;
  /** `BENCH_ONLY=<key> pnpm bench` runs only the benchmarks with this key. */
  key?: string;
  /** What the ratio is against. */
  baseline: string;
  maxRatio: number;
  run(ctx: BenchContext): Promise<BenchResult>;
}

const rounds = Number(process.env.BENCH_ROUNDS ?? 200);

/** Median of `rounds` sequential runs after a warm-up, interleaving subject and baseline. */
async function compare(subject: () => Promise<unknown>, baseline: () => Promise<unknown>): Promise<BenchResult> {
  for (let i = 0; i < 30; i++) {
    await subject();
    await baseline();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < rounds; i++) {
    let t = performance.now();
    await subject();
    a.push(performance.now() - t);
    t = performance.now();
    await baseline();
    b.push(performance.now() - t);
  }
  const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  return { subjectMs: median(a), baselineMs: median(b) };
}

export const benchmarks: Benchmark[] = [
  {
    name: 'authenticated viewer query over HTTP',
    baseline: 'GET /healthz (same server, no GraphQL, no auth)',
    // Auth = one JWT verify + one session lookup; GraphQL = parse/validate/execute + one query.
    maxRatio: 12,
    async run({ server }) {
      const token = await signUp(server.graphqlUrl);
      return compare(
        () => gql(server.graphqlUrl, VIEWER, {}, token),
        () => fetch(`${server.url}/healthz`).then((r) => r.json()),
      );
    },
  },
  {
    name: 'authenticated viewer query over graphql-ws',
    baseline: 'the same query over HTTP',
    maxRatio: 1.5,
    async run({ server }) {
      const token = await signUp(server.graphqlUrl);
      const ws = connectWs(server.wsUrl, { authorization: `Bearer ${token}` });
      try {
        return await compare(
          () => wsRequest(ws.client, VIEWER),
          () => gql(server.graphqlUrl, VIEWER, {}, token),
        );
      } finally {
        await ws.dispose();
      }
    },
  },
];

benchmarks.push(
  {
    name: 'visitor message (sequence number, event log, publish)',
    baseline: 'the authenticated viewer query',
    // A write transaction of ~6 statements against a read of one.
    maxRatio: 6,
    async run({ server }) {
      const owner = await signUp(server.graphqlUrl);
      const visitor = await visitorSession(server.graphqlUrl, owner);
      // A human owns it, so no assistant reply runs in the background of the measurement.
      await takeOver(server.graphqlUrl, owner, visitor.conversationId);
      let i = 0;
      return compare(
        () =>
          gql(
            server.graphqlUrl,
            SEND,
            {
              i: { conversationId: visitor.conversationId, body: `message ${i++}`, clientId: `b-${i}` },
            },
            visitor.token,
          ),
        () => gql(server.graphqlUrl, VIEWER, {}, owner),
      );
    },
  },
  {
    name: 'resume a stream replaying 200 events',
    baseline: 'resuming with one event to replay',
    maxRatio: 20,
    async run({ server }) {
      const owner = await signUp(server.graphqlUrl);
      const visitor = await visitorSession(server.graphqlUrl, owner);
      await takeOver(server.graphqlUrl, owner, visitor.conversationId);
      for (let i = 0; i < 198; i++) {
        await gql(
          server.graphqlUrl,
          SEND,
          {
            i: { conversationId: visitor.conversationId, body: `m${i}` },
          },
          visitor.token,
        );
      }
      const ws = connectWs(server.wsUrl, { authorization: `Bearer ${visitor.token}` });
      const query = String(RESUME);
      const firstEvent = (after: number, want: number) =>
        new Promise<void>((resolve, reject) => {
          let seen = 0;
          const stop = ws.client.subscribe(
            { query, variables: { id: visitor.conversationId, after } },
            {
              next: () => {
                seen += 1;
                if (seen >= want) {
                  stop();
                  resolve();
                }
              },
              error: reject,
              complete: () => {},
            },
          );
        });
      try {
        return await compare(
          () => firstEvent(0, 200),
          () => firstEvent(199, 1),
        );
      } finally {
        await ws.dispose();
      }
    },
  },
);

benchmarks.push({
  name: 'offline assistant reply (retrieval over 20 articles, extractive answer, metering)',
  baseline: 'the same visitor message in a conversation a human owns (no reply)',
  maxRatio: 6,
  async run({ server }) {
    const { acmeDocuments, acmeQuestions } = await import('../tests/helpers/assistant.js');
    const owner = await signUp(server.graphqlUrl);
    for (const input of acmeDocuments) {
      await createDocument(server.graphqlUrl, owner, input);
    }
    const withAssistant = await visitorSession(server.graphqlUrl, owner);
    const withHuman = await visitorSession(server.graphqlUrl, owner);
    await takeOver(server.graphqlUrl, owner, withHuman.conversationId);
    const questions = acmeQuestions.filter((q) => q.expect === 'answer').map((q) => q.question);
    let i = 0;
    const send = async (visitor: Visitor) => {
      await gql(
        server.graphqlUrl,
        SEND,
        {
          i: { conversationId: visitor.conversationId, body: questions[i++ % questions.length]! },
        },
        visitor.token,
      );
      await server.assistant.idle();
    };
    return compare(
      () => send(withAssistant),
      () => send(withHuman),
    );
  },
});

benchmarks.push({
  name: 'visitor message with the rate limiter (3 policies consumed)',
  key: 'rate-limits',
  baseline: 'the same visitor message with the limiter bypassed',
  // The budget: the limiter costs at most 5 % of sendMessage.
  maxRatio: 1.05,
  async run({ server }) {
    const owner = await signUp(server.graphqlUrl);
    const limited = await visitorSession(server.graphqlUrl, owner);
    const unlimited = await visitorSession(server.graphqlUrl, owner);
    // Humans own both, so no assistant reply runs in the background of the measurement.
    await takeOver(server.graphqlUrl, owner, limited.conversationId);
    await takeOver(server.graphqlUrl, owner, unlimited.conversationId);
    const { limits } = server.services;
    let i = 0;
    const send = (visitor: Visitor) =>
      gql(
        server.graphqlUrl,
        SEND,
        { i: { conversationId: visitor.conversationId, body: `message ${i++}`, clientId: `rl-${i}` } },
        visitor.token,
      );
    try {
      return await compare(
        () => {
          limits.bypass = false;
          return send(limited);
        },
        () => {
          limits.bypass = true;
          return send(unlimited);
        },
      );
    } finally {
      limits.bypass = false;
    }
  },
});

benchmarks.push(...streamCheckBenchmarks);

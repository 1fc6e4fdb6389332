import type { BatonServer } from '../api/src/server.js';
import { connectWs, gql, wsRequest } from '../tests/helpers/graphql.js';

export interface BenchContext {
  server: BatonServer;
}

export interface BenchResult {
  subjectMs: number;
  baselineMs: number;
}

export interface Benchmark {
  name: string;
  /** What the ratio is against. */
  baseline: string;
  maxRatio: number;
  run(ctx: BenchContext): Promise<BenchResult>;
}

const rounds = 300;

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

async function signUp(url: string): Promise<string> {
  const res = await gql(url, `mutation($i: SignUpInput!) { signUp(input: $i) { ... on AuthPayload { token } } }`, {
    i: { workspaceName: 'Bench', name: 'Bench', email: `bench.${Date.now()}@example.com`, password: 'correct horse battery' },
  });
  return res.data.signUp.token as string;
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
        () => gql(server.graphqlUrl, `{ viewer { id name workspace { name } } }`, {}, token),
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
        const query = `{ viewer { id name workspace { name } } }`;
        return await compare(
          () => wsRequest(ws.client, query),
          () => gql(server.graphqlUrl, query, {}, token),
        );
      } finally {
        await ws.dispose();
      }
    },
  },
];

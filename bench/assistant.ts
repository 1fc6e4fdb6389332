/**
 * The assistant's budgets: an offline reply on a 200-article knowledge base (median and p99,
 * and the ratio against the same message in a conversation a human owns), indexing 200
 * articles, the model's resident memory and a server start with the model loaded (a fresh
 * process). Returned as lines for `pnpm bench`.
 */
import { execFileSync } from 'node:child_process';
import type { BatonServer } from '../api/src/server.js';
import { gql } from '../tests/helpers/graphql.js';
import { loadEvalSets } from '../tests/eval/assistant-eval.js';
import { createDocument, publicKeyOf, SEND, startVisitor, takeOver, type Visitor } from './operations.js';

export interface Budget {
  name: string;
  value: number;
  unit: string;
  limit: number;
  note?: string;
}

function quantile(xs: number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** 200 articles: the evaluation sets' help centres, repeated with renamed products and numbers. */
function twoHundredArticles(): Array<{ title: string; content: string }> {
  const base = loadEvalSets().flatMap((s) => s.articles);
  return Array.from({ length: 200 }, (_, i) => {
    const a = base[i % base.length]!;
    const round = Math.floor(i / base.length);
    return round === 0
      ? { title: a.title, content: a.content }
      : {
          title: `${a.title} (edition ${round + 1})`,
          content: a.content.replace(/\d+/g, (n) => String(Number(n) + round)),
        };
  });
}

export async function assistantBudgets(
  server: BatonServer,
  signUp: (url: string) => Promise<string>,
): Promise<Budget[]> {
  const url = server.graphqlUrl;
  const owner = await signUp(url);
  const articles = twoHundredArticles();
  const indexStarted = performance.now();
  for (const input of articles) {
    await createDocument(url, owner, input);
  }
  const publicKey = await publicKeyOf(url, owner);
  const session = () => startVisitor(url, publicKey);
  const send = async (visitor: Visitor, body: string) => {
    await gql(url, SEND, { i: { conversationId: visitor.conversationId, body } }, visitor.token);
    await server.assistant.idle();
  };
  const questions = loadEvalSets().flatMap((s) =>
    s.messages.filter((m) => m.expect === 'answer' && !m.history).map((m) => m.message),
  );
  // The first question builds the in-memory index from the stored passages.
  await send(await session(), questions[0]!);
  const indexMs = performance.now() - indexStarted;

  const withHuman = await session();
  await takeOver(url, owner, withHuman.conversationId);
  const rounds = Number(process.env.BENCH_ROUNDS ?? 200);
  const reply: number[] = [];
  const baseline: number[] = [];
  let visitor = await session();
  for (let i = 0; i < rounds + 20; i++) {
    if (i % 10 === 0) visitor = await session();
    const q = questions[i % questions.length]!;
    let t = performance.now();
    await send(visitor, q);
    const r = performance.now() - t;
    t = performance.now();
    await send(withHuman, q);
    const b = performance.now() - t;
    if (i >= 20) {
      reply.push(r);
      baseline.push(b);
    }
  }
  const probe = JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', new URL('./start-probe.ts', import.meta.url).pathname], {
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .pop()!,
  ) as { semantic: boolean; modelMs: number; modelRssMb: number; startMs: number };
  const median = quantile(reply, 0.5);
  const baseMedian = quantile(baseline, 0.5);
  return [
    {
      name: 'offline reply, 200 articles: median',
      value: median,
      unit: 'ms',
      limit: 50,
      note: `${(median / baseMedian).toFixed(2)}× the same message to a human-owned conversation (${baseMedian.toFixed(1)} ms)`,
    },
    {
      name: 'offline reply, 200 articles: p99',
      value: quantile(reply, 0.99),
      unit: 'ms',
      limit: Infinity,
      note: `baseline p99 ${quantile(baseline, 0.99).toFixed(1)} ms`,
    },
    { name: 'index 200 articles (create through the API + first search)', value: indexMs / 1000, unit: 's', limit: 10 },
    {
      name: 'word-vector model: extra resident memory',
      value: probe.modelRssMb,
      unit: 'MB',
      limit: 250,
      note: `loaded in ${probe.modelMs.toFixed(0)} ms; semantic ${probe.semantic ? 'on' : 'OFF'}`,
    },
    {
      name: 'server start with the model loaded (fresh process, new database)',
      value: probe.startMs / 1000,
      unit: 's',
      limit: 10,
    },
  ];
}

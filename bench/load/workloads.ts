/**
 * Paced workloads (issue 13 d–f): handoff → 20 agents with 1,000 idle widget sockets, assistant
 * replies at 50 visitor messages/s, and scale-out (two Baton instances on one PostgreSQL + Redis
 * against one). Set-up goes through the public API from this process; the load comes from
 * driver.ts / client.ts processes; every Baton instance is its own process (server.ts).
 */
import pg from 'pg';
import { acmeDocuments, acmeQuestions, loadKnowledge } from '../../tests/helpers/assistant.js';
import { startFakeOpenAI } from '../../tests/helpers/fake-openai.js';
import { publicKeyOf, startSession } from '../../tests/helpers/handoff.js';
import { addMember, signUp } from '../../tests/helpers/team.js';
import { CONVERSATION_EVENTS } from './fanout.js';
import {
  followed,
  insertConversations,
  loadClient,
  machineCpu,
  profiled,
  rawGql,
  serverCpuMs,
  spawnServer,
  stopChild,
  until,
  type Endpoint,
  type LoadClient,
  type Result,
  type ServerOptions,
} from './common.js';
import type { ChildProcess } from 'node:child_process';

/** The inbox app's own live feed (inbox-app/src/lib/inbox/documents.ts: InboxEvents + ConversationCard). */
const INBOX_EVENTS = `subscription InboxEvents {
  inboxEvents { kind at agentName conversation { ...ConversationCard } }
}
fragment ConversationCard on Conversation {
  id status assigneeName assignee { id } lastMessageAt updatedAt handoffRequestedAt firstHumanReplyAt
  responseDueAt responseTargetBreachedAt waitingSeconds
  lastMessage { id body authorKind authorName }
  visitor { id name email identityVerified }
  sessionMetadata { pageUrl pageTitle }
  handoff { trigger actionLabel topic topicName }
}`;

/** A figure for a log line or note ('–' when there is none: JSON over IPC turns NaN into null). */
const f = (x: number | null, digits: number) => (x === null || !Number.isFinite(x) ? '–' : x.toFixed(digits));

const postgresUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432';
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const database = process.env.BENCH_DATABASE ?? 'bench13';
const agentsCount = 20;
const idleSockets = Number(process.env.BENCH_IDLE_SOCKETS ?? 1000);
const handoffRate = 20;
const handoffSeconds = 10;

/** Drops and creates the benchmark's PostgreSQL database; returns its URL. */
export async function freshDatabase(): Promise<string> {
  const admin = new pg.Client({ connectionString: `${postgresUrl}/postgres` });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${database}`);
  } finally {
    await admin.end();
  }
  return `${postgresUrl}/${database}`;
}

interface Instances {
  eps: Endpoint[];
  children: ChildProcess[];
}

/** `count` Baton processes on the same settings, started one after another (the first migrates). */
async function instances(count: number, options: ServerOptions): Promise<Instances> {
  const eps: Endpoint[] = [];
  const children: ChildProcess[] = [];
  for (let i = 0; i < count; i++) {
    const { child, ep } = await spawnServer('server.ts', options);
    eps.push(ep);
    children.push(child);
  }
  return { eps, children };
}

interface Summary {
  n: number;
  p50: number;
  p99: number;
  max: number;
}

interface HandoffRun {
  ok: boolean;
  expected: number;
  received: number;
  sendMs: number;
  latency: Summary;
  mutation: Summary;
  typename: Summary;
  errors: string[];
  /** Added here: CPU used by the instances and the machine during the run. */
  cpuNote?: string;
}

interface Team {
  owner: string;
  tokens: string[];
  actionId: string;
  visitorToken: string;
  conversationId: string;
}

async function team(ep: Endpoint): Promise<Team> {
  const owner = await signUp(ep.url, 'Bench Co');
  const tokens = [owner.token];
  for (let i = 1; i < agentsCount; i++) tokens.push((await addMember(ep.url, owner, 'AGENT', `Agent ${i}`)).token);
  const { customActions } = await rawGql<{ customActions: Array<{ id: string }> }>(
    ep.url,
    '{ customActions { id } }',
    {},
    owner.token,
  );
  const visitor = await startSession(ep.url, await publicKeyOf(ep.url, owner.token));
  return {
    owner: owner.token,
    tokens,
    actionId: customActions[0]!.id,
    visitorToken: visitor.token,
    conversationId: visitor.conversationId,
  };
}

/** Idle widget sockets, each on its own conversation, split across the instances; confirmed. */
async function idleWidgets(inst: Instances, t: Team, ids: string[]): Promise<LoadClient> {
  const idle = loadClient('client.ts');
  const per = Math.ceil(ids.length / inst.eps.length);
  for (const [i, ep] of inst.eps.entries()) {
    const mine = ids.slice(i * per, (i + 1) * per);
    const base = await followed(ep);
    await idle.call({
      op: 'open',
      protocol: 'baton',
      wsUrl: ep.wsUrl,
      token: t.visitorToken,
      conversationIds: mine,
      query: CONVERSATION_EVENTS,
      n: mine.length,
    });
    await until(async () => (await followed(ep)) >= base + mine.length, `${mine.length} idle widget streams`);
  }
  return idle;
}

/** 20 agents on the inbox feed (split across instances), confirmed by a handoff all of them receive. */
async function liveAgents(inst: Instances, t: Team, warm: string[]): Promise<LoadClient> {
  const driver = loadClient('driver.ts');
  await driver.call({ op: 'agents', wsUrls: inst.eps.map((e) => e.wsUrl), tokens: t.tokens, query: INBOX_EVENTS });
  for (const [i, id] of warm.entries()) {
    const r = await driver.call<{ ok: boolean }>({
      op: 'handoff',
      url: inst.eps[i % inst.eps.length]!.url,
      token: t.visitorToken,
      actionId: t.actionId,
      conversationId: id,
      timeoutMs: 3000,
    });
    if (r.ok) return driver;
  }
  throw new Error('the agents never all received a handoff');
}

async function handoffRun(inst: Instances, log: (s: string) => void, label: string, profileFile?: string) {
  const t = await team(inst.eps[0]!);
  const count = handoffRate * handoffSeconds;
  const ids = await insertConversations(inst.eps[0]!, t.conversationId, idleSockets + count + 20);
  const idle = await idleWidgets(inst, t, ids.slice(0, idleSockets));
  const driver = await liveAgents(inst, t, ids.slice(idleSockets + count));
  try {
    const cpu0 = await Promise.all(inst.eps.map(serverCpuMs));
    const m0 = machineCpu();
    const r = await profiled(inst.eps[0]!, profileFile, () =>
      driver.call<HandoffRun>({
        op: 'handoffs',
        urls: inst.eps.map((e) => e.url),
        token: t.visitorToken,
        actionId: t.actionId,
        conversationIds: ids.slice(idleSockets, idleSockets + count),
        perSecond: handoffRate,
        deadlineMs: 60_000,
      }),
    );
    const m1 = machineCpu();
    const cpu1 = await Promise.all(inst.eps.map(serverCpuMs));
    const cpuNote =
      `Baton CPU ${cpu1.map((c, i) => f((c - cpu0[i]!) / 1000, 1)).join(' + ')} s from the first handoff to the last delivery; ` +
      `machine ${f(((m1.busy - m0.busy) / (m1.total - m0.total)) * 100, 0)} % busy (all cores)`;
    r.cpuNote = cpuNote;
    log(
      `  handoff → ${agentsCount} agents (${label}): p50 ${f(r.latency.p50, 1)} ms, p99 ${f(r.latency.p99, 1)} ms, ` +
        `max ${f(r.latency.max, 0)} ms; ${r.received}/${r.expected} deliveries; ${count} handoffs sent in ` +
        `${f(r.sendMs / 1000, 1)} s; submitAction p50 ${f(r.mutation.p50, 1)} ms; { __typename } p50 ${f(r.typename.p50, 1)} ms; ${cpuNote}`,
    );
    if (!r.ok) log(`  handoff (${label}): INCOMPLETE ${r.received}/${r.expected} ${r.errors.join('; ')}`);
    return { r, t, driver, idle };
  } catch (error) {
    await driver.close();
    await idle.close();
    throw error;
  }
}

function handoffResults(key: string, label: string, r: HandoffRun): Result[] {
  const note =
    `${r.received}/${r.expected} deliveries (${handoffRate * handoffSeconds} handoffs at ${handoffRate}/s × ${agentsCount} agents), ` +
    `${idleSockets} idle widget sockets; submitAction round trip p50 ${f(r.mutation.p50, 1)} ms; ${r.cpuNote ?? ''}`;
  return [
    {
      key,
      name: `handoff → each of ${agentsCount} agents, p99 (${label})`,
      baseline: '{ __typename } query round trip p50, same run',
      target: '≤ 50 ms',
      unit: 'ms',
      value: r.received === r.expected ? r.latency.p99 : Number.POSITIVE_INFINITY,
      baselineValue: r.typename.p50,
      pass: r.received === r.expected && r.latency.p99 <= 50,
      runs: r.latency.n,
      note,
    },
    {
      key,
      name: `handoff → each of ${agentsCount} agents, p50 (${label})`,
      baseline: '{ __typename } query round trip p50, same run',
      target: 'reported',
      unit: 'ms',
      value: r.latency.p50,
      baselineValue: r.typename.p50,
      pass: null,
      runs: r.latency.n,
    },
  ];
}

export async function handoffBenchmarks(log: (s: string) => void): Promise<Result[]> {
  const key = 'handoff';
  const results: Result[] = [];
  {
    const inst = await instances(1, {});
    try {
      const { r, driver, idle } = await handoffRun(inst, log, 'PGlite');
      await driver.close();
      await idle.close();
      results.push(...handoffResults(key, 'PGlite', r));
    } finally {
      await Promise.all(inst.children.map(stopChild));
    }
  }
  return results;
}

interface Throughput {
  messages: number;
  perSecond: number;
  latency: Summary;
  /** CPU each Baton instance used during the run (ms). */
  serverCpuMs: number[];
  /** Share of the machine's CPU (all cores) busy during the run. */
  machineBusy: number;
}

const senders = Number(process.env.BENCH_SENDERS ?? 16);
const throughputMs = 8000;

/** Closed-loop visitor messages into human-owned conversations (no assistant), split across instances. */
async function throughput(inst: Instances, t: Team): Promise<Throughput> {
  const ids = await insertConversations(inst.eps[0]!, t.conversationId, senders);
  for (const id of ids) {
    await rawGql(
      inst.eps[0]!.url,
      'mutation($id: ID!) { takeOver(conversationId: $id) { __typename } }',
      { id },
      t.owner,
    );
  }
  const driver = loadClient('driver.ts');
  try {
    const cpu0 = await Promise.all(inst.eps.map(serverCpuMs));
    const m0 = machineCpu();
    const r = await driver.call<Omit<Throughput, 'serverCpuMs' | 'machineBusy'>>({
      op: 'senders',
      urls: inst.eps.map((e) => e.url),
      token: t.visitorToken,
      conversationIds: ids,
      durationMs: throughputMs,
    });
    const m1 = machineCpu();
    const cpu1 = await Promise.all(inst.eps.map(serverCpuMs));
    return {
      ...r,
      serverCpuMs: cpu1.map((c, i) => c - cpu0[i]!),
      machineBusy: (m1.busy - m0.busy) / (m1.total - m0.total),
    };
  } finally {
    await driver.close();
  }
}

/** PostgreSQL + Redis: one instance (handoff, throughput), then two on a fresh database. */
export async function scaleOutBenchmarks(log: (s: string) => void): Promise<Result[]> {
  const runs: Array<{ handoff: HandoffRun; tp: Throughput }> = [];
  for (const count of [1, 2]) {
    const databaseUrl = await freshDatabase();
    const inst = await instances(count, { databaseUrl, redisUrl });
    try {
      const { r, t, driver, idle } = await handoffRun(inst, log, `PostgreSQL + Redis, ${count} instance(s)`);
      await driver.close();
      await idle.close();
      const tp = await throughput(inst, t);
      log(
        `  visitor messages, ${senders} concurrent senders, ${count} instance(s): ${f(tp.perSecond, 0)}/s ` +
          `(p50 ${f(tp.latency.p50, 1)} ms, p99 ${f(tp.latency.p99, 1)} ms); Baton CPU ` +
          `${tp.serverCpuMs.map((c) => f(c / tp.messages, 2)).join(' + ')} ms per message; machine ${f(tp.machineBusy * 100, 0)} % busy`,
      );
      runs.push({ handoff: r, tp });
    } finally {
      await Promise.all(inst.children.map(stopChild));
    }
  }
  const [one, two] = runs as [(typeof runs)[0], (typeof runs)[0]];
  return [
    ...handoffResults('handoff', 'PostgreSQL + Redis', one.handoff),
    {
      key: 'scale-out',
      name: `visitor message throughput, ${senders} concurrent senders, 2 instances`,
      baseline: '1 instance, same PostgreSQL + Redis',
      target: 'reported',
      unit: 'messages/s',
      value: two.tp.perSecond,
      baselineValue: one.tp.perSecond,
      pass: null,
      runs: two.tp.messages,
      note:
        `human-owned conversations (no assistant), ${throughputMs / 1000} s closed loop; round trip p50 ` +
        `${two.tp.latency.p50.toFixed(1)} vs ${one.tp.latency.p50.toFixed(1)} ms`,
    },
    {
      key: 'scale-out',
      name: `handoff → each of ${agentsCount} agents, p99, 2 instances (agents and handoffs split)`,
      baseline: '1 instance, same PostgreSQL + Redis',
      target: 'reported',
      unit: 'ms',
      value: two.handoff.latency.p99,
      baselineValue: one.handoff.latency.p99,
      pass: null,
      runs: two.handoff.latency.n,
      note: `${two.handoff.received}/${two.handoff.expected} deliveries`,
    },
    {
      key: 'scale-out',
      name: `handoff → each of ${agentsCount} agents, p50, 2 instances (agents and handoffs split)`,
      baseline: '1 instance, same PostgreSQL + Redis',
      target: 'reported',
      unit: 'ms',
      value: two.handoff.latency.p50,
      baselineValue: one.handoff.latency.p50,
      pass: null,
      runs: two.handoff.latency.n,
    },
  ];
}

interface MessagesRun {
  ok: boolean;
  expected: number;
  received: number;
  sendMs: number;
  reply: Summary;
  send: Summary;
  repliesPerSecond: number;
  errors: string[];
  cpuNote?: string;
}

const conversations = 50;
const messageRate = 50;
const messageSeconds = 10;

/** Assistant replies at 50 visitor messages/s over 50 conversations (1/s each), offline provider. */
async function assistantRun(
  options: ServerOptions,
  log: (s: string) => void,
  label: string,
  profileFile?: string,
): Promise<MessagesRun> {
  const inst = await instances(1, options);
  const ep = inst.eps[0]!;
  const driver = loadClient('driver.ts');
  try {
    const owner = await signUp(ep.url, 'Acme');
    await loadKnowledge(ep.url, owner.token, acmeDocuments);
    const visitor = await startSession(ep.url, await publicKeyOf(ep.url, owner.token));
    const ids = await insertConversations(ep, visitor.conversationId, conversations + 1);
    const base = await followed(ep);
    await driver.call({
      op: 'visitors',
      wsUrls: [ep.wsUrl],
      token: visitor.token,
      conversationIds: ids,
      query: CONVERSATION_EVENTS,
    });
    await until(async () => (await followed(ep)) >= base + ids.length, 'visitor streams');
    const questions = acmeQuestions.filter((q) => q.expect === 'answer').map((q) => q.question);
    // Warm-up: one reply in the spare conversation (builds the in-memory index).
    await driver.call({
      op: 'messages',
      urls: [ep.url],
      token: visitor.token,
      conversationIds: [ids[conversations]!],
      perSecond: 1,
      count: 1,
      questions,
      deadlineMs: 30_000,
    });
    const cpu0 = await serverCpuMs(ep);
    const m0 = machineCpu();
    const r = await profiled(ep, profileFile, () =>
      driver.call<MessagesRun>({
        op: 'messages',
        urls: [ep.url],
        token: visitor.token,
        conversationIds: ids.slice(0, conversations),
        perSecond: messageRate,
        count: messageRate * messageSeconds,
        questions,
        deadlineMs: 120_000,
      }),
    );
    const m1 = machineCpu();
    r.cpuNote =
      `Baton CPU ${f(((await serverCpuMs(ep)) - cpu0) / 1000, 1)} s from the first message to the last reply; ` +
      `machine ${f(((m1.busy - m0.busy) / (m1.total - m0.total)) * 100, 0)} % busy (all cores)`;
    log(
      `  assistant replies (${label}): p50 ${f(r.reply.p50, 0)} ms, p99 ${f(r.reply.p99, 0)} ms, ` +
        `max ${f(r.reply.max, 0)} ms; ${r.received}/${r.expected} replies (${f(r.repliesPerSecond, 1)}/s sustained); sent in ${f(r.sendMs / 1000, 1)} s; ` +
        `sendMessage p50 ${f(r.send.p50, 1)} ms p99 ${f(r.send.p99, 1)} ms; ${r.cpuNote} ${r.errors.join('; ')}`,
    );
    return r;
  } finally {
    await driver.close();
    await Promise.all(inst.children.map(stopChild));
  }
}

/** A local Chat Completions server (tests/helpers/fake-openai.ts) answering every request after `delayMs`. */
async function slowProvider(delayMs: number) {
  const fake = await startFakeOpenAI();
  fake.setDefault(() => ({
    kind: 'text',
    text: 'You can track your order from the link in your confirmation email.',
    chunkSize: 16,
    pause: { after: 0, until: new Promise((resolve) => setTimeout(resolve, delayMs)) },
  }));
  return fake;
}

export async function assistantBenchmarks(log: (s: string) => void): Promise<Result[]> {
  const r = await assistantRun({}, log, 'PGlite, offline provider');
  const results: Result[] = [
    {
      key: 'assistant-load',
      name: `assistant reply latency p99 at ${messageRate} visitor messages/s (${conversations} conversations, offline provider, PGlite)`,
      baseline: 'visitor sendMessage round trip p50, same run',
      target: '≤ 1000 ms',
      unit: 'ms',
      value: r.received === r.expected ? r.reply.p99 : Number.POSITIVE_INFINITY,
      baselineValue: r.send.p50,
      pass: r.received === r.expected && r.reply.p99 <= 1000,
      runs: r.reply.n,
      note:
        `reply p50 ${f(r.reply.p50, 0)} ms, max ${f(r.reply.max, 0)} ms; ${r.received}/${r.expected} replies, ` +
        `${f(r.repliesPerSecond, 1)}/s from the first message to the last reply; ` +
        `${r.expected} messages sent in ${f(r.sendMs / 1000, 1)} s; sendMessage p99 ${f(r.send.p99, 0)} ms; ${r.cpuNote ?? ''}`,
    },
  ];
  if (process.env.BENCH_ASSISTANT_PG === '1') {
    // Optional (not in the default run's time budget): the same load on PostgreSQL + Redis.
    const p = await assistantRun(
      { databaseUrl: await freshDatabase(), redisUrl },
      log,
      'PostgreSQL + Redis, offline provider',
    );
    results.push({
      key: 'assistant-load',
      name: `assistant reply latency p99 at ${messageRate} visitor messages/s (offline provider, PostgreSQL + Redis)`,
      baseline: 'visitor sendMessage round trip p50, same run',
      target: '≤ 1000 ms',
      unit: 'ms',
      value: p.received === p.expected ? p.reply.p99 : Number.POSITIVE_INFINITY,
      baselineValue: p.send.p50,
      pass: p.received === p.expected && p.reply.p99 <= 1000,
      runs: p.reply.n,
      note: `reply p50 ${f(p.reply.p50, 0)} ms; ${p.received}/${p.expected} replies, ${f(p.repliesPerSecond, 1)}/s sustained; sendMessage p99 ${f(p.send.p99, 0)} ms`,
    });
  }
  if (process.env.BENCH_PROVIDER === '0') return results;
  const fake = await slowProvider(100);
  let o: MessagesRun;
  try {
    o = await assistantRun(
      { env: { BENCH_ENV_OPENAI_API_KEY: 'sk-bench', BENCH_ENV_OPENAI_BASE_URL: fake.baseUrl } },
      log,
      'PGlite, Chat Completions server answering after 100 ms',
    );
  } finally {
    await fake.close();
  }
  results.push({
    key: 'assistant-load',
    name: `assistant reply latency p99 at ${messageRate} visitor messages/s, provider answering after 100 ms (PGlite)`,
    baseline: 'visitor sendMessage round trip p50, same run',
    target: 'reported',
    unit: 'ms',
    value: o.received === o.expected ? o.reply.p99 : Number.POSITIVE_INFINITY,
    baselineValue: o.send.p50,
    pass: null,
    runs: o.reply.n,
    note:
      `local Chat Completions server (tests/helpers/fake-openai.ts), streamed reply after a fixed 100 ms; ` +
      `reply p50 ${f(o.reply.p50, 0)} ms; ${o.received}/${o.expected} replies, ${f(o.repliesPerSecond, 1)}/s sustained`,
  });
  return results;
}

/** For the profile: the Baton process's CPU profile over 200 handoffs at 20/s to 20 agents (PGlite). */
export async function profileHandoffs(file: string, log: (s: string) => void): Promise<void> {
  const inst = await instances(1, {});
  try {
    const { driver, idle } = await handoffRun(inst, log, 'profiled', file);
    await driver.close();
    await idle.close();
  } finally {
    await Promise.all(inst.children.map(stopChild));
  }
}

/** For the profile: the Baton process's CPU profile over the visitor messages at 50/s (assistant on). */
export async function profileMessages(file: string, log: (s: string) => void): Promise<void> {
  await assistantRun({}, log, 'profiled', file);
}

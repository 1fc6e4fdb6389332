/**
 * Fan-out, connection set-up and memory per socket (issue 13 a–c), Baton against bare `ws`
 * (plain-ws-server.ts) in the same run. Servers and the load client are separate processes.
 *
 * One conversation: widget (visitor) sockets all on `conversationEvents` of one conversation an
 * agent has taken over (no assistant): open 1,000 (confirmed) → fan-out ×3 → open to 5,000
 * (confirmed) → memory → fan-out ×3. Set-up is confirmed by a sentinel: the agent's reply (Baton)
 * or a broadcast (baseline) that every socket must receive, sent again until one reaches all (a
 * subscription is live a moment after its subscribe frame; the retries are counted in the time).
 * Fan-out trigger: the agent's `replyToConversation` over HTTP, sent by the load client, so
 * trigger and arrival times are read on one clock.
 *
 * Separate conversations: a fresh server; 5,000 conversations of one visitor; each socket
 * subscribes to its own. Confirmed by the server's count of conversations with a live stream
 * (Baton: GET /streams) or by each subscribe's ack (baseline) → memory.
 */
import { publicKeyOf, signUp, startVisitor, takeOver } from '../operations.js';
import {
  followed,
  heapProfiled,
  insertConversations,
  loadClient,
  median,
  memory,
  profiled,
  spawnServer,
  stopChild,
  until,
  type Memory,
  type Result,
} from './common.js';

export const CONVERSATION_EVENTS =
  'subscription($id: ID!) { conversationEvents(conversationId: $id) { seq kind message { id body authorKind } } }';

type Kind = 'baton' | 'plain';
const large = Number(process.env.BENCH_SOCKETS ?? 5000);
const small = Math.min(1000, large);

interface TriggerResult {
  ok: boolean;
  received: number;
  mutationMs: number;
  lastMs: number;
  frameBytes: number;
  clientCpuMs: number;
}

interface Fan {
  lastMs: number[];
  perS: number[];
  mutationMs: number[];
  clientCpuMs: number[];
}

interface OneConversation {
  before: Memory;
  setupMs: number;
  at: Memory;
  fanout: Record<number, Fan>;
  frameBytes: number;
  /** Sentinel events sent to confirm the two batches (2 when each reached every socket at once). */
  sentinels: number;
}

async function oneConversation(
  kind: Kind,
  frameBytes: number,
  log: (s: string) => void,
  profile: { setup?: string; fanout?: string } = {},
): Promise<OneConversation> {
  const { child, ep } = await spawnServer(kind === 'baton' ? 'server.ts' : 'plain-ws-server.ts');
  const c = loadClient('client.ts');
  try {
    const before = await memory(ep);
    let token: string | undefined;
    let agent: string | undefined;
    let conversationId = 'c1';
    if (kind === 'baton') {
      agent = await signUp(ep.url);
      const visitor = await startVisitor(ep.url, await publicKeyOf(ep.url, agent));
      await takeOver(ep.url, agent, visitor.conversationId);
      token = visitor.token;
      conversationId = visitor.conversationId;
    }
    let seen = frameBytes;
    let n = 0;
    let sent = 0;
    const trig = (timeoutMs: number) =>
      c.call<TriggerResult>({
        op: 'trigger',
        protocol: kind,
        url: ep.url,
        token: agent,
        conversationId,
        body: `Fan-out message number ${sent++} from the agent`,
        payload: 'x'.repeat(Math.max(seen, 20)),
        timeoutMs,
      });
    let setupMs = 0;
    let sentinels = 0;
    const openTo = async (total: number) => {
      const t0 = performance.now();
      await c.call({
        op: 'open',
        protocol: kind,
        wsUrl: ep.wsUrl,
        token,
        conversationIds: [conversationId],
        query: CONVERSATION_EVENTS,
        n: total - n,
      });
      n = total;
      for (let attempt = 0; ; attempt++) {
        const r = await trig(3000);
        if (r.ok) {
          if (kind === 'baton') seen = r.frameBytes;
          sentinels += attempt + 1;
          break;
        }
        if (attempt > 20) throw new Error(`${kind}: sentinel never reached all ${n} sockets (${r.received})`);
      }
      setupMs += performance.now() - t0;
    };
    const fanout: Record<number, Fan> = {};
    const fan = async (size: number) => {
      const f: Fan = (fanout[size] = { lastMs: [], perS: [], mutationMs: [], clientCpuMs: [] });
      for (let i = 0; i < 3; i++) {
        const r = await trig(60_000);
        if (!r.ok) throw new Error(`${kind}: fan-out to ${size} incomplete (${r.received})`);
        f.lastMs.push(r.lastMs);
        f.perS.push(size / (r.lastMs / 1000));
        f.mutationMs.push(r.mutationMs);
        f.clientCpuMs.push(r.clientCpuMs);
      }
      log(
        `  ${kind} fan-out ${size}: last delivery ${f.lastMs.map((x) => x.toFixed(0)).join('/')} ms, ` +
          `trigger answered ${f.mutationMs.map((x) => x.toFixed(0)).join('/')} ms`,
      );
    };
    await openTo(small);
    await fan(small);
    await profiled(ep, profile.setup, () => openTo(large));
    const at = await memory(ep);
    await profiled(ep, profile.fanout, () => fan(large));
    log(`  ${kind}: ${large} sockets on one conversation set up in ${(setupMs / 1000).toFixed(2)} s (two batches)`);
    return { before, setupMs, at, fanout, frameBytes: seen, sentinels };
  } finally {
    await c.close().catch(() => {});
    await stopChild(child);
  }
}

interface Separate {
  before: Memory;
  setupMs: number;
  at: Memory;
}

async function separateConversations(kind: Kind, log: (s: string) => void, heapFile?: string): Promise<Separate> {
  const { child, ep } = await spawnServer(kind === 'baton' ? 'server.ts' : 'plain-ws-server.ts');
  const c = loadClient('client.ts');
  try {
    let token: string | undefined;
    let ids = Array.from({ length: large }, (_, i) => `c${i}`);
    if (kind === 'baton') {
      const agent = await signUp(ep.url);
      const visitor = await startVisitor(ep.url, await publicKeyOf(ep.url, agent));
      token = visitor.token;
      ids = await insertConversations(ep, visitor.conversationId, large);
    }
    const before = await memory(ep);
    const base = kind === 'baton' ? await followed(ep) : 0;
    const t0 = performance.now();
    let setupMs = 0;
    await heapProfiled(ep, heapFile, async () => {
      await c.call({
        op: 'open',
        protocol: kind,
        wsUrl: ep.wsUrl,
        token,
        conversationIds: ids,
        query: CONVERSATION_EVENTS,
        n: large,
      });
      if (kind === 'baton') await until(async () => (await followed(ep)) >= base + large, `${large} live streams`);
      setupMs = performance.now() - t0;
    });
    const at = await memory(ep);
    log(`  ${kind}: ${large} sockets on ${large} conversations set up in ${(setupMs / 1000).toFixed(2)} s`);
    return { before, setupMs, at };
  } finally {
    await c.close().catch(() => {});
    await stopChild(child);
  }
}

const KB = 1024;
const MB = 2 ** 20;

function perSocket(
  key: string,
  where: string,
  baton: { before: Memory; at: Memory },
  plain: { before: Memory; at: Memory },
): Result[] {
  const heap = (baton.at.heapUsed - baton.before.heapUsed) / large / KB;
  const rss = (baton.at.rss - baton.before.rss) / large / KB;
  const pheap = (plain.at.heapUsed - plain.before.heapUsed) / large / KB;
  const prss = (plain.at.rss - plain.before.rss) / large / KB;
  return [
    {
      key,
      name: `heap per idle widget socket at ${large} (${where})`,
      baseline: 'plain ws server, same sockets',
      target: '≤ 8 KB',
      unit: 'KB',
      value: heap,
      baselineValue: pheap,
      pass: heap <= 8,
      runs: 1,
      note: 'heapUsed after gc (3× global.gc) at N sockets minus before any, / N',
    },
    {
      key,
      name: `RSS per idle widget socket at ${large} (${where})`,
      baseline: 'plain ws server, same sockets',
      target: '≤ 12 KB',
      unit: 'KB',
      value: rss,
      baselineValue: prss,
      pass: rss <= 12,
      runs: 1,
      note: 'rss after gc at N sockets minus before any, / N',
    },
  ];
}

export async function fanoutBenchmarks(log: (s: string) => void): Promise<Result[]> {
  const key = 'fanout';
  const baton = await oneConversation('baton', 0, log);
  const plain = await oneConversation('plain', baton.frameBytes, log);
  const results: Result[] = [];
  for (const size of [small, large]) {
    const b = baton.fanout[size]!;
    const p = plain.fanout[size]!;
    const v = median(b.perS);
    const bv = median(p.perS);
    results.push({
      key,
      name: `fan-out of one agent message to ${size} widget sockets`,
      baseline: 'plain ws broadcast of a frame of the same size',
      target: '≥ 0.5× plain ws',
      unit: 'deliveries/s',
      value: v,
      baselineValue: bv,
      pass: v / bv >= 0.5,
      runs: b.perS.length,
      values: b.perS,
      baselineValues: p.perS,
      note:
        `time to last delivery median ${median(b.lastMs).toFixed(0)} ms vs ${median(p.lastMs).toFixed(0)} ms; ` +
        `frame ${baton.frameBytes} B; load-client CPU ${median(b.clientCpuMs).toFixed(0)} ms per fan-out`,
    });
    const m = median(b.mutationMs);
    results.push({
      key,
      name: `fan-out to ${size}: the agent's reply mutation answered`,
      baseline: 'time to the last delivery of the same fan-out',
      target: 'before the fan-out ends (< 1×)',
      unit: 'ms',
      value: m,
      baselineValue: median(b.lastMs),
      pass: m < median(b.lastMs),
      runs: b.mutationMs.length,
      values: b.mutationMs,
      note: `plain ws trigger request answered in ${median(p.mutationMs).toFixed(1)} ms`,
    });
  }
  results.push({
    key,
    name: `connection setup: ${large} widget sockets on one conversation (connect + init + subscribe, confirmed)`,
    baseline: 'plain ws connect + subscribe + ack, confirmed the same way',
    target: '≤ 5× plain ws',
    unit: 'ms',
    value: baton.setupMs,
    baselineValue: plain.setupMs,
    pass: baton.setupMs / plain.setupMs <= 5,
    runs: 1,
    note:
      `batches of ${small} + ${large - small}, each confirmed by a sentinel event every socket received ` +
      `(${baton.sentinels} vs ${plain.sentinels} sentinels sent)`,
  });
  results.push(...perSocket(key, 'one conversation', baton, plain));
  results.push({
    key,
    name: 'server before any connection: RSS after gc',
    baseline: 'plain ws server',
    target: 'reported',
    unit: 'MB',
    value: baton.before.rss / MB,
    baselineValue: plain.before.rss / MB,
    pass: null,
    runs: 1,
    note: `heap used ${(baton.before.heapUsed / MB).toFixed(0)} MB vs ${(plain.before.heapUsed / MB).toFixed(1)} MB`,
  });

  const sb = await separateConversations('baton', log);
  const sp = await separateConversations('plain', log);
  results.push({
    key,
    name: `connection setup: ${large} widget sockets on ${large} separate conversations (confirmed)`,
    baseline: 'plain ws connect + subscribe + ack, one set per conversation',
    target: '≤ 5× plain ws',
    unit: 'ms',
    value: sb.setupMs,
    baselineValue: sp.setupMs,
    pass: sb.setupMs / sp.setupMs <= 5,
    runs: 1,
    note: "confirmed by the server's count of conversations with a live stream (GET /streams)",
  });
  results.push(...perSocket(key, 'separate conversations', sb, sp));
  return results;
}

/**
 * For the profile: the Baton process's CPU profiles over the set-up of sockets 1,001–5,000 on one
 * conversation and over the three fan-outs at 5,000.
 */
export async function profileFanout(files: { setup: string; fanout: string }, log: (s: string) => void): Promise<void> {
  await oneConversation('baton', 0, log, files);
}

/** For the profile: what the 5,000 sockets on separate conversations hold (sampling heap profile, live after gc). */
export async function profileSocketHeap(file: string, log: (s: string) => void): Promise<void> {
  await separateConversations('baton', log, file);
}

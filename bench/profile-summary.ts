/**
 * Self time of a V8 CPU profile (`node --cpu-prof`) by category and by function.
 * `node --import tsx bench/profile-summary.ts <file.cpuprofile>…`; `pnpm bench` with
 * BENCH_ONLY=profile calls it on the profiles it records.
 *
 * Categories go by the function's script: GC, graphql execute / validate+parse, JSON, ws send and
 * frames, graphql-ws, Yoga/envelop, Pothos, Prisma, PGlite, pg, Redis, Baton's own code, Node
 * internals (net, http, streams), other libraries; idle time (and the inspector's own work when
 * the profile was recorded through node:inspector) is left out of the percentages.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const rules: Array<[RegExp, string]> = [
  [/graphql\/execution\//, 'graphql execute'],
  [/graphql\/(validation|language|utilities)\//, 'graphql parse/validate'],
  [/node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?graphql\//, 'graphql other'],
  [/graphql-ws/, 'graphql-ws'],
  [/node_modules\/.*\/ws\/lib\//, 'ws (frames, send)'],
  [/@pothos/, 'Pothos'],
  [/graphql-yoga|@envelop|@graphql-yoga|@whatwg-node|@graphql-tools/, 'Yoga/envelop/whatwg'],
  [/@electric-sql\/pglite|pglite-prisma-adapter/, 'PGlite'],
  [/@prisma|\/generated\/prisma\/|prisma\/client/, 'Prisma'],
  [/node_modules\/.*\/(pg|pg-protocol|pg-pool)\//, 'pg driver'],
  [/ioredis|redis/, 'Redis client'],
  [/@repeaterjs|repeater/, 'Repeater'],
  [/dataloader/, 'dataloader'],
  [/\/api\/src\/|\/packages\/client-core\//, 'Baton code'],
  [/^node:internal\/(net|stream|streams|http|_http)|node:net|node:http|_http_/, 'Node net/http/streams'],
  [/^node:/, 'Node other'],
  [/node_modules/, 'other libraries'],
  // PGlite's PostgreSQL compiled to WebAssembly (the only wasm running once the server is up).
  [/^wasm:/, 'PGlite (wasm)'],
];

function category(frame: CallFrame): string {
  const { functionName: fn, url } = frame;
  if (fn === '(garbage collector)') return 'GC';
  if (fn === '(idle)') return 'idle';
  if (fn === '(program)') return '(program: native, unattributed)';
  if (!url && /^(stringify|parse|JSONSerialize|JSONParse)$/.test(fn)) return 'JSON';
  for (const [pattern, name] of rules) if (pattern.test(url)) return name;
  if (!url) return 'native/builtins';
  return 'other';
}

function shortUrl(url: string): string {
  const m = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?(.*)$/.exec(url);
  if (m) return m[1]!;
  const i = url.indexOf('/api/src/');
  return i >= 0 ? url.slice(i + 1) : url.replace(/^file:\/\//, '');
}

export interface ProfileSummary {
  totalMs: number;
  busyMs: number;
  categories: Array<{ name: string; ms: number; share: number }>;
  functions: Array<{ name: string; category: string; ms: number; share: number }>;
}

export function analyse(file: string): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // The profiler's own start/stop (node:inspector, serialising the profile) is not the server's work.
  const measuring = new Map<number, boolean>();
  const isMeasuring = (id: number): boolean => {
    const known = measuring.get(id);
    if (known !== undefined) return known;
    const up = parent.get(id);
    const result = byId.get(id)!.callFrame.url === 'node:inspector' || (up !== undefined && isMeasuring(up));
    measuring.set(id, result);
    return result;
  };
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const cats = new Map<string, number>();
  const fns = new Map<string, { category: string; ms: number }>();
  let total = 0;
  for (const [id, ms] of self) {
    const frame = byId.get(id)!.callFrame;
    const cat = isMeasuring(id) ? 'idle' : category(frame);
    total += ms;
    cats.set(cat, (cats.get(cat) ?? 0) + ms);
    if (cat === 'idle') continue;
    const name = `${frame.functionName || '(anonymous)'} ${shortUrl(frame.url)}:${frame.lineNumber + 1}`;
    const f = fns.get(name) ?? { category: cat, ms: 0 };
    f.ms += ms;
    fns.set(name, f);
  }
  const busy = total - (cats.get('idle') ?? 0);
  return {
    totalMs: total,
    busyMs: busy,
    categories: [...cats]
      .filter(([name]) => name !== 'idle')
      .map(([name, ms]) => ({ name, ms, share: ms / busy }))
      .sort((a, b) => b.ms - a.ms),
    functions: [...fns]
      .map(([name, f]) => ({ name, category: f.category, ms: f.ms, share: f.ms / busy }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 25),
  };
}

export function summarise(file: string): string {
  const s = analyse(file);
  const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)} %`;
  return [
    `${file}: ${(s.totalMs / 1000).toFixed(1)} s sampled, ${(s.busyMs / 1000).toFixed(1)} s busy (not idle)`,
    'self time by category (share of busy time):',
    ...s.categories.map((c) => `  ${pct(c.share)}  ${(c.ms / 1000).toFixed(2).padStart(7)} s  ${c.name}`),
    'top functions by self time:',
    ...s.functions.map((f) => `  ${pct(f.share)}  ${f.name}  [${f.category}]`),
  ].join('\n');
}

interface HeapNode {
  callFrame: CallFrame;
  selfSize: number;
  children: HeapNode[];
}

/**
 * A sampling heap profile (`HeapProfiler.stopSampling`, live objects): bytes by category and by
 * allocating function with its three nearest callers; `per` divides (e.g. bytes per socket).
 */
export function summariseHeap(file: string, per = 1, perLabel = ''): string {
  const { head } = JSON.parse(readFileSync(file, 'utf8')) as { head: HeapNode };
  const cats = new Map<string, number>();
  const fns = new Map<string, { category: string; bytes: number }>();
  let total = 0;
  const walk = (node: HeapNode, stack: CallFrame[]) => {
    const here = [...stack, node.callFrame];
    if (node.selfSize > 0) {
      const cat = category(node.callFrame);
      total += node.selfSize;
      cats.set(cat, (cats.get(cat) ?? 0) + node.selfSize);
      const callers = here
        .slice(-4, -1)
        .reverse()
        .map((f) => `${f.functionName || '(anonymous)'} ${shortUrl(f.url)}:${f.lineNumber + 1}`);
      const name = `${node.callFrame.functionName || '(anonymous)'} ${shortUrl(node.callFrame.url)}:${node.callFrame.lineNumber + 1}  ← ${callers.join(' ← ')}`;
      const f = fns.get(name) ?? { category: cat, bytes: 0 };
      f.bytes += node.selfSize;
      fns.set(name, f);
    }
    for (const child of node.children) walk(child, here);
  };
  walk(head, []);
  const kb = (b: number) => `${(b / per / 1024).toFixed(2).padStart(7)} KB${perLabel}`;
  return [
    `${file}: ${(total / 2 ** 20).toFixed(1)} MB live in sampled allocations (${kb(total)})`,
    'by category of the allocating function:',
    ...[...cats].sort((a, b) => b[1] - a[1]).map(([name, b]) => `  ${kb(b)}  ${name}`),
    'top allocation sites (function ← callers):',
    ...[...fns]
      .sort((a, b) => b[1].bytes - a[1].bytes)
      .slice(0, 20)
      .map(([name, f]) => `  ${kb(f.bytes)}  ${name}  [${f.category}]`),
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const file of process.argv.slice(2)) {
    console.log(`${file.endsWith('.heapprofile') ? summariseHeap(file) : summarise(file)}\n`);
  }
}

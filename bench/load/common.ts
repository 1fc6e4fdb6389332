/**
 * What the load benchmarks share: the result shape of `pnpm bench`, the machine, child processes
 * (servers and load clients, each its own Node process) and small statistics.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { cpus, totalmem } from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface Machine {
  cpu: string;
  cpus: number;
  totalMemGB: number;
  node: string;
  os: string;
}

export function machine(): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model ?? 'unknown',
    cpus: list.length,
    totalMemGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${process.platform} ${process.arch}`,
  };
}

/** One line of `pnpm bench` (and one entry of bench/results/latest.json). */
export interface BenchResult {
  /** BENCH_ONLY key of the group it belongs to. */
  key: string;
  name: string;
  /** What the value is compared with, measured in the same run. */
  baseline: string;
  target: string;
  unit: string;
  value: number;
  baselineValue: number | null;
  /** value / baselineValue (null when there is no baseline value). */
  ratio: number | null;
  /** true / false against the target; null when the figure is reported only. */
  pass: boolean | null;
  /** How many measurements `value` summarises, and their values where there are few. */
  runs: number;
  values?: number[];
  baselineValues?: number[];
  note?: string;
  machine: Machine;
}

export type Result = Omit<BenchResult, 'machine' | 'ratio'> & { ratio?: number | null };

export function complete(r: Result): BenchResult {
  const ratio = r.ratio !== undefined ? r.ratio : r.baselineValue ? r.value / r.baselineValue : null;
  return { ...r, ratio, machine: machine() };
}

export function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export const median = (xs: number[]): number => quantile(xs, 0.5);

const here = fileURLToPath(new URL('.', import.meta.url));
const children = new Set<ChildProcess>();

export interface Endpoint {
  url: string;
  wsUrl: string;
  sideUrl: string;
}

export interface ServerOptions {
  databaseUrl?: string;
  redisUrl?: string;
  /** Extra environment for the Baton process (e.g. OPENAI_BASE_URL). */
  env?: Record<string, string>;
  /** Write a CPU profile to this directory when the server exits (`--cpu-prof`). */
  cpuProfDir?: string;
}

/** A server (server.ts or plain-ws-server.ts) in its own process; resolves once it listens. */
export async function spawnServer(
  file: 'server.ts' | 'plain-ws-server.ts',
  options: ServerOptions = {},
): Promise<{ child: ChildProcess; ep: Endpoint }> {
  // BENCH_CPU_PROF=1: every Baton process writes a CPU profile (BENCH_CPU_PROF_DIR, /tmp/prof) on exit.
  const dir =
    options.cpuProfDir ??
    (process.env.BENCH_CPU_PROF === '1' && file === 'server.ts'
      ? (process.env.BENCH_CPU_PROF_DIR ?? '/tmp/prof')
      : undefined);
  const profile = dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
  const child = fork(`${here}${file}`, [], {
    execArgv: ['--import', 'tsx', '--expose-gc', ...profile],
    env: {
      ...process.env,
      ...(options.databaseUrl ? { BENCH_DATABASE_URL: options.databaseUrl } : {}),
      ...(options.redisUrl ? { BENCH_REDIS_URL: options.redisUrl } : {}),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  const lines = createInterface({ input: child.stdout! });
  const first = await Promise.race([
    once(lines, 'line').then(([line]) => String(line)),
    once(child, 'exit').then(() => {
      throw new Error(`${file} exited before it listened`);
    }),
  ]);
  return { child, ep: JSON.parse(first) as Endpoint };
}

export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

export async function stopAll(): Promise<void> {
  await Promise.all([...children].map(stopChild));
}

export interface LoadClient {
  child: ChildProcess;
  call<T = Record<string, unknown>>(cmd: object): Promise<T>;
  close(): Promise<void>;
}

/** A load-client process (client.ts or driver.ts) answering one IPC command at a time. */
export function loadClient(file: 'client.ts' | 'driver.ts'): LoadClient {
  const child = fork(`${here}${file}`, [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  children.add(child);
  let waiting: ((msg: { ok: boolean; result: unknown; error?: string }) => void) | null = null;
  child.on('message', (msg: { ok: boolean; result: unknown; error?: string }) => waiting?.(msg));
  child.once('exit', (code) => {
    children.delete(child);
    waiting?.({ ok: false, result: null, error: `${file} exited (${code})` });
  });
  return {
    child,
    call: async <T>(cmd: object) => {
      const answer = new Promise<{ ok: boolean; result: unknown; error?: string }>((resolve) => (waiting = resolve));
      child.send(cmd);
      const msg = await answer;
      waiting = null;
      if (!msg.ok) throw new Error(msg.error);
      return msg.result as T;
    },
    close: async () => {
      if (child.connected) child.send({ op: 'close' });
      await stopChild(child);
    },
  };
}

export interface Memory {
  heapUsed: number;
  rss: number;
  gc: boolean;
}

export async function memory(ep: Endpoint): Promise<Memory> {
  return (await (await fetch(`${ep.sideUrl}/memory`)).json()) as Memory;
}

/** Raw GraphQL over HTTP for set-up steps (typed by the caller); throws on `errors`. */
export async function rawGql<T>(url: string, query: string, variables: object, token?: string): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body).slice(0, 500)}`);
  return body.data;
}

/** n new conversations of that conversation's visitor, inserted by the server (see server.ts). */
export async function insertConversations(ep: Endpoint, from: string, n: number): Promise<string[]> {
  const res = await fetch(`${ep.sideUrl}/conversations?from=${encodeURIComponent(from)}&n=${n}`, { method: 'POST' });
  if (!res.ok) throw new Error(`insert conversations: ${await res.text()}`);
  return (await res.json()) as string[];
}

/** Conversations with a live stream on that instance (the stream check's followers). */
export async function followed(ep: Endpoint): Promise<number> {
  return ((await (await fetch(`${ep.sideUrl}/streams`)).json()) as { followed: number }).followed;
}

/** Polls `probe` (a condition on the server's state, not a fixed wait) until it holds. */
export async function until(probe: () => Promise<boolean>, what: string, deadlineMs = 120_000): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Records a CPU profile of the Baton process `ep` while `run` runs (server.ts /profile/*). */
export async function profiled<T>(ep: Endpoint, file: string | undefined, run: () => Promise<T>): Promise<T> {
  if (!file) return run();
  await fetch(`${ep.sideUrl}/profile/start`, { method: 'POST' });
  try {
    return await run();
  } finally {
    await fetch(`${ep.sideUrl}/profile/stop?file=${encodeURIComponent(file)}`, { method: 'POST' });
  }
}

/** Records which allocations made while `run` runs are still live after it (server.ts /heap/*). */
export async function heapProfiled<T>(ep: Endpoint, file: string | undefined, run: () => Promise<T>): Promise<T> {
  if (!file) return run();
  await fetch(`${ep.sideUrl}/heap/start`, { method: 'POST' });
  try {
    return await run();
  } finally {
    await fetch(`${ep.sideUrl}/heap/stop?file=${encodeURIComponent(file)}`, { method: 'POST' });
  }
}

/** CPU time (user + system, ms) the Baton process `ep` has used so far. */
export async function serverCpuMs(ep: Endpoint): Promise<number> {
  const { user, system } = (await (await fetch(`${ep.sideUrl}/cpu`)).json()) as { user: number; system: number };
  return (user + system) / 1000;
}

/** The machine's busy and total CPU time so far (all cores, ms), from os.cpus(). */
export function machineCpu(): { busy: number; total: number } {
  let busy = 0;
  let total = 0;
  for (const { times } of cpus()) {
    const all = times.user + times.nice + times.sys + times.irq + times.idle;
    total += all;
    busy += all - times.idle;
  }
  return { busy, total };
}

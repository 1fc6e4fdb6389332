/**
 * The load benchmarks of issue 13, each in its own server process(es) with load clients in
 * separate processes: fan-out, connection set-up and memory (fanout.ts), handoff → agents on
 * PGlite, assistant replies under load, and PostgreSQL + Redis with one and two instances
 * (workloads.ts). `node --import tsx bench/load/run.ts` prints them as JSON lines; `pnpm bench`
 * (bench/run.ts) runs them with the rest of the suite.
 */
import { fileURLToPath } from 'node:url';
import { stopAll, type Result } from './common.js';
import { fanoutBenchmarks } from './fanout.js';
import { assistantBenchmarks, handoffBenchmarks, scaleOutBenchmarks } from './workloads.js';

export interface LoadGroup {
  /** BENCH_ONLY key. */
  key: string;
  run(log: (s: string) => void): Promise<Result[]>;
}

export const loadGroups: LoadGroup[] = [
  { key: 'fanout', run: fanoutBenchmarks },
  { key: 'handoff', run: handoffBenchmarks },
  { key: 'assistant-load', run: assistantBenchmarks },
  // PostgreSQL + Redis: the handoff figures on PostgreSQL come from its one-instance run.
  { key: 'scale-out', run: scaleOutBenchmarks },
];

/** Runs the selected groups; a group that fails is reported in `failed` and the others still run. */
export async function runLoadGroups(
  selected: (key: string) => boolean,
  log: (s: string) => void,
): Promise<{ results: Result[]; failed: Array<{ key: string; error: string }> }> {
  const results: Result[] = [];
  const failed: Array<{ key: string; error: string }> = [];
  for (const group of loadGroups.filter((g) => selected(g.key))) {
    log(`[${group.key}]`);
    const t0 = performance.now();
    try {
      results.push(...(await group.run(log)));
      log(`  (${group.key}: ${((performance.now() - t0) / 1000).toFixed(0)} s)`);
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      log(`  FAILED: ${message}`);
      failed.push({ key: group.key, error: message });
    } finally {
      await stopAll();
    }
  }
  return { results, failed };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const only = process.env.BENCH_ONLY?.split(',');
  const { results, failed } = await runLoadGroups((key) => !only || only.includes(key), console.log);
  for (const r of results) console.log(JSON.stringify(r));
  if (failed.length) process.exitCode = 1;
}

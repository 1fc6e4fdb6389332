/**
 * `pnpm bench`: Baton's benchmarks. Each figure is a ratio against a baseline measured in the
 * same run on the same server (these machines are shared and noisy, so absolute times are
 * only printed for orientation). Targets are checked and reported, never asserted in tests.
 */
import { PGlite } from '@electric-sql/pglite';
import { parseConfig } from '../api/src/config.js';
import { startServer } from '../api/src/server.js';
import { assistantBudgets } from './assistant.js';
import { signUp } from './operations.js';
import { benchmarks, type BenchContext } from './suites.js';

const pglite = await PGlite.create();
const server = await startServer(
  parseConfig({
    NODE_ENV: 'production',
    PORT: '0',
    BATON_DATA_DIR: '/nonexistent',
    BATON_AUTO_MIGRATE: 'true',
    // The benchmarks send hundreds of messages from one visitor: limits stay on (their cost is
    // measured) but are far from reached.
    BATON_RATE_LIMIT_SCALE: '1000000',
  }),
  { pglite, log: () => {} },
);
const ctx: BenchContext = { server };
let failed = 0;
try {
  const only = process.env.BENCH_ONLY;
  for (const bench of only === 'assistant' ? [] : benchmarks.filter((b) => !only || b.key === only)) {
    const result = await bench.run(ctx);
    const ratio = result.subjectMs / result.baselineMs;
    const ok = ratio <= bench.maxRatio;
    if (!ok) failed += 1;
    console.log(
      `${ok ? 'ok  ' : 'SLOW'} ${bench.name}: ${ratio.toFixed(2)}× ${bench.baseline} ` +
        `(target ≤ ${bench.maxRatio}×; median ${result.subjectMs.toFixed(2)} ms vs ${result.baselineMs.toFixed(2)} ms)`,
    );
  }
  if (!only || only === 'assistant') {
    for (const budget of await assistantBudgets(server, signUp)) {
      const ok = budget.value <= budget.limit;
      if (!ok) failed += 1;
      const limit = Number.isFinite(budget.limit) ? ` (budget ≤ ${budget.limit} ${budget.unit})` : ' (reported)';
      console.log(
        `${ok ? 'ok  ' : 'OVER'} ${budget.name}: ${budget.value.toFixed(budget.unit === 'ms' ? 1 : 2)} ${budget.unit}${limit}${budget.note ? `; ${budget.note}` : ''}`,
      );
    }
  }
} finally {
  await server.close();
}
process.exit(failed ? 1 : 0);

// pnpm eval:assistant [set …] — starts a Baton server on a fresh embedded database with the
// offline assistant, runs every evaluation set in tests/fixtures/eval/ through the public API,
// prints per-kind accuracy, a confusion table and the failures, and writes
// eval-results/assistant.json. `travel-clinic` is the held-out set (never used to calibrate).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../api/src/config.js';
import { startServer } from '../api/src/server.js';
import { formatReport, heldOutSet, loadEvalSets, runEvalSet } from '../tests/eval/assistant-eval.js';
import { trustTestDocuments } from '../tests/helpers/trusted-documents.js';

const only = process.argv.slice(2);
const sets = loadEvalSets().filter((s) => only.length === 0 || only.includes(s.name));
const dataDir = mkdtempSync(join(tmpdir(), 'baton-eval-'));
const env = { ...process.env };
delete env.OPENAI_API_KEY;
delete env.DATABASE_URL;
delete env.REDIS_URL;
const server = await startServer(
  // Hundreds of widget sessions from 127.0.0.1: rate limits would stop the evaluation.
  parseConfig({
    ...env,
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    BATON_DATA_DIR: dataDir,
    BATON_RATE_LIMITS_ENABLED: 'false',
    // The evaluation sends the test suite's documents as a visitor (see tests/helpers/trusted-documents.ts).
    ...trustTestDocuments,
  }),
  { log: () => {} },
);
try {
  const reports = [];
  for (const set of sets) {
    const report = await runEvalSet(server.graphqlUrl, set);
    reports.push(report);
    console.log(formatReport(report, set.name === heldOutSet ? 'held out' : 'calibration'));
  }
  console.log('\n== summary');
  for (const r of reports) {
    console.log(
      `   ${r.name.padEnd(14)} ${(r.accuracy * 100).toFixed(1)}% (${r.correct}/${r.total})${r.name === heldOutSet ? ' held out' : ''}; handed off ${r.mustHandOff.handedOff}/${r.mustHandOff.total} explicit + built-in sensitive`,
    );
  }
  mkdirSync('eval-results', { recursive: true });
  writeFileSync(
    'eval-results/assistant.json',
    JSON.stringify({ at: new Date().toISOString(), provider: 'offline', reports }, null, 2),
  );
  console.log('   written to eval-results/assistant.json');
} finally {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}

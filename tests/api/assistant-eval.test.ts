/**
 * Floors for the assistant evaluation (`pnpm eval:assistant` prints the full report): every set
 * in tests/fixtures/eval/ runs through the public API of a real server with the offline
 * assistant; a regression below a set's floor, or any explicit request or sensitive case not
 * handed off, fails. The README reports the measured figures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BatonServer } from '../../api/src/server.js';
import { formatReport, heldOutSet, loadEvalSets, runEvalSet } from '../eval/assistant-eval.js';
import { startTestServer } from '../helpers/server.js';

/** Right-decision floors, a little under the figures measured when they were set. */
const floors: Record<string, number> = {
  'acme-legacy': 0.95,
  'shoe-shop': 0.95,
  software: 0.95,
  [heldOutSet]: 0.9,
};

let server: BatonServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('assistant evaluation floors', () => {
  const sets = loadEvalSets();
  it('has the three help centres and the held-out set', () => {
    expect(sets.map((s) => s.name)).toEqual(expect.arrayContaining(['shoe-shop', 'software', heldOutSet]));
  });
  it.each(sets.map((s) => [s.name, s] as const))('%s', async (name, set) => {
    const report = await runEvalSet(server.graphqlUrl, set);
    console.log(formatReport(report, name === heldOutSet ? 'held out' : 'calibration'));
    expect(report.mustHandOff.handedOff, 'explicit requests and sensitive cases handed off').toBe(report.mustHandOff.total);
    expect(report.accuracy).toBeGreaterThanOrEqual(floors[name] ?? 0.95);
  }, 240_000);
});

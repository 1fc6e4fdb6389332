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

/**
 * Regression floors, a little under the figures measured when they were set (README, "Assistant"):
 * right decisions, and explicit requests + built-in sensitive cases handed off. The goals
 * (≥ 95 %, 90 % held out, 100 % handed off) are not met yet; raise these as the assistant improves.
 */
const floors: Record<string, { accuracy: number; handedOff: number }> = {
  'acme-legacy': { accuracy: 0.93, handedOff: 1 },
  'shoe-shop': { accuracy: 0.6, handedOff: 0.95 },
  software: { accuracy: 0.6, handedOff: 0.95 },
  [heldOutSet]: { accuracy: 0.58, handedOff: 0.9 },
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
  it.each(sets.map((s) => [s.name, s] as const))(
    '%s',
    async (name, set) => {
      const report = await runEvalSet(server.graphqlUrl, set);
      console.log(formatReport(report, name === heldOutSet ? 'held out' : 'calibration'));
      const floor = floors[name] ?? { accuracy: 0.95, handedOff: 1 };
      expect(
        report.mustHandOff.handedOff / report.mustHandOff.total,
        'explicit requests and sensitive cases handed off',
      ).toBeGreaterThanOrEqual(floor.handedOff);
      expect(report.accuracy).toBeGreaterThanOrEqual(floor.accuracy);
    },
    240_000,
  );
});

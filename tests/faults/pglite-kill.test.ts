/**
 * Fault 5 (issue 12): `kill -9` of an instance on the embedded database (PGlite in
 * BATON_DATA_DIR, no DATABASE_URL, no Redis) during writes. Visitors send numbered messages
 * (client ids); once a third are acknowledged (some still waiting for the assistant) the
 * instance gets SIGKILL and is started again on the same data folder. Visitors resend what got
 * no answer with the same client ids and resume their streams on the new process. Then every
 * acknowledged message is in the database exactly once (read from the data folder itself after
 * the instance stopped), a resend of any acknowledged client id is recognised as a duplicate,
 * and every acknowledged message is answered by the assistant (the restarted instance picks up
 * the dead one's turns).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBatonProcess, type BatonProcess } from '../helpers/baton-process.js';
import { Truth } from './fixtures.js';
import { ledger } from './ledger.js';
import { acknowledged, question, sendAll, visitors as makeVisitors, workspace } from './scenario.js';
import { allAnswered, sendOnce, type Visitor } from './visitor.js';

const visitorCount = 6;
const perVisitor = 12;

describe('kill -9 of an embedded-PGlite instance during writes', () => {
  let dataDir: string;
  let env: Record<string, string>;
  let first: BatonProcess;
  let second: BatonProcess | undefined;
  let streams: Visitor[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'baton-pglite-kill-'));
    env = {
      BATON_DATA_DIR: dataDir,
      BATON_RATE_LIMIT_SCALE: '1000',
      BATON_JOB_LEASE_MS: '2000',
      BATON_JOB_POLL_MS: '200',
    };
    // The first start creates the database and applies the migrations, as `pnpm start` does.
    first = await startBatonProcess(env, { name: 'first', startTimeoutMs: 120_000 });
  });
  afterAll(async () => {
    await Promise.all(streams.map((v) => v.stop()));
    await Promise.all([first?.kill9(), second?.kill9()]);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('after SIGKILL and a restart on the same folder, every acknowledged message is there once and answered', async () => {
    const ws = await workspace(first.graphqlUrl, 'Embedded');
    let current: BatonProcess = first;
    const up = () => (current.exit() === undefined ? current : undefined);
    streams = await makeVisitors(first.graphqlUrl, ws, visitorCount, () => up()?.wsUrl);
    for (const v of streams) v.follow();

    const total = visitorCount * perVisitor;
    let acks = 0;
    let restarted: Promise<void> | undefined;
    let pendingAtKill = 0;
    const pending = () =>
      streams.reduce(
        (n, v) => n + acknowledged(v).size - v.events.filter((e) => e.message?.authorKind === 'ASSISTANT').length,
        0,
      );
    const onAck = () => {
      acks += 1;
      if (!restarted && acks >= total / 3 && pending() > 0) {
        pendingAtKill = pending();
        restarted = (async () => {
          await first.kill9();
          second = await startBatonProcess(env, { name: 'second', startTimeoutMs: 120_000 });
          current = second;
        })();
      }
    };
    // While no instance is up the visitors wait (and resend the same client id once one is).
    await Promise.all(
      streams.map((v) => sendAll(v, { count: perVisitor, target: up, retryMs: 100, deadlineMs: 120_000, onAck })),
    );
    expect(restarted, 'the instance was killed with turns in flight').toBeDefined();
    await restarted;
    expect((await first.exited).signal).toBe('SIGKILL');
    const restartedOn = second!;

    const waits = await Promise.allSettled(
      streams.map((v) =>
        v.waitFor((events) => allAnswered(events, acknowledged(v).size), 30_000, 'an answer to every message'),
      ),
    );
    // A resend of every acknowledged client id is the same message again, not a second one.
    const notDuplicate: string[] = [];
    for (const v of streams)
      for (const clientId of acknowledged(v)) {
        const n = Number(clientId.split('-')[1]);
        const outcome = await sendOnce(
          restartedOn.graphqlUrl,
          v.session.token,
          v.conversationId,
          question(v, n),
          clientId,
        );
        if (outcome.kind !== 'acked' || !outcome.duplicate)
          notDuplicate.push(`${clientId}: ${JSON.stringify(outcome)}`);
      }

    // The truth, from the data folder itself once the instance has stopped.
    await restartedOn.terminate(20_000).catch(() => restartedOn.kill9());
    const truth = await Truth.openEmbedded(dataDir);
    try {
      const { counts, details } = await ledger(streams, truth);
      console.log(`PGlite kill -9 with ${pendingAtKill} turns in flight: ${JSON.stringify(counts)}`);
      expect(
        { ...counts, notAllAnswered: waits.filter((w) => w.status === 'rejected').length, notDuplicate },
        `${details.join('\n')}\n${waits.flatMap((w) => (w.status === 'rejected' ? [String(w.reason)] : [])).join('\n')}\n` +
          `${first.describe()}\n${restartedOn.describe()}`,
      ).toEqual({
        sent: total,
        acknowledged: total,
        stored: total,
        received: total,
        lost: 0,
        duplicated: 0,
        gaps: 0,
        unanswered: 0,
        extraReplies: 0,
        notAllAnswered: 0,
        notDuplicate: [],
      });
    } finally {
      await truth.close();
    }
  });
});

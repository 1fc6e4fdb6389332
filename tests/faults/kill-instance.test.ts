/**
 * Fault 1 (issue 12): `kill -9` of an instance mid-stream. Two instances A and B on one
 * PostgreSQL and a Redis this test starts; visitors follow their conversations on A and send
 * numbered messages (client ids) to A. Once a third of them are acknowledged, A gets SIGKILL.
 * Visitors resend what got no answer to B with the same client ids and resume their streams on
 * B after the last sequence they saw. Then: no acknowledged message lost or stored twice, no
 * stream gap or repeat, and every acknowledged visitor message answered by the assistant — the
 * turns A had taken are picked up by B once their lease (BATON_JOB_LEASE_MS) expires.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBatonProcess, type BatonProcess } from '../helpers/baton-process.js';
import { startRedisServer, type RedisServer } from '../helpers/redis-server.js';
import { freshDatabase, instanceEnv, Truth } from './fixtures.js';
import { ledger } from './ledger.js';
import { acknowledged, sendAll, visitors as makeVisitors, workspace } from './scenario.js';
import { allAnswered, type Visitor } from './visitor.js';

const visitorCount = 8;
const perVisitor = 12;

describe.skipIf(!process.env.DATABASE_URL)('kill -9 of an instance mid-stream (PostgreSQL + Redis)', () => {
  let redis: RedisServer;
  let truth: Truth;
  let a: BatonProcess;
  let b: BatonProcess;
  let visitors: Visitor[] = [];

  beforeAll(async () => {
    redis = await startRedisServer();
    const databaseUrl = await freshDatabase();
    truth = await Truth.open(databaseUrl);
    const env = { ...instanceEnv, DATABASE_URL: databaseUrl, REDIS_URL: redis.url };
    a = await startBatonProcess(env, { name: 'A' });
    b = await startBatonProcess(env, { name: 'B' });
  });
  afterAll(async () => {
    await Promise.all(visitors.map((v) => v.stop()));
    await Promise.all([a?.kill9(), b?.kill9()]);
    await truth?.close();
    await redis?.stop();
  });

  it('clients resume on B without gaps; every acknowledged message is stored once and answered', async () => {
    const ws = await workspace(a.graphqlUrl, 'Kill Nine');
    const alive = () => (a.exit() === undefined ? a : b);
    visitors = await makeVisitors(a.graphqlUrl, ws, visitorCount, () => alive().wsUrl);
    for (const v of visitors) v.follow();

    // A dies once a third of the messages are acknowledged and some of them still wait for
    // their answer (as far as the streams show): turns in flight on A.
    let acks = 0;
    let pendingAtKill = -1;
    const pending = () =>
      visitors.reduce(
        (n, v) => n + acknowledged(v).size - v.events.filter((e) => e.message?.authorKind === 'ASSISTANT').length,
        0,
      );
    const onAck = () => {
      acks += 1;
      if (pendingAtKill < 0 && acks >= (visitorCount * perVisitor) / 3 && pending() > 0) {
        pendingAtKill = pending();
        void a.kill9();
      }
    };
    await Promise.all(visitors.map((v) => sendAll(v, { count: perVisitor, target: alive, onAck })));
    expect(pendingAtKill, 'A was killed with turns in flight').toBeGreaterThan(0);
    expect((await a.exited).signal).toBe('SIGKILL');

    // Every acknowledged message answered, as each visitor's own stream (now on B) shows.
    const waits = await Promise.allSettled(
      visitors.map((v) =>
        v.waitFor((events) => allAnswered(events, acknowledged(v).size), 30_000, 'an answer to every message'),
      ),
    );
    const { counts, details } = await ledger(visitors, truth);
    console.log(`kill -9 with ${pendingAtKill} turns in flight: ${JSON.stringify(counts)}`);
    expect(
      { ...counts, unansweredOnStreams: waits.filter((w) => w.status === 'rejected').length },
      `${details.join('\n')}\n${waits.flatMap((w) => (w.status === 'rejected' ? [String(w.reason)] : [])).join('\n')}\n${b.describe()}`,
    ).toEqual({
      sent: visitorCount * perVisitor,
      acknowledged: visitorCount * perVisitor,
      stored: visitorCount * perVisitor,
      received: visitorCount * perVisitor,
      lost: 0,
      duplicated: 0,
      gaps: 0,
      unanswered: 0,
      extraReplies: 0,
      unansweredOnStreams: 0,
    });
    // The streams really moved: each visitor resubscribed on B, and B kept running.
    for (const v of visitors) expect(v.subscribedOn.at(-1)).toBe(b.wsUrl);
    expect(b.exit(), b.describe()).toBeUndefined();
  });
});

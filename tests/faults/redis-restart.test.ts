/**
 * Fault 2 (issue 12): Redis killed and restarted mid-stream. Two instances A and B on one
 * PostgreSQL and a Redis this test starts (and kills). Each conversation is followed by two
 * subscribers, the visitor's socket on A and another on B; visitors send to A and B in turn.
 * After a quarter of the messages Redis gets SIGKILL; writes go on while both instances'
 * `/ready` say pub/sub is down; then Redis comes back on the same port and `/ready` says up.
 * Then: no instance exited, every write was acknowledged, and every subscriber received every
 * event — each visitor message within 2 s of its acknowledgement (the stream check,
 * BATON_STREAM_CHECK_MS, default 1 s) — on its first subscription, without reconnecting.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBatonProcess, type BatonProcess } from '../helpers/baton-process.js';
import { startRedisServer, type RedisServer } from '../helpers/redis-server.js';
import { freshDatabase, instanceEnv, Truth, until } from './fixtures.js';
import { ledger } from './ledger.js';
import { acknowledged, ready, sendAll, visitors as makeVisitors, within, workspace } from './scenario.js';
import { allAnswered, Visitor } from './visitor.js';

const visitorCount = 6;
const perVisitor = 16;
const deliveryBoundMs = 2000;

describe.skipIf(!process.env.DATABASE_URL)('Redis restart mid-stream (PostgreSQL + Redis)', () => {
  let redis: RedisServer;
  let truth: Truth;
  let a: BatonProcess;
  let b: BatonProcess;
  const streams: Visitor[] = [];

  beforeAll(async () => {
    redis = await startRedisServer();
    const databaseUrl = await freshDatabase();
    truth = await Truth.open(databaseUrl);
    const env = { ...instanceEnv, DATABASE_URL: databaseUrl, REDIS_URL: redis.url };
    a = await startBatonProcess(env, { name: 'A' });
    b = await startBatonProcess(env, { name: 'B' });
  });
  afterAll(async () => {
    await Promise.all(streams.map((v) => v.stop()));
    await Promise.all([a?.kill9(), b?.kill9()]);
    await truth?.close();
    await redis?.stop();
  });

  it('no instance exits; every subscriber gets every event within 2 s without reconnecting; /ready shows the outage', async () => {
    const ws = await workspace(a.graphqlUrl, 'Redis Restart');
    const senders = await makeVisitors(a.graphqlUrl, ws, visitorCount, () => a.wsUrl, 'a');
    const watchers = senders.map((v) => new Visitor(`${v.name}@B`, v.session, { wsTarget: () => b.wsUrl }));
    streams.push(...senders, ...watchers);
    for (const v of streams) v.follow();
    const instances = [a, b];
    const died = () => instances.some((i) => i.exit() !== undefined);
    const deaths = (when: string) =>
      new Error(
        `an instance exited ${when}:\n${instances
          .filter((i) => i.exit() !== undefined)
          .map((i) => i.describe())
          .join('\n')}`,
      );
    const total = visitorCount * perVisitor;

    let acks = 0;
    let killAt: () => void = () => {};
    const quarter = new Promise<void>((resolve) => (killAt = resolve));
    let acksInOutage = 0;
    let outage = false;
    const readiness: Array<{ instance: string; pubsub: unknown; status: number }> = [];

    // The outage: Redis killed after a quarter of the messages, restarted once both instances
    // report it down and writes have gone on meanwhile; the last quarter waits for that.
    const outageDone = (async () => {
      await quarter;
      await redis.kill();
      outage = true;
      for (const instance of instances)
        await until(
          `${instance.name}'s /ready to report pub/sub down`,
          async () => {
            if (died()) throw deaths('during the Redis outage');
            // An instance dying while asked fails the request: the next round names it.
            const answer = await ready(instance.url).catch(() => undefined);
            if (!answer) return false;
            const { status, body } = answer;
            readiness.push({ instance: instance.name, pubsub: body.pubsub, status });
            return body.pubsub === 'down' && status === 503;
          },
          15_000,
        );
      await until('writes during the outage', () => died() || acksInOutage >= visitorCount * 2, 30_000);
      if (died()) throw deaths('during the Redis outage');
      outage = false;
      await redis.restart();
      for (const instance of instances)
        await until(
          `${instance.name}'s /ready to report pub/sub up`,
          async () => {
            if (died()) throw deaths('after Redis came back');
            // An instance dying while asked fails the request: the next round names it.
            const answer = await ready(instance.url).catch(() => undefined);
            if (!answer) return false;
            const { status, body } = answer;
            readiness.push({ instance: instance.name, pubsub: body.pubsub, status });
            return body.pubsub === 'up' && status === 200;
          },
          15_000,
        );
    })();
    // Settled here (the senders wait on it too); its failure is reported after the sends.
    const outageFailure = outageDone.then(
      () => undefined,
      (error: unknown) => error,
    );

    await Promise.all(
      senders.map((v) =>
        sendAll(v, {
          count: perVisitor,
          stopIf: died,
          gate: (n) => (n >= (perVisitor * 3) / 4 ? outageFailure.then(() => {}) : undefined),
          onAck: () => {
            acks += 1;
            if (outage) acksInOutage += 1;
            if (acks >= total / 4) killAt();
          },
          ...alternate(),
        }),
      ),
    );
    const failure = await outageFailure;
    if (failure) throw failure;

    const waits = await Promise.allSettled(
      streams.map((v) =>
        within(
          v.waitFor((events) => allAnswered(events, acknowledged(senderOf(v)).size), 15_000, 'every answer'),
          20_000,
          v.name,
        ),
      ),
    );
    const { counts, details } = await ledger(senders, truth, streams);
    const late = lateDeliveries();
    console.log(
      `Redis restart: ${JSON.stringify(counts)}; acknowledged during the outage ${acksInOutage}; ` +
        `slowest delivery ${Math.max(0, ...late.all)} ms`,
    );
    for (const instance of instances) expect(instance.exit(), instance.describe()).toBeUndefined();
    expect(
      {
        ...counts,
        notAllAnswered: waits.filter((w) => w.status === 'rejected').length,
        reconnected: streams.filter((v) => v.subscriptions !== 1 || v.closeCodes.length > 0).map((v) => v.name),
        deliveredLate: late.over,
      },
      `${details.join('\n')}\n${waits.flatMap((w) => (w.status === 'rejected' ? [String(w.reason)] : [])).join('\n')}`,
    ).toEqual({
      sent: total,
      acknowledged: total,
      stored: total,
      received: total * 2,
      lost: 0,
      duplicated: 0,
      gaps: 0,
      unanswered: 0,
      extraReplies: 0,
      notAllAnswered: 0,
      reconnected: [],
      deliveredLate: [],
    });
    expect(acksInOutage).toBeGreaterThanOrEqual(visitorCount * 2);
    for (const instance of ['A', 'B']) {
      const seen = readiness.filter((r) => r.instance === instance).map((r) => r.pubsub);
      expect(seen, instance).toContain('down');
      expect(seen.at(-1), instance).toBe('up');
    }

    /** The sending visitor of a stream (itself, or the one whose session a watcher shares). */
    function senderOf(stream: Visitor): Visitor {
      return senders.find((s) => s.conversationId === stream.conversationId)!;
    }

    /** Visitor messages that reached a subscriber later than the bound after their acknowledgement. */
    function lateDeliveries(): { all: number[]; over: string[] } {
      const all: number[] = [];
      const over: string[] = [];
      for (const stream of streams) {
        for (const attempt of senderOf(stream).attempts) {
          if (attempt.outcome.kind !== 'acked') continue;
          const arrived = stream.arrivedAt.get(attempt.outcome.seq);
          const delay = arrived === undefined ? Infinity : arrived - attempt.finishedAt;
          all.push(delay);
          if (delay > deliveryBoundMs) over.push(`${stream.name} seq ${attempt.outcome.seq}: ${delay} ms`);
        }
      }
      return { all: all.filter(Number.isFinite), over };
    }
  });

  /** Visitors send to A and B in turn. */
  function alternate(): { target: () => BatonProcess } {
    let n = 0;
    return { target: () => (n++ % 2 === 0 ? a : b) };
  }
});

/**
 * Live conversation streams with resume (guarantee 3). A subscriber first makes sure its live
 * listener is attached (it publishes a probe on the topic and waits to hear it back — with
 * Redis, SUBSCRIBE is asynchronous), then replays every stored event after the sequence it
 * last saw, then continues live. Live events at or below the cursor are dropped (no
 * duplicates); a live event that skips ahead triggers a catch-up read from the log (no gaps),
 * which also covers events published out of order by different instances.
 *
 * A publish lost after commit (Redis down, restarting) is found by the stream check
 * (stream-check.ts): every stream follows its conversation there, and is nudged to read the log
 * when the conversation's `lastSeq` is past its cursor — at most `config.streamCheckMs` later,
 * and at once when the Redis subscriber is back. With in-process pub/sub (no REDIS_URL) no publish
 * can be lost and the check has no timer. So when pub/sub is down a new stream does not
 * wait for its probe (it would never come back): it reads the log and relies on the check; when
 * pub/sub is up but the probe is not heard within `probeTimeoutMs`, likewise.
 *
 * Inbox notifications (`inbox`) have no log: one published while Redis is down is not delivered
 * later. The inbox refetches its lists when its socket reconnects; a conversation open in it is a
 * conversation stream and is caught up.
 */
import { randomUUID } from 'node:crypto';
import { Repeater } from '@repeaterjs/repeater';
import type { AgentViewer, VisitorViewer } from '../../auth/viewer.js';
import { isEphemeral, type InboxEvent, type ReadyProbe, type StreamEvent } from '../../events/types.js';
import type { PrismaClient } from '../../db/database.js';
import type { BatonPubSub } from '../../events/pubsub.js';
import type { ConversationEvent } from '../../generated/prisma/client.js';
import { AsyncQueue } from './async-queue.js';
import type { ServiceDeps } from '../deps.js';
import { visibleConversation } from './access.js';
import { StreamCheck } from './stream-check.js';

const stop = Symbol('stop');
/** Queued by the stream check: the log is ahead of the cursor. */
const behind = Symbol('behind');
const probeEveryMs = 25;
const probeTimeoutMs = 2000;
const catchUpBatch = 500;

function fromLog(row: ConversationEvent): StreamEvent {
  return {
    ...(row.payload as object),
    conversationId: row.conversationId,
    seq: row.seq,
    kind: row.kind as StreamEvent['kind'],
    internal: row.internal,
    at: row.createdAt.toISOString(),
  };
}

export class ConversationStreams {
  /** Finds streams behind their conversation's `lastSeq` (lost publishes). */
  readonly check: StreamCheck;

  constructor(private readonly deps: ServiceDeps) {
    this.check = new StreamCheck({
      prisma: deps.prisma,
      // In-process pub/sub delivers every publish: nothing to look for between reconnects.
      intervalMs: deps.pubsub.kind === 'redis' ? deps.config.streamCheckMs : null,
      log: deps.log ?? ((message) => console.warn(message)),
    });
    deps.pubsub.onReconnect(() => void this.check.checkNow());
  }

  /** Stops the stream check's timer (app shutdown). */
  close(): Promise<void> {
    return this.check.stop();
  }

  /**
   * Events of one conversation after `afterSeq` (or from now when null), then live ones.
   * Throws NotFoundError before streaming anything when the viewer may not see it.
   */
  async conversation(
    viewer: AgentViewer | VisitorViewer,
    conversationId: string,
    afterSeq: number | null,
  ): Promise<AsyncIterable<StreamEvent>> {
    await visibleConversation(this.deps.prisma, viewer, conversationId);
    const visible = (event: StreamEvent) => !(viewer.kind === 'visitor' && event.internal);
    const transport = this.deps.pubsub;
    const { prisma } = this.deps;
    const check = this.check;

    return new Repeater<StreamEvent>(async (push, stopped) => {
      const queue = new AsyncQueue<Queued>();
      const live = listenLive(transport, conversationId, queue);
      void stopped.then(() => queue.push(stop));

      // The last sequence passed on (or skipped as not visible); known once the start is read.
      let cursor = 0;
      let started = false;
      let nudged = false;
      const unfollow = check.follow(conversationId, {
        cursor: () => (started ? cursor : null),
        nudge: () => {
          if (nudged) return; // one pending catch-up covers every later check
          nudged = true;
          queue.push(behind);
        },
      });
      const catchUp = (upTo?: number) =>
        readLog(prisma, conversationId, cursor, upTo, async (event) => {
          cursor = event.seq;
          if (visible(event)) await push(event);
        });

      try {
        await live.attached();
        cursor =
          afterSeq ??
          (await prisma.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: { lastSeq: true } }))
            .lastSeq;
        started = true;
        await catchUp();
        for (;;) {
          const item = await queue.next();
          if (item === stop) break;
          if (item === behind) {
            nudged = false;
            await catchUp();
          } else if (isEphemeral(item)) {
            // Made before the last event we delivered (e.g. a draft racing a take-over): stale.
            if (item.seq >= cursor && visible(item)) await push(item);
          } else if (item.seq > cursor + 1) {
            await catchUp(item.seq);
          } else if (item.seq === cursor + 1) {
            cursor = item.seq;
            if (visible(item)) await push(item);
          }
        }
      } finally {
        unfollow();
        await live.close();
      }
    });
  }

  /** A workspace's inbox notifications, live (clients refetch lists after reconnecting). */
  inbox(agent: AgentViewer): AsyncIterable<InboxEvent> {
    return this.deps.pubsub.pubsub.subscribe('inbox', agent.workspaceId);
  }
}

type Queued = StreamEvent | typeof stop | typeof behind;

/**
 * Listens to the conversation's topic, stream events into `queue`. `attached()` resolves once the
 * listener has heard its own probe, or at once when pub/sub is down, or after `probeTimeoutMs`
 * (then the stream check covers what the listener misses).
 */
function listenLive(transport: BatonPubSub, conversationId: string, queue: AsyncQueue<Queued>) {
  const { pubsub } = transport;
  const probe = randomUUID();
  let heard!: () => void;
  const ready = new Promise<void>((resolve) => (heard = resolve));
  const live = pubsub.subscribe('conversation', conversationId)[Symbol.asyncIterator]();
  const pump = (async () => {
    for (;;) {
      const next = await live.next();
      if (next.done) return;
      const value = next.value as StreamEvent | ReadyProbe;
      if ('probe' in value) {
        if (value.probe === probe) heard();
      } else {
        queue.push(value);
      }
    }
  })();
  return {
    attached: async (): Promise<boolean> => {
      const deadline = Date.now() + probeTimeoutMs;
      while (transport.connected() && Date.now() < deadline) {
        pubsub.publish('conversation', conversationId, { probe });
        if (await Promise.race([ready.then(() => true), sleep(probeEveryMs).then(() => false)])) return true;
      }
      return false;
    },
    close: async () => {
      await live.return?.();
      await pump.catch(() => {});
    },
  };
}

/** Calls `each` for every stored event after `after` (up to `upTo`), in order, in batches. */
async function readLog(
  prisma: PrismaClient,
  conversationId: string,
  after: number,
  upTo: number | undefined,
  each: (event: StreamEvent) => Promise<void>,
): Promise<void> {
  let from = after;
  for (;;) {
    const rows = await prisma.conversationEvent.findMany({
      where: { conversationId, seq: { gt: from, ...(upTo !== undefined && { lte: upTo }) } },
      orderBy: { seq: 'asc' },
      take: catchUpBatch,
    });
    for (const row of rows) {
      from = row.seq;
      await each(fromLog(row));
    }
    if (rows.length < catchUpBatch) return;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

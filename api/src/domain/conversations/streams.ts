/**
 * Live conversation streams with resume (guarantee 3). A subscriber first makes sure its live
 * listener is attached (it publishes a probe on the topic and waits to hear it back — with
 * Redis, SUBSCRIBE is asynchronous), then replays every stored event after the sequence it
 * last saw, then continues live. Live events at or below the cursor are dropped (no
 * duplicates); a live event that skips ahead triggers a catch-up read from the log (no gaps),
 * which also covers events published out of order by different instances.
 */
import { randomUUID } from 'node:crypto';
import { Repeater } from '@repeaterjs/repeater';
import type { AgentViewer, VisitorViewer } from '../../auth/viewer.js';
import { isEphemeral, type InboxEvent, type ReadyProbe, type StreamEvent } from '../../events/types.js';
import type { ConversationEvent } from '../../generated/prisma/client.js';
import { AsyncQueue } from './async-queue.js';
import type { ServiceDeps } from '../deps.js';
import { visibleConversation } from './access.js';

const stop = Symbol('stop');
const probeEveryMs = 25;
const probeTimeoutMs = 10_000;
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
  constructor(private readonly deps: ServiceDeps) {}

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
    const { pubsub } = this.deps.pubsub;
    const prisma = this.deps.prisma;

    return new Repeater<StreamEvent>(async (push, stopped) => {
      const queue = new AsyncQueue<StreamEvent | typeof stop>();
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
      void stopped.then(() => queue.push(stop));

      try {
        const deadline = Date.now() + probeTimeoutMs;
        let listening = false;
        while (!listening && Date.now() < deadline) {
          await pubsub.publish('conversation', conversationId, { probe });
          listening = await Promise.race([ready.then(() => true), sleep(probeEveryMs).then(() => false)]);
        }
        if (!listening) throw new Error('The live event listener did not start in time.');

        let cursor =
          afterSeq ??
          (await prisma.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: { lastSeq: true } }))
            .lastSeq;

        const catchUp = async (upTo?: number) => {
          for (;;) {
            const rows = await prisma.conversationEvent.findMany({
              where: { conversationId, seq: { gt: cursor, ...(upTo !== undefined && { lte: upTo }) } },
              orderBy: { seq: 'asc' },
              take: catchUpBatch,
            });
            for (const row of rows) {
              cursor = row.seq;
              const event = fromLog(row);
              if (visible(event)) await push(event);
            }
            if (rows.length < catchUpBatch) return;
          }
        };

        await catchUp();
        for (;;) {
          const item = await queue.next();
          if (item === stop) break;
          if (isEphemeral(item)) {
            // Made before the last event we delivered (e.g. a draft racing a take-over): stale.
            if (item.seq >= cursor && visible(item)) await push(item);
            continue;
          }
          if (item.seq <= cursor) continue;
          if (item.seq > cursor + 1) {
            await catchUp(item.seq);
            continue;
          }
          cursor = item.seq;
          if (visible(item)) await push(item);
        }
      } finally {
        await live.return?.();
        await pump.catch(() => {});
      }
    });
  }

  /** A workspace's inbox notifications, live (clients refetch lists after reconnecting). */
  inbox(agent: AgentViewer): AsyncIterable<InboxEvent> {
    return this.deps.pubsub.pubsub.subscribe('inbox', agent.workspaceId);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

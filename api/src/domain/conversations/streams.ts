/**
 * Live conversation streams with resume (guarantee 3). A subscriber first makes sure the live
 * topic of its conversation is heard on this instance, then reads the conversation (who may see
 * it, and its `lastSeq`) in one query, replays every stored event after the sequence it last saw
 * — no query when that is already the last one — then continues live. Live events at or below
 * the cursor are dropped (no duplicates); a live event that skips ahead triggers a catch-up read
 * from the log (no gaps), which also covers events published out of order by different instances.
 *
 * Streams listen through one pub/sub subscription per conversation per instance (local-topics.ts).
 *
 * A publish lost after commit (Redis down, restarting) is found by the stream check
 * (stream-check.ts): every stream follows its conversation there, and is nudged to read the log
 * when the conversation's `lastSeq` is past its cursor — at most `config.streamCheckMs` later,
 * and at once when the Redis subscriber is back. With in-process pub/sub (no REDIS_URL) no publish
 * can be lost and the check has no timer. So when the transport cannot confirm a new topic (Redis
 * down, or no answer within `listenTimeoutMs`) a stream does not wait: it reads the log and relies
 * on the check.
 *
 * Inbox notifications (`inbox`) have no log: one published while Redis is down is not delivered
 * later. The inbox refetches its lists when its socket reconnects; a conversation open in it is a
 * conversation stream and is caught up.
 */
import type { AgentViewer, VisitorViewer } from '../../auth/viewer.js';
import type { InboxEvent, StreamEvent } from '../../events/types.js';
import type { PrismaClient } from '../../db/database.js';
import type { ConversationEvent } from '../../generated/prisma/client.js';
import { LiveStream } from './live-stream.js';
import { LocalTopics } from './local-topics.js';
import type { ServiceDeps } from '../deps.js';
import { visibleConversation } from './access.js';
import { StreamCheck } from './stream-check.js';

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
  private readonly topics: LocalTopics;

  constructor(private readonly deps: ServiceDeps) {
    this.check = new StreamCheck({
      prisma: deps.prisma,
      // In-process pub/sub delivers every publish: nothing to look for between reconnects.
      intervalMs: deps.pubsub.kind === 'redis' ? deps.config.streamCheckMs : null,
      log: deps.log ?? ((message) => console.warn(message)),
    });
    deps.pubsub.onReconnect(() => void this.check.checkNow());
    this.topics = new LocalTopics(deps.pubsub);
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
    const { prisma } = this.deps;
    let stream: LiveStream | null = null;
    const early: StreamEvent[] = [];
    // Live events are kept from here on, before the conversation is read: none falls between.
    const live = this.topics.listen(conversationId, (event) => (stream ? stream.offer(event) : early.push(event)));
    let lastSeq: number;
    try {
      await live.heard;
      ({ lastSeq } = await visibleConversation(prisma, viewer, conversationId));
    } catch (error) {
      live.stop();
      throw error;
    }
    let unfollow = () => {};
    const started: LiveStream = new LiveStream({
      cursor: afterSeq ?? lastSeq,
      lastSeq,
      visible: (event) => !(viewer.kind === 'visitor' && event.internal),
      readLog: (after, upTo, each) => readLog(prisma, conversationId, after, upTo, each),
      onEnd: () => {
        unfollow();
        live.stop();
      },
    });
    stream = started;
    for (const event of early) started.offer(event);
    unfollow = this.check.follow(conversationId, { cursor: () => started.position, nudge: () => started.nudge() });
    return started;
  }

  /** A workspace's inbox notifications, live (clients refetch lists after reconnecting). */
  inbox(agent: AgentViewer): AsyncIterable<InboxEvent> {
    return this.deps.pubsub.pubsub.subscribe('inbox', agent.workspaceId);
  }
}

/** Calls `each` for every stored event after `after` (up to `upTo`), in order, in batches. */
async function readLog(
  prisma: PrismaClient,
  conversationId: string,
  after: number,
  upTo: number | undefined,
  each: (event: StreamEvent) => void,
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
      each(fromLog(row));
    }
    if (rows.length < catchUpBatch) return;
  }
}

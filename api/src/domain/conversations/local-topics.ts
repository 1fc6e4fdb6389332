/**
 * One pub/sub subscription per followed conversation on this instance. Every stream of that
 * conversation here listens through it, so an event reaches the instance once and is handed to
 * its streams in order; a new stream on a conversation already followed is live at once, and only
 * the first one waits for the transport to confirm (with Redis, SUBSCRIBE is asynchronous) —
 * without publishing anything, so no other subscriber hears of a new one. The subscription ends
 * with its last listener.
 */
import type { BatonPubSub } from '../../events/pubsub.js';
import type { StreamEvent } from '../../events/types.js';

/** How long a listener waits for the transport to confirm a new topic (then the stream check covers it). */
export const listenTimeoutMs = 2000;

export interface Listening {
  /** Resolves once the topic is heard on this instance, or is known not to be for now. */
  heard: Promise<void>;
  /** Stops handing events to this listener (idempotent). */
  stop(): void;
}

type Listener = (event: StreamEvent) => void;

interface Topic {
  listeners: Set<Listener>;
  heard: Promise<void>;
  close(): void;
}

export class LocalTopics {
  private readonly topics = new Map<string, Topic>();

  constructor(private readonly transport: BatonPubSub) {}

  /** Conversations with a subscription on this instance. */
  get size(): number {
    return this.topics.size;
  }

  listen(conversationId: string, listener: Listener): Listening {
    const topic = this.topics.get(conversationId) ?? this.open(conversationId);
    topic.listeners.add(listener);
    let stopped = false;
    return {
      heard: topic.heard,
      stop: () => {
        if (stopped) return;
        stopped = true;
        topic.listeners.delete(listener);
        if (topic.listeners.size > 0) return;
        if (this.topics.get(conversationId) === topic) this.topics.delete(conversationId);
        topic.close();
      },
    };
  }

  private open(conversationId: string): Topic {
    const listeners = new Set<Listener>();
    const events = this.transport.pubsub.subscribe('conversation', conversationId)[Symbol.asyncIterator]();
    // The first next() attaches the subscription to the transport.
    const first = events.next();
    void (async () => {
      for (let next = await first; !next.done; next = await events.next()) {
        for (const listener of listeners) listener(next.value);
      }
    })().catch(() => {});
    const topic: Topic = {
      listeners,
      heard: within(this.transport.listening('conversation', conversationId), listenTimeoutMs),
      close: () => void events.return?.(),
    };
    this.topics.set(conversationId, topic);
    return topic;
  }
}

/** Resolves when `promise` settles or after `ms`, whichever comes first. */
function within(promise: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    promise.then(done, done);
  });
}

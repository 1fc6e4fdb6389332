/**
 * The Redis transport of GraphQL pub/sub, built to survive a Redis outage. It replaces
 * `@graphql-yoga/redis-event-target`, which cannot be made safe: its `dispatchEvent` calls
 * `publishClient.publish()` and its listeners call `subscribe()` / `unsubscribe()` without
 * catching, so with ioredis's offline queue every publish during an outage longer than its retries
 * ends in an unhandled `MaxRetriesPerRequestError` (the process exits), and without the queue in an
 * unhandled "Stream isn't writeable".
 *
 * Here:
 * - both ioredis clients have their offline queue off (nothing piles up while Redis is down), a
 *   time limit per command, `error` listeners, and reconnect with backoff (at most 1 s apart);
 * - a publish while Redis is unreachable is dropped at once, never an unhandled rejection; one log
 *   line per outage says so, another when Redis answers again (with the count dropped). Events
 *   are still in the event log: conversation streams catch up from it (domain/conversations/
 *   stream-check.ts), so a dropped publish only delays delivery;
 * - the subscriber keeps the set of topics it must listen to itself (ioredis's auto-resubscribe is
 *   off: it forgets channels whose SUBSCRIBE failed during the outage) and subscribes to all of them
 *   on every (re)connection; once those are live it tells `onResubscribed` listeners, so they can
 *   look for what they missed.
 */
import { Redis, type RedisOptions } from 'ioredis';
import type { PubSubEventTarget } from 'graphql-yoga';
import type { Topics } from './pubsub.js';

export interface RedisEventTarget {
  eventTarget: PubSubEventTarget<Topics>;
  /** Both connections ready and every topic subscribed on the current connection. */
  connected(): boolean;
  /** Called each time the subscriber is live again after (re)connecting; returns an unsubscribe. */
  onResubscribed(listener: () => void): () => void;
  /**
   * Resolves once Redis has confirmed the SUBSCRIBE of a channel this instance listens to: true
   * when it is live, false when it is not for now (Redis unreachable; then the stream check covers it).
   */
  listening(channel: string): Promise<boolean>;
  close(): Promise<void>;
}

/** Reconnect delays: 100 ms, 200 ms, 400 ms, 800 ms, then every 1 s. */
function retryStrategy(times: number): number {
  return Math.min(50 * 2 ** Math.min(times, 5), 1000);
}

const clientOptions: RedisOptions = {
  enableOfflineQueue: false,
  maxRetriesPerRequest: 0,
  // A command Redis does not answer (paused, network black hole) fails instead of waiting forever.
  commandTimeout: 5000,
  connectTimeout: 5000,
  retryStrategy,
};

/** Channels per SUBSCRIBE command when resubscribing. */
const subscribeChunk = 1000;

type Callback = (event: CustomEvent) => void;
type CallbackOrObject = Callback | { handleEvent: Callback };

export function createRedisEventTarget(redisUrl: string, log: (message: string) => void): RedisEventTarget {
  const transport = new RedisTransport(redisUrl, log);
  return {
    eventTarget: transport.eventTarget(),
    connected: () => transport.connected(),
    onResubscribed: (listener) => transport.onResubscribed(listener),
    listening: (channel) => transport.listening(channel),
    close: () => transport.close(),
  };
}

class RedisTransport {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly callbacksForTopic = new Map<string, Set<Callback>>();
  private readonly resubscribedListeners = new Set<() => void>();
  /** SUBSCRIBE commands Redis has not answered yet, by channel. */
  private readonly subscribing = new Map<string, Promise<boolean>>();
  private closed = false;
  private subscribed = false;
  private outage = false;
  private dropped = 0;

  constructor(
    redisUrl: string,
    private readonly log: (message: string) => void,
  ) {
    this.publisher = new Redis(redisUrl, clientOptions);
    this.subscriber = new Redis(redisUrl, { ...clientOptions, autoResubscribe: false });
    this.publisher.on('error', (error: Error) => this.down(error.message));
    this.subscriber.on('error', (error: Error) => this.down(error.message));
    this.publisher.on('close', () => this.down('connection closed'));
    this.subscriber.on('close', () => {
      this.subscribed = false;
      this.down('connection closed');
    });
    this.publisher.on('ready', () => this.upAgain());
    this.subscriber.on('ready', () => void this.resubscribe());
    this.subscriber.on('message', (channel: string, message: string) => this.deliver(channel, message));
  }

  connected(): boolean {
    return this.publisher.status === 'ready' && this.subscriber.status === 'ready' && this.subscribed;
  }

  listening(channel: string): Promise<boolean> {
    if (!this.callbacksForTopic.has(channel)) return Promise.resolve(false);
    return this.subscribing.get(channel) ?? Promise.resolve(this.connected());
  }

  onResubscribed(listener: () => void): () => void {
    this.resubscribedListeners.add(listener);
    return () => this.resubscribedListeners.delete(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.resubscribedListeners.clear();
    this.publisher.disconnect();
    this.subscriber.disconnect();
  }

  eventTarget(): PubSubEventTarget<Topics> {
    const callbackOf = (value: CallbackOrObject): Callback =>
      'handleEvent' in value ? (event) => value.handleEvent(event) : value;
    // removeEventListener receives the same object addEventListener got: map it to the wrapper.
    const wrappers = new WeakMap<object, Callback>();
    return {
      addEventListener: (topic: string, callbackOrObject: CallbackOrObject | null) => {
        if (!callbackOrObject) return;
        const callback = wrappers.get(callbackOrObject) ?? callbackOf(callbackOrObject);
        wrappers.set(callbackOrObject, callback);
        this.add(topic, callback);
      },
      removeEventListener: (topic: string, callbackOrObject: CallbackOrObject | null) => {
        const callback = callbackOrObject && wrappers.get(callbackOrObject);
        if (callback) this.remove(topic, callback);
      },
      dispatchEvent: (event: CustomEvent) => {
        this.publish(event.type, event.detail === undefined ? '' : JSON.stringify(event.detail));
        return true;
      },
    };
  }

  private add(topic: string, callback: Callback): void {
    let callbacks = this.callbacksForTopic.get(topic);
    if (!callbacks) {
      callbacks = new Set();
      this.callbacksForTopic.set(topic, callbacks);
      // Not ready: the next 'ready' subscribes every topic in the map.
      if (this.subscriber.status === 'ready') {
        const subscribed = this.subscriber.subscribe(topic).then(
          () => this.subscriber.status === 'ready',
          () => false,
        );
        this.subscribing.set(topic, subscribed);
        void subscribed.then(() => {
          if (this.subscribing.get(topic) === subscribed) this.subscribing.delete(topic);
        });
      }
    }
    callbacks.add(callback);
  }

  private remove(topic: string, callback: Callback): void {
    const callbacks = this.callbacksForTopic.get(topic);
    if (!callbacks) return;
    callbacks.delete(callback);
    if (callbacks.size > 0) return;
    this.callbacksForTopic.delete(topic);
    // Not ready: the old connection's subscriptions are gone with it.
    if (this.subscriber.status === 'ready') this.subscriber.unsubscribe(topic).catch(() => {});
  }

  private publish(channel: string, message: string): void {
    if (this.closed) return;
    if (this.publisher.status !== 'ready') {
      this.dropped += 1;
      this.down(`publisher ${this.publisher.status}`);
      return;
    }
    this.publisher.publish(channel, message).then(
      // A command that timed out while the connection stayed open ends the outage here.
      () => this.upAgain(),
      (error: unknown) => {
        this.dropped += 1;
        this.down(`publish failed: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
  }

  private deliver(channel: string, message: string): void {
    const callbacks = this.callbacksForTopic.get(channel);
    if (!callbacks) return;
    let detail: unknown;
    try {
      detail = message === '' ? null : JSON.parse(message);
    } catch {
      this.log(`pub/sub: ignored a message that is not JSON on ${channel}`);
      return;
    }
    const event = new CustomEvent(channel, { detail });
    for (const callback of callbacks) callback(event);
  }

  private async resubscribe(): Promise<void> {
    const topics = [...this.callbacksForTopic.keys()];
    try {
      for (let i = 0; i < topics.length; i += subscribeChunk) {
        await this.subscriber.subscribe(...topics.slice(i, i + subscribeChunk));
      }
    } catch (error) {
      // The connection went away again; the next 'ready' tries again.
      this.down(error instanceof Error ? error.message : String(error));
      return;
    }
    if (this.subscriber.status !== 'ready') return;
    this.subscribed = true;
    this.upAgain();
    for (const listener of this.resubscribedListeners) {
      try {
        listener();
      } catch (error) {
        this.log(`pub/sub: a resubscribe listener failed: ${String(error)}`);
      }
    }
  }

  private down(what: string): void {
    if (this.closed || this.outage) return;
    this.outage = true;
    this.log(
      `pub/sub: Redis unreachable (${what}); events are still stored, live delivery falls back to the periodic stream check until it answers`,
    );
  }

  private upAgain(): void {
    if (!this.outage || !this.connected()) return;
    this.outage = false;
    this.log(`pub/sub: Redis answers again${this.dropped ? ` (${this.dropped} publish(es) dropped meanwhile)` : ''}`);
    this.dropped = 0;
  }
}

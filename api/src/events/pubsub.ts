/**
 * GraphQL pub/sub: in-process by default, Redis when REDIS_URL is set, so that several API
 * instances serve one workspace. The Redis transport is our own (events/redis-event-target.ts):
 * a Redis outage never crashes the process — publishes are dropped meanwhile (the events are in
 * the event log and streams catch up from it) and `onReconnect` tells the streams to look.
 */
import { setMaxListeners } from 'node:events';
import { createPubSub, type PubSub } from 'graphql-yoga';
import type { Revocation } from '../auth/revocation.js';
import { createRedisEventTarget } from './redis-event-target.js';
import type { InboxEvent, PresenceEvent, StreamEvent, WebhookNotice } from './types.js';

export type Topics = {
  conversation: [conversationId: string, payload: StreamEvent];
  inbox: [workspaceId: string, payload: InboxEvent];
  /** A workspace turned auto-assignment on or off: every instance keeps the set of those on (domain/assignment). */
  autoAssignment: [payload: { workspaceId: string; on: boolean }];
  /** Teammates' presence (listeners/subscriber-fanout.ts). */
  presence: [workspaceId: string, payload: PresenceEvent];
  /** Webhook notices for a workspace's admins (listeners/webhook-owner-notice.ts). */
  webhookNotice: [workspaceId: string, payload: WebhookNotice];
  /** Every instance ends the sockets a revocation concerns (http/graphql-ws.ts). */
  revocation: [payload: Revocation];
};

export interface BatonPubSub {
  pubsub: PubSub<Topics>;
  kind: 'memory' | 'redis';
  /** Whether published events currently reach other instances (always true in memory). */
  connected(): boolean;
  /**
   * Calls `listener` each time the Redis subscriber is live again after (re)connecting: events
   * published while it was away never arrive (never called in memory). Returns an unsubscribe.
   */
  onReconnect(listener: () => void): () => void;
  /**
   * Resolves once a subscription to the topic (already started: its iterator's first `next()`
   * was called) hears what is published from now on — at once in memory, when Redis has
   * confirmed the SUBSCRIBE with Redis. False: not for now (Redis unreachable).
   */
  listening<K extends keyof Topics>(topic: K, id: string): Promise<boolean>;
  close(): Promise<void>;
}

export interface PubSubOptions {
  /** Outage and recovery lines (one each per outage). */
  log?: (message: string) => void;
}

export function createBatonPubSub(redisUrl: string | undefined, options: PubSubOptions = {}): BatonPubSub {
  if (!redisUrl) {
    // One listener per subscriber of a topic (every agent on a workspace's inbox): not a leak.
    const eventTarget = new EventTarget();
    setMaxListeners(0, eventTarget);
    return {
      pubsub: createPubSub<Topics>({ eventTarget }),
      kind: 'memory',
      connected: () => true,
      onReconnect: () => () => {},
      listening: async () => true,
      close: async () => {},
    };
  }
  const redis = createRedisEventTarget(redisUrl, options.log ?? ((message) => console.warn(message)));
  return {
    pubsub: createPubSub<Topics>({ eventTarget: redis.eventTarget }),
    kind: 'redis',
    connected: redis.connected,
    onReconnect: redis.onResubscribed,
    // createPubSub names a topic with an id `<topic>:<id>`.
    listening: (topic, id) => redis.listening(`${topic}:${id}`),
    close: redis.close,
  };
}

/**
 * GraphQL pub/sub: in-process by default, Redis (`@graphql-yoga/redis-event-target` + ioredis)
 * when REDIS_URL is set, so that several API instances serve one workspace.
 */
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub, type PubSub } from 'graphql-yoga';
import { Redis } from 'ioredis';
import type { Revocation } from '../auth/revocation.js';
import type { InboxEvent, ReadyProbe, StreamEvent } from './types.js';

export type Topics = {
  conversation: [conversationId: string, payload: StreamEvent | ReadyProbe];
  inbox: [workspaceId: string, payload: InboxEvent];
  /** Every instance ends the sockets a revocation concerns (http/graphql-ws.ts). */
  revocation: [payload: Revocation];
};

export interface BatonPubSub {
  pubsub: PubSub<Topics>;
  kind: 'memory' | 'redis';
  /** Whether published events currently reach other instances (always true in memory). */
  connected(): boolean;
  close(): Promise<void>;
}

export function createBatonPubSub(redisUrl: string | undefined): BatonPubSub {
  if (!redisUrl) {
    return { pubsub: createPubSub<Topics>(), kind: 'memory', connected: () => true, close: async () => {} };
  }
  const publishClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const subscribeClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const eventTarget = createRedisEventTarget({ publishClient, subscribeClient });
  return {
    pubsub: createPubSub<Topics>({ eventTarget }),
    kind: 'redis',
    connected: () => publishClient.status === 'ready' && subscribeClient.status === 'ready',
    close: async () => {
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  };
}

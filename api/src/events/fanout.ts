/** The listener that forwards committed domain events to GraphQL subscribers. */
import type { DomainEvents } from './bus.js';
import type { BatonPubSub } from './pubsub.js';

export function fanOutToSubscribers(events: DomainEvents, { pubsub }: BatonPubSub): void {
  events.on('conversation.event', ({ event }) => pubsub.publish('conversation', event.conversationId, event));
  events.on('inbox.event', (event) => pubsub.publish('inbox', event.workspaceId, event));
}

/**
 * The list of reactions to domain events. Each listener decides for itself which facts concern
 * it; add new reactions (webhooks, notifications) here.
 */
import type { Assistant } from '../assistant/assistant.js';
import type { DomainEvents } from '../events/bus.js';
import type { BatonPubSub } from '../events/pubsub.js';
import { accessRevocation } from './access-revocation.js';
import { assistantReplies } from './assistant-replies.js';
import { subscriberFanOut } from './subscriber-fanout.js';

export interface ListenerDeps {
  pubsub: BatonPubSub;
  assistant: Assistant;
}

export function registerListeners(events: DomainEvents, deps: ListenerDeps): () => void {
  const removers = [subscriberFanOut(deps.pubsub), assistantReplies(deps.assistant), accessRevocation(deps.pubsub)].map(
    (listener) => events.register(listener),
  );
  return () => removers.forEach((remove) => remove());
}

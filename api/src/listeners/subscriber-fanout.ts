/**
 * Forwards committed facts to GraphQL subscribers through pub/sub (in-process or Redis): every
 * conversation event to the conversation's topic, and the ones agents are notified of to the
 * workspace's inbox topic.
 *
 * Publishing waits for the next turn of the event loop (`setImmediate`, which keeps the order of
 * publishes): in memory, pub/sub serves every subscriber of this instance from the publish call
 * on, so a message to 5,000 widget sockets kept the mutation that wrote it waiting for all of
 * them. Now the mutation answers first.
 */
import type { Actor, Listener } from '../events/bus.js';
import type { BatonPubSub } from '../events/pubsub.js';
import type { InboxEventKind, StreamEvent } from '../events/types.js';

export function subscriberFanOut({ pubsub }: BatonPubSub): Listener {
  const publish: typeof pubsub.publish = (...args) => void setImmediate(() => pubsub.publish(...args));
  const toConversation = (event: StreamEvent) => publish('conversation', event.conversationId, event);
  const toInbox = (
    kind: InboxEventKind,
    workspaceId: string,
    conversationId: string,
    at: string,
    actor: Actor | null,
  ) =>
    publish('inbox', workspaceId, {
      kind,
      workspaceId,
      conversationId,
      agentId: actor?.id ?? null,
      agentName: actor?.name ?? null,
      at,
    });
  return {
    name: 'subscriber fan-out',
    'message.posted': ({ workspaceId, event, message }) => {
      toConversation(event);
      if (message.authorKind === 'VISITOR')
        toInbox('VISITOR_MESSAGE', workspaceId, event.conversationId, event.at, null);
    },
    'conversation.ownership_changed': ({ workspaceId, event, change, actor }) => {
      toConversation(event);
      toInbox(change, workspaceId, event.conversationId, event.at, actor);
    },
    'conversation.activity': ({ event }) => toConversation(event),
    'response_target.breached': ({ workspaceId, conversationId, at }) =>
      toInbox('RESPONSE_TARGET_BREACHED', workspaceId, conversationId, at, null),
    'agent.presence_changed': (change) => publish('presence', change.workspaceId, change),
  };
}

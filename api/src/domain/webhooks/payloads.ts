/**
 * From the facts a transaction recorded to webhook events, and the JSON bodies Baton signs and
 * sends. Ids in `data` are the GraphQL API's global ids (Relay: `Conversation`, `Message`,
 * `Visitor`, `Agent`, `Workspace`), so a receiver can query the API with them.
 *
 * `message.created` is sent for every message people can see (visitor, assistant, agent,
 * system); internal notes are never sent — they are for the team, not for integrations.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { DomainFact } from '../../events/bus.js';
import type { OwnershipChange } from '../../events/types.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { webhookPayloadVersion, type WebhookEventType } from './event-types.js';

type Tx = Prisma.TransactionClient;
export type WebhookData = Record<string, unknown>;

/** An event waiting for its data: `build` reads what the fact does not carry, only when an endpoint wants it. */
export interface PendingWebhookEvent {
  type: WebhookEventType;
  at: string;
  build(tx: Tx): Promise<WebhookData>;
}

const changeTypes: Record<OwnershipChange, WebhookEventType> = {
  HANDOFF_REQUESTED: 'handoff.requested',
  TAKEN_OVER: 'conversation.taken_over',
  RELEASED: 'conversation.released',
  REASSIGNED: 'conversation.reassigned',
  HANDED_BACK: 'conversation.handed_back',
  RESOLVED: 'conversation.resolved',
  REOPENED: 'conversation.reopened',
};

const gid = (type: string, id: string | null | undefined) => (id ? encodeGlobalID(type, id) : null);

/** The webhook events among `facts`, in the order they were recorded. */
export function webhookEventsOf(facts: readonly DomainFact[]): PendingWebhookEvent[] {
  const events: PendingWebhookEvent[] = [];
  for (const fact of facts) {
    if (fact.type === 'conversation.ownership_changed') {
      const { event, change, actor } = fact.payload;
      const status = event.status;
      const base = {
        conversationId: gid('Conversation', event.conversationId),
        status: status?.status ?? null,
        assignee: status?.assigneeId ? { id: gid('Agent', status.assigneeId), name: status.assigneeName } : null,
        actor: actor ? { id: gid('Agent', actor.id), name: actor.name } : null,
      };
      const type = changeTypes[change];
      events.push({
        type,
        at: event.at,
        build: async (tx) =>
          type === 'handoff.requested' ? { ...base, ...(await handoffDetails(tx, event.conversationId)) } : base,
      });
    } else if (fact.type === 'message.posted') {
      const { message } = fact.payload;
      if (message.internal) continue;
      events.push({
        type: 'message.created',
        at: message.createdAt,
        build: async () => ({
          messageId: gid('Message', message.id),
          conversationId: gid('Conversation', message.conversationId),
          seq: message.seq,
          authorKind: message.authorKind,
          authorName: message.authorName,
          body: message.body,
          createdAt: message.createdAt,
        }),
      });
    } else if (fact.type === 'response_target.breached') {
      const { conversationId, at } = fact.payload;
      events.push({
        type: 'conversation.response_target_breached',
        at,
        build: async () => ({ conversationId: gid('Conversation', conversationId), breachedAt: at }),
      });
    }
  }
  return events;
}

/** The visitor and the handoff request of a conversation just handed off (read in its transaction). */
async function handoffDetails(tx: Tx, conversationId: string): Promise<WebhookData> {
  const conversation = await tx.conversation.findUnique({
    where: { id: conversationId },
    select: {
      visitor: { select: { id: true, name: true, email: true } },
      handoffRequests: {
        orderBy: { createdAt: 'desc' },
        take: 1,
        select: { trigger: true, topic: true, summary: true, capturedValues: true },
      },
    },
  });
  const handoff = conversation?.handoffRequests[0];
  return {
    visitor: conversation
      ? {
          id: gid('Visitor', conversation.visitor.id),
          name: conversation.visitor.name,
          email: conversation.visitor.email,
        }
      : null,
    trigger: handoff?.trigger ?? null,
    topic: handoff?.topic ?? null,
    summary: handoff?.summary ?? null,
    capturedValues: handoff?.capturedValues ?? [],
  };
}

/** The delivery id receivers see (`Baton-Delivery`, the body's `id`): the API's id of the WebhookDelivery. */
export function webhookDeliveryGlobalId(deliveryId: string): string {
  return encodeGlobalID('WebhookDelivery', deliveryId);
}

export interface WebhookEnvelope {
  id: string;
  type: string;
  version: string;
  createdAt: string;
  workspaceId: string;
  data: WebhookData;
}

/** The body of one delivery, exactly as it is signed and sent (and stored). */
export function webhookBody(
  deliveryId: string,
  workspaceId: string,
  type: string,
  at: string,
  data: WebhookData,
): string {
  const envelope: WebhookEnvelope = {
    id: webhookDeliveryGlobalId(deliveryId),
    type,
    version: webhookPayloadVersion,
    createdAt: at,
    workspaceId: encodeGlobalID('Workspace', workspaceId),
    data,
  };
  return JSON.stringify(envelope);
}

/**
 * The per-conversation event log behind gap-free streams (guarantee 3). Every stored event
 * takes the next sequence number from `Conversation.lastSeq` inside the writer's transaction;
 * the row lock taken by that increment orders concurrent writers, so sequence numbers are
 * dense and commit in order.
 */
import { Prisma, type Conversation, type Message, type PrismaClient } from '../../generated/prisma/client.js';
import type { ConversationStatus } from '../../generated/prisma/enums.js';
import type { ActionSubmission, Citation, MessageSnapshot, StatusSnapshot, StreamEvent } from '../../events/types.js';
import type { Actor, DomainEvents, DomainFact } from '../../events/bus.js';
import {
  endpointsSubscribedSql,
  enqueueWebhookDeliveries,
  parseSubscribedEndpoints,
  subscribedEndpoints,
  type SubscribedEndpoint,
} from '../webhooks/enqueue.js';
import { webhookEventsOf } from '../webhooks/payloads.js';

export type Tx = Prisma.TransactionClient;

export function messageSnapshot(message: Message): MessageSnapshot {
  return {
    id: message.id,
    conversationId: message.conversationId,
    seq: message.seq,
    authorKind: message.authorKind,
    authorName: message.authorName,
    agentId: message.agentId,
    body: message.body,
    clientId: message.clientId,
    internal: message.internal,
    citations: message.citations as unknown as Citation[],
    suggestedActionIds: message.suggestedActionIds,
    suggestionTrigger: message.suggestionTrigger,
    suggestionTopic: message.suggestionTopic,
    submission: (message.submission ?? null) as unknown as ActionSubmission | null,
    createdAt: message.createdAt.toISOString(),
  };
}

/** Collects the facts a transaction recorded; they are emitted only after it commits. */
export class Outbox {
  readonly facts: DomainFact[] = [];
  /** Stream events recorded by the transaction, inserted together just before it commits. */
  readonly events: Prisma.ConversationEventCreateManyInput[] = [];

  constructor(readonly workspaceId: string) {}

  flush(events: DomainEvents): void {
    for (const fact of this.facts) events.emitFact(fact);
  }
}

/** A sequence number just allocated, and the conversation's status (and row) after that UPDATE. */
export interface Slot {
  seq: number;
  status: ConversationStatus;
  conversation: Conversation;
}

/**
 * Allocates `count` sequence numbers for a conversation if `where` still matches (a
 * compare-and-set when `where` names a status), applying `data` in the same UPDATE. Returns
 * the first slot, or null when the conversation no longer matches.
 */
export async function allocateSeq(
  tx: Tx,
  conversationId: string,
  count: number,
  where: Prisma.ConversationWhereInput = {},
  data: Prisma.ConversationUncheckedUpdateManyInput = {},
): Promise<Slot | null> {
  // One statement: UPDATE … RETURNING (the row as this UPDATE left it, no second read).
  const [row] = await tx.conversation.updateManyAndReturn({
    where: { ...where, id: conversationId },
    data: { ...data, lastSeq: { increment: count } },
  });
  if (!row) return null;
  return { seq: row.lastSeq - count + 1, status: row.status, conversation: row };
}

/** The slot after `slot` (the second of two allocated numbers). */
export function nextSlot(slot: Slot): Slot {
  return { seq: slot.seq + 1, status: slot.status, conversation: slot.conversation };
}

/**
 * Runs `work` in a transaction and publishes what it recorded once it has committed. The stream
 * events it recorded are inserted in one statement at the end of the transaction (nothing in a
 * transaction reads its own events back; their sequence numbers were allocated under the row lock).
 * Before the commit, the webhook events among its facts become deliveries for the workspace's
 * endpoints subscribed to them (webhooks/enqueue.ts): the statement that stores the stream events
 * also finds those endpoints, so a workspace without any costs no extra statement.
 */
export async function withOutbox<T>(
  deps: { prisma: PrismaClient; events: DomainEvents },
  workspaceId: string,
  work: (tx: Tx, outbox: Outbox) => Promise<T>,
): Promise<T> {
  const outbox = new Outbox(workspaceId);
  const result = await deps.prisma.$transaction(
    async (tx) => {
      const value = await work(tx, outbox);
      const hooks = webhookEventsOf(outbox.facts);
      const types = [...new Set(hooks.map((h) => h.type))];
      let endpoints: SubscribedEndpoint[] = [];
      if (outbox.events.length > 0 && types.length > 0) endpoints = await storeEvents(tx, outbox, types);
      else if (outbox.events.length > 0) await tx.conversationEvent.createMany({ data: outbox.events });
      else endpoints = await subscribedEndpoints(tx, workspaceId, types);
      if (endpoints.length > 0)
        outbox.facts.push(...(await enqueueWebhookDeliveries(tx, workspaceId, hooks, endpoints)));
      return value;
    },
    { timeout: 15_000, maxWait: 15_000 },
  );
  outbox.flush(deps.events);
  return result;
}

/**
 * Inserts the outbox's stream events and, in the same statement, reads the workspace's endpoints
 * subscribed to `types`.
 */
async function storeEvents(tx: Tx, outbox: Outbox, types: readonly string[]): Promise<SubscribedEndpoint[]> {
  const rows = JSON.stringify(
    outbox.events.map((e) => ({
      conversationId: e.conversationId,
      seq: e.seq,
      kind: e.kind,
      internal: e.internal ?? false,
      payload: e.payload ?? {},
      createdAt: e.createdAt instanceof Date ? e.createdAt.toISOString() : (e.createdAt ?? new Date().toISOString()),
    })),
  );
  const [row] = await tx.$queryRaw<{ endpoints: string }[]>(Prisma.sql`
    WITH stored AS (
      INSERT INTO "ConversationEvent" ("conversationId", "seq", "kind", "internal", "payload", "createdAt")
      SELECT x."conversationId", x."seq", x."kind", x."internal", x."payload", x."createdAt"
        FROM jsonb_to_recordset(${rows}::jsonb)
          AS x("conversationId" uuid, "seq" int, "kind" text, "internal" boolean, "payload" jsonb, "createdAt" timestamp(3))
      RETURNING 1)
    SELECT (SELECT count(*) FROM stored)::int AS stored, ${endpointsSubscribedSql(outbox.workspaceId, types)} AS endpoints`);
  return parseSubscribedEndpoints(row?.endpoints ?? '[]');
}

/** Records a stream event with sequence number `seq` (already allocated); stored when the transaction ends. */
function recordEvent(outbox: Outbox, event: Omit<StreamEvent, 'at'>): StreamEvent {
  const at = new Date();
  const { conversationId, seq, kind, internal, ...payload } = event;
  outbox.events.push({ conversationId, seq, kind, internal, payload: payload as Prisma.InputJsonValue, createdAt: at });
  return { ...event, at: at.toISOString() };
}

export interface NewMessage {
  authorKind: Message['authorKind'];
  authorName: string | null;
  agentId?: string | null;
  body: string;
  clientId?: string | null;
  internal?: boolean;
  citations?: Citation[];
  suggestedActionIds?: string[];
  suggestionTrigger?: Message['suggestionTrigger'];
  suggestionTopic?: string | null;
  submission?: ActionSubmission | null;
  /** A later message of the same transaction moves the conversation's lastMessage pointer: not this one. */
  notLast?: boolean;
}

export interface RecordedMessage {
  message: Message;
  /** The conversation row after the message (its lastMessage pointer moved unless it is internal). */
  conversation: Conversation;
}

/** Creates a message with sequence number `seq` (already allocated) and its stream event. */
export async function recordMessage(
  tx: Tx,
  outbox: Outbox,
  conversationId: string,
  slot: Slot,
  input: NewMessage,
): Promise<RecordedMessage> {
  const { seq, status } = slot;
  const message = await tx.message.create({
    data: {
      conversationId,
      seq,
      authorKind: input.authorKind,
      authorName: input.authorName,
      agentId: input.agentId ?? null,
      body: input.body,
      clientId: input.clientId ?? null,
      internal: input.internal ?? false,
      citations: (input.citations ?? []) as unknown as Prisma.InputJsonValue,
      suggestedActionIds: input.suggestedActionIds ?? [],
      suggestionTrigger: input.suggestionTrigger ?? null,
      suggestionTopic: input.suggestionTopic ?? null,
      submission: (input.submission ?? undefined) as unknown as Prisma.InputJsonValue | undefined,
    },
  });
  // UPDATE … RETURNING the whole row: callers answer with it instead of reading it again.
  const conversation =
    message.internal || input.notLast
      ? slot.conversation
      : await tx.conversation.update({
          where: { id: conversationId },
          data: { lastMessageId: message.id, lastMessageAt: message.createdAt },
        });
  const snapshot = messageSnapshot(message);
  const event = recordEvent(outbox, {
    conversationId,
    seq,
    kind: 'MESSAGE_CREATED',
    internal: message.internal,
    message: snapshot,
  });
  outbox.facts.push({
    type: 'message.posted',
    payload: { workspaceId: outbox.workspaceId, event, message: snapshot, conversationStatus: status },
  });
  return { message, conversation };
}

/** Stores an ownership change with sequence number `seq` (already allocated) and its fact. */
export function recordOwnershipChange(
  outbox: Outbox,
  conversationId: string,
  seq: number,
  status: StatusSnapshot,
  actor: Actor | null = null,
): void {
  const event = recordEvent(outbox, { conversationId, seq, kind: 'STATUS_CHANGED', internal: false, status });
  outbox.facts.push({
    type: 'conversation.ownership_changed',
    payload: { workspaceId: outbox.workspaceId, event, change: status.change, actor },
  });
}

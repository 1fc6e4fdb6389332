/**
 * The per-conversation event log behind gap-free streams (guarantee 3). Every stored event
 * takes the next sequence number from `Conversation.lastSeq` inside the writer's transaction;
 * the row lock taken by that increment orders concurrent writers, so sequence numbers are
 * dense and commit in order.
 */
import type { Message, Prisma, PrismaClient } from '../../generated/prisma/client.js';
import type { ConversationStatus } from '../../generated/prisma/enums.js';
import type { Citation, MessageSnapshot, StatusSnapshot, StreamEvent } from '../../events/types.js';
import type { Actor, DomainEvents, DomainFact } from '../../events/bus.js';

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
    createdAt: message.createdAt.toISOString(),
  };
}

/** Collects the facts a transaction recorded; they are emitted only after it commits. */
export class Outbox {
  readonly facts: DomainFact[] = [];

  constructor(readonly workspaceId: string) {}

  flush(events: DomainEvents): void {
    for (const fact of this.facts) events.emitFact(fact);
  }
}

/** A sequence number just allocated, and the conversation's status after that UPDATE. */
export interface Slot {
  seq: number;
  status: ConversationStatus;
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
    select: { lastSeq: true, status: true },
  });
  if (!row) return null;
  return { seq: row.lastSeq - count + 1, status: row.status };
}

/** The slot after `slot` (the second of two allocated numbers). */
export function nextSlot(slot: Slot): Slot {
  return { seq: slot.seq + 1, status: slot.status };
}

/** Runs `work` in a transaction and publishes what it recorded once it has committed. */
export async function withOutbox<T>(
  deps: { prisma: PrismaClient; events: DomainEvents },
  workspaceId: string,
  work: (tx: Tx, outbox: Outbox) => Promise<T>,
): Promise<T> {
  const outbox = new Outbox(workspaceId);
  const result = await deps.prisma.$transaction((tx) => work(tx, outbox), { timeout: 15_000, maxWait: 15_000 });
  outbox.flush(deps.events);
  return result;
}

/** Stores a stream event with sequence number `seq` (already allocated). */
async function recordEvent(tx: Tx, event: Omit<StreamEvent, 'at'>): Promise<StreamEvent> {
  const at = new Date();
  const { conversationId, seq, kind, internal, ...payload } = event;
  await tx.conversationEvent.create({
    data: { conversationId, seq, kind, internal, payload: payload as Prisma.InputJsonValue, createdAt: at },
  });
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
}

/** Creates a message with sequence number `seq` (already allocated) and its stream event. */
export async function recordMessage(
  tx: Tx,
  outbox: Outbox,
  conversationId: string,
  { seq, status }: Slot,
  input: NewMessage,
): Promise<Message> {
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
    },
  });
  if (!message.internal) {
    await tx.conversation.update({
      where: { id: conversationId },
      data: { lastMessageId: message.id, lastMessageAt: message.createdAt },
    });
  }
  const snapshot = messageSnapshot(message);
  const event = await recordEvent(tx, {
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
  return message;
}

/** Stores an ownership change with sequence number `seq` (already allocated) and its fact. */
export async function recordOwnershipChange(
  tx: Tx,
  outbox: Outbox,
  conversationId: string,
  seq: number,
  status: StatusSnapshot,
  actor: Actor | null = null,
): Promise<void> {
  const event = await recordEvent(tx, { conversationId, seq, kind: 'STATUS_CHANGED', internal: false, status });
  outbox.facts.push({
    type: 'conversation.ownership_changed',
    payload: { workspaceId: outbox.workspaceId, event, change: status.change, actor },
  });
}

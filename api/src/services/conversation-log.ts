/**
 * The per-conversation event log behind gap-free streams (guarantee 3). Every stored event
 * takes the next sequence number from `Conversation.lastSeq` inside the writer's transaction;
 * the row lock taken by that increment orders concurrent writers, so sequence numbers are
 * dense and commit in order.
 */
import type { Message, Prisma, PrismaClient } from '../generated/prisma/client.js';
import type { Citation, InboxEvent, MessageSnapshot, StatusSnapshot, StreamEvent } from '../events/types.js';
import type { DomainEvents } from '../events/bus.js';

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

/** Collects what a transaction produced; published only after it commits. */
export class Outbox {
  readonly stream: StreamEvent[] = [];
  readonly inbox: InboxEvent[] = [];
  assistantTurn: { conversationId: string; messageId: string } | null = null;

  constructor(readonly workspaceId: string) {}

  flush(events: DomainEvents): void {
    for (const event of this.stream) events.emit('conversation.event', { workspaceId: this.workspaceId, event });
    for (const event of this.inbox) events.emit('inbox.event', event);
    if (this.assistantTurn) events.emit('assistant.turn', { workspaceId: this.workspaceId, ...this.assistantTurn });
  }

  inboxEvent(kind: InboxEvent['kind'], conversationId: string, agent?: { id: string; name: string } | null): void {
    this.inbox.push({
      kind,
      workspaceId: this.workspaceId,
      conversationId,
      agentId: agent?.id ?? null,
      agentName: agent?.name ?? null,
      at: new Date().toISOString(),
    });
  }
}

/**
 * Allocates `count` sequence numbers for a conversation if `where` still matches (a
 * compare-and-set when `where` names a status), applying `data` in the same UPDATE. Returns
 * the first number, or null when the conversation no longer matches.
 */
export async function allocateSeq(
  tx: Tx,
  conversationId: string,
  count: number,
  where: Prisma.ConversationWhereInput = {},
  data: Prisma.ConversationUncheckedUpdateManyInput = {},
): Promise<number | null> {
  const { count: updated } = await tx.conversation.updateMany({
    where: { ...where, id: conversationId },
    data: { ...data, lastSeq: { increment: count } },
  });
  if (updated !== 1) return null;
  const { lastSeq } = await tx.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: { lastSeq: true } });
  return lastSeq - count + 1;
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

/** Stores a stream event with sequence number `seq` (already allocated) and queues it. */
export async function recordEvent(
  tx: Tx,
  outbox: Outbox,
  event: Omit<StreamEvent, 'at'>,
): Promise<StreamEvent> {
  const at = new Date();
  const { conversationId, seq, kind, internal, ...payload } = event;
  await tx.conversationEvent.create({
    data: { conversationId, seq, kind, internal, payload: payload as Prisma.InputJsonValue, createdAt: at },
  });
  const stored: StreamEvent = { ...event, at: at.toISOString() };
  outbox.stream.push(stored);
  return stored;
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
  seq: number,
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
  await recordEvent(tx, outbox, {
    conversationId,
    seq,
    kind: 'MESSAGE_CREATED',
    internal: message.internal,
    message: messageSnapshot(message),
  });
  return message;
}

export function recordStatus(tx: Tx, outbox: Outbox, conversationId: string, seq: number, status: StatusSnapshot) {
  return recordEvent(tx, outbox, { conversationId, seq, kind: 'STATUS_CHANGED', internal: false, status });
}

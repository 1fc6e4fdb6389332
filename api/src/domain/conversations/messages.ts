/**
 * Messages from every kind of author (guarantees 1 and 4): who may write is checked by the
 * same UPDATE that allocates the message's sequence number, retries of a clientId return the
 * first message, and facts are emitted after commit. Ownership moves are in ownership.ts.
 */
import { z } from 'zod';
import type { AgentViewer, VisitorViewer } from '../../auth/viewer.js';
import { InvalidOperationError, NotFoundError, OwnershipError, ServiceUnavailableError } from '../errors.js';
import type { Citation, StreamEvent } from '../../events/types.js';
import type { Message, Prisma } from '../../generated/prisma/client.js';
import type { HandoffTrigger } from '../../generated/prisma/enums.js';
import { visibleConversation } from './access.js';
import { ownerOf } from './ownership.js';
import type { ServiceDeps } from '../deps.js';
import { allocateSeq, nextSlot, recordMessage, recordOwnershipChange, withOutbox, type Slot, type Tx } from './log.js';
import { assistantAnswers, enqueueAssistantTurn } from '../assistant/turns.js';

export const maxMessageLength = 4000;

export const messageBody = z
  .string()
  .trim()
  .min(1, 'Write a message')
  .max(maxMessageLength, `Messages are limited to ${maxMessageLength} characters`);

export const clientIdSchema = z
  .string()
  .trim()
  .min(1)
  .max(100, 'clientId is limited to 100 characters')
  .regex(/^[A-Za-z0-9_.:-]+$/, 'clientId may only use letters, digits and _ . : -')
  .nullish();

export interface AssistantReply {
  body: string;
  citations?: Citation[];
  suggestedActionIds?: string[];
  suggestionTrigger?: HandoffTrigger | null;
  /** The sensitive topic behind a SENSITIVE suggestion. */
  suggestionTopic?: string | null;
}

export interface PostResult {
  message: Message;
  /** False when the clientId had been used before: the earlier message is returned. */
  created: boolean;
}

export interface AssistantTurn {
  workspaceId: string;
  message: Message;
  history: Message[];
  /** The conversation waits in the queue: answered only from the documents, if the workspace allows it. */
  queued: boolean;
}

/** Whether the workspace lets the assistant keep answering while a conversation is queued. */
async function answersWhileQueued(tx: Tx, workspaceId: string): Promise<boolean> {
  const settings = await tx.assistantSettings.findUnique({
    where: { workspaceId },
    select: { answerWhileQueued: true },
  });
  return settings?.answerWhileQueued ?? false;
}

/** The message row without an included relation (the turn hands it on as a plain Message). */
function stripRelation(message: Message & { conversation?: unknown }): Message {
  const { conversation: _conversation, ...row } = message;
  return row;
}

export class MessageService {
  constructor(private readonly deps: ServiceDeps) {}

  private get prisma() {
    return this.deps.prisma;
  }

  /**
   * The message stored with this clientId, if any — only in a conversation matching `visible`
   * (a visitor's retry is looked up before anything else checked that the conversation is theirs).
   */
  async existingByClientId(
    conversationId: string,
    clientId: string | null | undefined,
    visible: Prisma.ConversationWhereInput = {},
  ): Promise<Message | null> {
    if (!clientId) return null;
    return this.prisma.message.findFirst({ where: { conversationId, clientId, conversation: visible } });
  }

  /**
   * Retries of the same clientId return the first message (guarantee 4). Nothing is looked up
   * before the write: the unique (conversationId, clientId) index refuses a second message and
   * rolls its transaction back; then — or when the write was refused for another reason, such
   * as a status that changed since the first message was stored — the first message answers.
   */
  private async idempotent(
    conversationId: string,
    clientId: string | null | undefined,
    write: () => Promise<Message>,
    visible: Prisma.ConversationWhereInput = {},
  ): Promise<PostResult> {
    try {
      return { message: await write(), created: true };
    } catch (error) {
      const stored =
        clientId && !(error instanceof ServiceUnavailableError)
          ? await this.existingByClientId(conversationId, clientId, visible).catch(() => null)
          : null;
      if (stored) return { message: stored, created: false };
      throw error;
    }
  }

  /**
   * A visitor's message. Nothing is read first: the UPDATE that allocates its sequence number
   * names the visitor (their own conversation only) — and, when the conversation is resolved,
   * a second compare-and-set reopens it (the assistant answers first again). The visitor's name
   * comes back from the UPDATE that stamps lastSeenAt.
   */
  async postVisitorMessage(
    visitor: VisitorViewer,
    input: { conversationId: string; body: string; clientId?: string | null },
  ): Promise<PostResult> {
    const conversationId = input.conversationId;
    return this.idempotent(
      conversationId,
      input.clientId,
      () =>
        withOutbox(this.deps, visitor.workspaceId, async (tx, outbox) => {
          const slot = await this.visitorSlot(tx, visitor, conversationId);
          if (slot.reopened) {
            recordOwnershipChange(outbox, conversationId, slot.seq, {
              change: 'REOPENED',
              status: 'ASSISTANT',
              assigneeId: null,
              assigneeName: null,
            });
          }
          const seq = slot.reopened ? nextSlot(slot) : slot;
          const visitorRow = await tx.visitor.update({
            where: { id: visitor.visitorId },
            data: { lastSeenAt: new Date() },
            select: { name: true },
          });
          const { message } = await recordMessage(tx, outbox, conversationId, seq, {
            authorKind: 'VISITOR',
            authorName: visitorRow.name,
            body: input.body,
            clientId: input.clientId ?? null,
          });
          if (
            assistantAnswers(message, seq.status) ||
            (seq.status === 'QUEUED' && (await answersWhileQueued(tx, visitor.workspaceId)))
          ) {
            await enqueueAssistantTurn(tx, outbox, {
              conversationId,
              messageId: message.id,
              workspaceId: visitor.workspaceId,
            });
          }
          return message;
        }),
      { visitorId: visitor.visitorId },
    );
  }

  /**
   * The slot of a visitor's message in their own conversation: one UPDATE while it is open; a
   * resolved one is reopened by a second (two numbers: the reopening, then the message). When
   * neither matches, the conversation is not the visitor's — or its status changed between the
   * two, and they are tried again.
   */
  private async visitorSlot(
    tx: Tx,
    visitor: VisitorViewer,
    conversationId: string,
  ): Promise<Slot & { reopened: boolean }> {
    const mine = { visitorId: visitor.visitorId, workspaceId: visitor.workspaceId };
    for (let attempt = 0; attempt < 5; attempt++) {
      const open = await allocateSeq(tx, conversationId, 1, { ...mine, status: { not: 'RESOLVED' } });
      if (open) return { ...open, reopened: false };
      const reopened = await allocateSeq(
        tx,
        conversationId,
        2,
        { ...mine, status: 'RESOLVED' },
        { status: 'ASSISTANT', assigneeId: null, resolvedAt: null, version: { increment: 1 } },
      );
      if (reopened) return { ...reopened, reopened: true };
      const visible = await tx.conversation.findFirst({ where: { ...mine, id: conversationId }, select: { id: true } });
      if (!visible) throw new NotFoundError('Conversation');
    }
    throw new InvalidOperationError('The conversation changed meanwhile. Send the message again.');
  }

  /**
   * An agent's reply (visible to the visitor; only the assignee may reply) or internal note
   * (any agent of the workspace; never sent to the visitor).
   */
  async postAgentMessage(
    agent: AgentViewer,
    input: { conversationId: string; body: string; clientId?: string | null; internal: boolean },
  ): Promise<PostResult> {
    const conversation = await visibleConversation(this.prisma, agent, input.conversationId);
    const author = await this.prisma.agent.findUniqueOrThrow({ where: { id: agent.agentId }, select: { name: true } });
    return this.idempotent(conversation.id, input.clientId, () =>
      withOutbox(this.deps, conversation.workspaceId, async (tx, outbox) => {
        const seq = input.internal
          ? await allocateSeq(tx, conversation.id, 1)
          : await allocateSeq(tx, conversation.id, 1, { status: 'ASSIGNED', assigneeId: agent.agentId });
        if (seq === null) throw await this.notOwner(tx, conversation.id, 'agent');
        const { message } = await recordMessage(tx, outbox, conversation.id, seq, {
          authorKind: 'AGENT',
          authorName: author.name,
          agentId: agent.agentId,
          body: input.body,
          clientId: input.clientId ?? null,
          internal: input.internal,
        });
        if (!input.internal) {
          // The response-time clock stops at the first human reply after the handoff.
          const stopped = await tx.conversation.updateManyAndReturn({
            where: { id: conversation.id, firstHumanReplyAt: null, handoffRequestedAt: { not: null } },
            data: { firstHumanReplyAt: message.createdAt },
            select: { handoffRequestedAt: true },
          });
          const requestedAt = stopped[0]?.handoffRequestedAt;
          if (requestedAt) {
            outbox.facts.push({
              type: 'handoff.first_human_reply',
              payload: {
                workspaceId: conversation.workspaceId,
                conversationId: conversation.id,
                requestedAt: requestedAt.toISOString(),
                repliedAt: message.createdAt.toISOString(),
              },
            });
          }
        }
        return message;
      }),
    );
  }

  /**
   * The assistant's reply. Ownership is checked by the same UPDATE that allocates the message's
   * sequence number: once the conversation is queued or owned by a human, this is refused.
   * The clientId (the turn's) makes a turn that runs twice store one reply.
   */
  async postAssistantMessage(
    conversationId: string,
    reply: AssistantReply,
    clientId: string | null = null,
    /** The conversation's workspace when the caller knows it (the turn read it): no read here then. */
    knownWorkspaceId?: string,
    /** A turn taken while queued (the workspace allows it): the reply may go into a queued conversation too. */
    whileQueued = false,
  ): Promise<PostResult> {
    const workspaceId =
      knownWorkspaceId ??
      (await this.prisma.conversation.findUnique({ where: { id: conversationId }, select: { workspaceId: true } }))
        ?.workspaceId;
    if (!workspaceId) throw new NotFoundError('Conversation');
    return this.idempotent(conversationId, clientId, () =>
      withOutbox(this.deps, workspaceId, async (tx, outbox) => {
        const seq = await allocateSeq(tx, conversationId, 1, {
          workspaceId,
          status: whileQueued ? { in: ['ASSISTANT', 'QUEUED'] } : 'ASSISTANT',
        });
        if (seq === null) throw await this.notOwner(tx, conversationId, 'assistant');
        const { message } = await recordMessage(tx, outbox, conversationId, seq, {
          authorKind: 'ASSISTANT',
          authorName: 'Assistant',
          body: reply.body,
          citations: reply.citations ?? [],
          suggestedActionIds: reply.suggestedActionIds ?? [],
          suggestionTrigger: reply.suggestionTrigger ?? null,
          suggestionTopic: reply.suggestionTopic ?? null,
          clientId,
        });
        return message;
      }),
    );
  }

  private async notOwner(tx: Tx, conversationId: string, who: 'agent' | 'assistant'): Promise<OwnershipError> {
    const current = await tx.conversation.findUniqueOrThrow({
      where: { id: conversationId },
      include: { assignee: { select: { name: true } } },
    });
    const owner = ownerOf(current.status);
    const name = current.assignee?.name ?? null;
    const described = {
      ASSISTANT: 'the assistant',
      QUEUE: 'the queue',
      AGENT: name ?? 'an agent',
      NOBODY: 'nobody (resolved)',
    }[owner];
    return new OwnershipError(
      owner,
      owner === 'AGENT' ? name : null,
      who === 'assistant'
        ? `The assistant cannot write here: the conversation is with ${described}.`
        : `Take over the conversation before replying: it is with ${described}.`,
    );
  }

  /**
   * What the assistant reads to answer a visitor message: null unless the assistant still
   * owns the conversation. History is the visitor and assistant messages up to it, oldest first.
   */
  async assistantTurn(
    conversationId: string,
    messageId: string,
    historySize: number,
    knownWorkspaceId?: string,
  ): Promise<AssistantTurn | null> {
    // The ownership check is a filter of the same query (a relation filter, not a second read).
    const read = (status: 'ASSISTANT' | 'QUEUED') =>
      this.prisma.message.findFirst({
        where: { id: messageId, conversationId, conversation: { status } },
        ...(knownWorkspaceId === undefined && { include: { conversation: { select: { workspaceId: true } } } }),
      });
    let queued = false;
    let message = await read('ASSISTANT');
    // Not the assistant's: still answered while it waits in the queue (when the workspace allows it).
    if (!message) {
      message = await read('QUEUED');
      queued = true;
    }
    if (!message) return null;
    const workspaceId =
      knownWorkspaceId ?? (message as Message & { conversation?: { workspaceId: string } }).conversation!.workspaceId;
    const history = await this.prisma.message.findMany({
      where: {
        conversationId,
        internal: false,
        authorKind: { in: ['VISITOR', 'ASSISTANT'] },
        seq: { lte: message.seq },
      },
      orderBy: { seq: 'desc' },
      take: historySize,
    });
    return { workspaceId, message: stripRelation(message), history: history.reverse(), queued };
  }

  /** Typing indicators: ephemeral, never stored; they carry the last sequence number used. */
  async typing(viewer: AgentViewer | VisitorViewer, conversationId: string, isTyping: boolean): Promise<StreamEvent> {
    const conversation = await visibleConversation(this.prisma, viewer, conversationId);
    const name =
      viewer.kind === 'agent'
        ? (await this.prisma.agent.findUniqueOrThrow({ where: { id: viewer.agentId }, select: { name: true } })).name
        : null;
    const event: StreamEvent = {
      conversationId,
      seq: conversation.lastSeq,
      kind: 'TYPING',
      internal: false,
      at: new Date().toISOString(),
      typing: { authorKind: viewer.kind === 'agent' ? 'AGENT' : 'VISITOR', name, isTyping },
    };
    this.deps.events.emit('conversation.activity', { workspaceId: conversation.workspaceId, event });
    return event;
  }
}

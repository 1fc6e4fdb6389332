/**
 * Conversations: messages from every kind of author and the ownership rules (guarantees 1, 2
 * and 4). Ownership changes are compare-and-set UPDATEs, so concurrent attempts — even on
 * different API instances — cannot both succeed; every write allocates its sequence numbers
 * in the same transaction, and events are published after commit.
 */
import { z } from 'zod';
import type { AgentViewer, VisitorViewer, Viewer } from '../auth/viewer.js';
import {
  ConversationTakenError,
  ForbiddenError,
  InvalidOperationError,
  NotFoundError,
  OwnershipError,
} from '../errors.js';
import type { Citation, OwnershipChange, StreamEvent } from '../events/types.js';
import type { Conversation, Message } from '../generated/prisma/client.js';
import type { HandoffTrigger } from '../generated/prisma/enums.js';
import { ownerOf, transitions, type Transition } from '../domain/conversations/ownership.js';
import { guardAllows } from '../domain/conversations/policy.js';
import type { ServiceDeps } from './context.js';
import { allocateSeq, recordMessage, recordOwnershipChange, withOutbox, type Tx } from './conversation-log.js';

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
}

type Owned = Conversation & { assignee: { id: string; name: string } | null };

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}

export class ConversationService {
  constructor(private readonly deps: ServiceDeps) {}

  private get prisma() {
    return this.deps.prisma;
  }

  /** A conversation the viewer may see: an agent's workspace, or the visitor's own. */
  async visibleTo(viewer: Viewer, conversationId: string): Promise<Owned> {
    const conversation = await this.prisma.conversation.findUnique({
      where: { id: conversationId },
      include: { assignee: { select: { id: true, name: true } } },
    });
    const visible =
      conversation &&
      ((viewer.kind === 'agent' && conversation.workspaceId === viewer.workspaceId) ||
        (viewer.kind === 'visitor' && conversation.visitorId === viewer.visitorId));
    if (!visible) throw new NotFoundError('Conversation');
    return conversation;
  }

  private async existingByClientId(conversationId: string, clientId: string | null | undefined): Promise<Message | null> {
    if (!clientId) return null;
    return this.prisma.message.findUnique({ where: { conversationId_clientId: { conversationId, clientId } } });
  }

  /** Retries of the same clientId return the first message (guarantee 4). */
  private async idempotent(
    conversationId: string,
    clientId: string | null | undefined,
    write: () => Promise<Message>,
  ): Promise<PostResult> {
    const existing = await this.existingByClientId(conversationId, clientId);
    if (existing) return { message: existing, created: false };
    try {
      return { message: await write(), created: true };
    } catch (error) {
      const raced = isUniqueViolation(error) ? await this.existingByClientId(conversationId, clientId) : null;
      if (raced) return { message: raced, created: false };
      throw error;
    }
  }

  async postVisitorMessage(
    visitor: VisitorViewer,
    input: { conversationId: string; body: string; clientId?: string | null },
  ): Promise<PostResult> {
    const conversation = await this.visibleTo(visitor, input.conversationId);
    const visitorRow = await this.prisma.visitor.findUniqueOrThrow({ where: { id: visitor.visitorId } });
    return this.idempotent(conversation.id, input.clientId, () =>
      withOutbox(this.deps, conversation.workspaceId, async (tx, outbox) => {
        // A visitor writing in a resolved conversation reopens it; the assistant answers first again.
        const reopenSeq = await allocateSeq(tx, conversation.id, 1, { status: 'RESOLVED' }, {
          status: 'ASSISTANT',
          assigneeId: null,
          resolvedAt: null,
          version: { increment: 1 },
        });
        if (reopenSeq !== null) {
          await recordOwnershipChange(tx, outbox, conversation.id, reopenSeq, {
            change: 'REOPENED', status: 'ASSISTANT', assigneeId: null, assigneeName: null,
          });
        }
        const seq = (await allocateSeq(tx, conversation.id, 1))!;
        const message = await recordMessage(tx, outbox, conversation.id, seq, {
          authorKind: 'VISITOR',
          authorName: visitorRow.name,
          body: input.body,
          clientId: input.clientId ?? null,
        });
        await tx.visitor.update({ where: { id: visitor.visitorId }, data: { lastSeenAt: new Date() } });
        return message;
      }),
    );
  }

  /**
   * An agent's reply (visible to the visitor; only the assignee may reply) or internal note
   * (any agent of the workspace; never sent to the visitor).
   */
  async postAgentMessage(
    agent: AgentViewer,
    input: { conversationId: string; body: string; clientId?: string | null; internal: boolean },
  ): Promise<PostResult> {
    const conversation = await this.visibleTo(agent, input.conversationId);
    const author = await this.prisma.agent.findUniqueOrThrow({ where: { id: agent.agentId }, select: { name: true } });
    return this.idempotent(conversation.id, input.clientId, () =>
      withOutbox(this.deps, conversation.workspaceId, async (tx, outbox) => {
        const seq = input.internal
          ? await allocateSeq(tx, conversation.id, 1)
          : await allocateSeq(tx, conversation.id, 1, { status: 'ASSIGNED', assigneeId: agent.agentId });
        if (seq === null) throw await this.notOwner(tx, conversation.id, 'agent');
        const message = await recordMessage(tx, outbox, conversation.id, seq, {
          authorKind: 'AGENT',
          authorName: author.name,
          agentId: agent.agentId,
          body: input.body,
          clientId: input.clientId ?? null,
          internal: input.internal,
        });
        if (!input.internal) {
          // The response-time clock stops at the first human reply after the handoff.
          await tx.conversation.updateMany({
            where: { id: conversation.id, firstHumanReplyAt: null, handoffRequestedAt: { not: null } },
            data: { firstHumanReplyAt: message.createdAt },
          });
        }
        return message;
      }),
    );
  }

  /**
   * The assistant's reply. Ownership is checked by the same UPDATE that allocates the message's
   * sequence number: once the conversation is queued or owned by a human, this is refused.
   */
  async postAssistantMessage(conversationId: string, reply: AssistantReply): Promise<Message> {
    const conversation = await this.prisma.conversation.findUnique({ where: { id: conversationId } });
    if (!conversation) throw new NotFoundError('Conversation');
    return withOutbox(this.deps, conversation.workspaceId, async (tx, outbox) => {
      const seq = await allocateSeq(tx, conversationId, 1, { status: 'ASSISTANT' });
      if (seq === null) throw await this.notOwner(tx, conversationId, 'assistant');
      return recordMessage(tx, outbox, conversationId, seq, {
        authorKind: 'ASSISTANT',
        authorName: 'Assistant',
        body: reply.body,
        citations: reply.citations ?? [],
        suggestedActionIds: reply.suggestedActionIds ?? [],
        suggestionTrigger: reply.suggestionTrigger ?? null,
        suggestionTopic: reply.suggestionTopic ?? null,
      });
    });
  }

  private async notOwner(tx: Tx, conversationId: string, who: 'agent' | 'assistant'): Promise<OwnershipError> {
    const current = await tx.conversation.findUniqueOrThrow({
      where: { id: conversationId },
      include: { assignee: { select: { name: true } } },
    });
    const owner = ownerOf(current.status);
    const name = current.assignee?.name ?? null;
    const described = { ASSISTANT: 'the assistant', QUEUE: 'the queue', AGENT: name ?? 'an agent', NOBODY: 'nobody (resolved)' }[owner];
    return new OwnershipError(
      owner,
      owner === 'AGENT' ? name : null,
      who === 'assistant'
        ? `The assistant cannot write here: the conversation is with ${described}.`
        : `Take over the conversation before replying: it is with ${described}.`,
    );
  }

  /**
   * Take over (guarantee 2): one compare-and-set UPDATE from QUEUED/ASSISTANT to ASSIGNED.
   * With N concurrent attempts exactly one row update succeeds; the others learn who won.
   */
  async takeOver(agent: AgentViewer, conversationId: string): Promise<Conversation> {
    const conversation = await this.visibleTo(agent, conversationId);
    if (conversation.status === 'ASSIGNED' && conversation.assigneeId === agent.agentId) return conversation;
    return this.transition(agent, conversation, 'takeOver', agent.agentId);
  }

  /** Back to the queue (the assignee, or an admin). */
  async release(agent: AgentViewer, conversationId: string): Promise<Conversation> {
    return this.transition(agent, await this.visibleTo(agent, conversationId), 'release', null);
  }

  /** Give the conversation to another active agent (admins). */
  async reassign(admin: AgentViewer, conversationId: string, toAgentId: string): Promise<Conversation> {
    const conversation = await this.visibleTo(admin, conversationId);
    const target = await this.prisma.agent.findFirst({
      where: { id: toAgentId, workspaceId: admin.workspaceId, deactivatedAt: null },
    });
    if (!target) throw new NotFoundError('Agent');
    return this.transition(admin, conversation, 'reassign', target.id);
  }

  /** Return ownership to the assistant; a pending handoff is cancelled. */
  async handBack(agent: AgentViewer, conversationId: string): Promise<Conversation> {
    return this.transition(agent, await this.visibleTo(agent, conversationId), 'handBack', null);
  }

  async resolve(agent: AgentViewer, conversationId: string): Promise<Conversation> {
    return this.transition(agent, await this.visibleTo(agent, conversationId), 'resolve', null);
  }

  /** Applies one row of the ownership table (domain/conversations/ownership.ts). */
  private async transition(
    actor: AgentViewer,
    conversation: Owned,
    name: Transition,
    targetId: string | null,
  ): Promise<Conversation> {
    const rule = transitions[name];
    if (!guardAllows(actor, rule.guard, conversation)) {
      throw new ForbiddenError(
        rule.guard === 'admin'
          ? 'Only owners and admins can do this.'
          : `${conversation.assignee?.name ?? 'Another agent'} owns this conversation.`,
      );
    }
    const assigneeId = { actor: actor.agentId, target: targetId, nobody: null, unchanged: conversation.assigneeId }[rule.assignee];
    // Once assigned, the owner must still be the one the actor saw (nobody changed it meanwhile).
    const expectAssignee = rule.guard === 'ownerOrAdmin' && conversation.status === 'ASSIGNED' ? conversation.assigneeId : undefined;
    const assignee = assigneeId
      ? await this.prisma.agent.findUniqueOrThrow({ where: { id: assigneeId }, select: { id: true, name: true } })
      : null;
    const actorRow = await this.prisma.agent.findUniqueOrThrow({ where: { id: actor.agentId }, select: { id: true, name: true } });
    const notice = rule.notice === 'joined' ? (assignee ? `${assignee.name} joined the chat.` : null) : rule.notice;
    return withOutbox(this.deps, conversation.workspaceId, async (tx, outbox) => {
      const now = new Date();
      const first = await allocateSeq(
        tx,
        conversation.id,
        notice ? 2 : 1,
        {
          workspaceId: actor.workspaceId,
          status: { in: [...rule.from] },
          ...(expectAssignee !== undefined && { assigneeId: expectAssignee }),
        },
        {
          status: rule.to,
          assigneeId,
          version: { increment: 1 },
          ...(rule.to === 'RESOLVED' && { resolvedAt: now }),
        },
      );
      if (first === null) throw await this.lostRace(tx, conversation.id, rule.change);
      if (rule.pendingHandoff !== 'unchanged') {
        await tx.handoffRequest.updateMany({
          where: { conversationId: conversation.id, status: 'PENDING' },
          data: { status: rule.pendingHandoff, resolvedAt: now },
        });
      }
      await recordOwnershipChange(
        tx,
        outbox,
        conversation.id,
        first,
        { change: rule.change, status: rule.to, assigneeId, assigneeName: assignee?.name ?? null },
        actorRow,
      );
      if (notice) {
        await recordMessage(tx, outbox, conversation.id, first + 1, { authorKind: 'SYSTEM', authorName: null, body: notice });
      }
      return tx.conversation.findUniqueOrThrow({ where: { id: conversation.id } });
    });
  }

  /** Why a compare-and-set did not match: someone else changed the conversation first. */
  private async lostRace(tx: Tx, conversationId: string, change: OwnershipChange): Promise<Error> {
    const current = await tx.conversation.findUniqueOrThrow({
      where: { id: conversationId },
      include: { assignee: { select: { id: true, name: true } } },
    });
    if (current.status === 'RESOLVED') {
      return new InvalidOperationError('This conversation is resolved; it reopens when the visitor writes again.');
    }
    if (current.status === 'ASSIGNED' && current.assignee && change !== 'HANDED_BACK' && change !== 'RESOLVED') {
      return new ConversationTakenError(current.assignee.id, current.assignee.name);
    }
    const described = { ASSISTANT: 'with the assistant', QUEUED: 'waiting in the queue', ASSIGNED: `with ${current.assignee?.name ?? 'an agent'}` }[current.status];
    return new InvalidOperationError(`The conversation changed meanwhile: it is now ${described}.`);
  }

  /**
   * What the assistant reads to answer a visitor message: null unless the assistant still
   * owns the conversation. History is the visitor and assistant messages up to it, oldest first.
   */
  async assistantTurn(conversationId: string, messageId: string, historySize: number): Promise<AssistantTurn | null> {
    const message = await this.prisma.message.findUnique({
      where: { id: messageId },
      include: { conversation: { select: { status: true, workspaceId: true } } },
    });
    if (!message || message.conversationId !== conversationId || message.conversation.status !== 'ASSISTANT') return null;
    const history = await this.prisma.message.findMany({
      where: { conversationId, internal: false, authorKind: { in: ['VISITOR', 'ASSISTANT'] }, seq: { lte: message.seq } },
      orderBy: { seq: 'desc' },
      take: historySize,
    });
    return { workspaceId: message.conversation.workspaceId, message, history: history.reverse() };
  }

  /** Typing indicators: ephemeral, never stored; they carry the last sequence number used. */
  async typing(viewer: AgentViewer | VisitorViewer, conversationId: string, isTyping: boolean): Promise<StreamEvent> {
    const conversation = await this.visibleTo(viewer, conversationId);
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

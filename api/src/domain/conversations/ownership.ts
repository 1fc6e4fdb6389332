/**
 * Who owns a conversation, and how ownership moves (guarantee 2): take over, release,
 * reassign, hand back, resolve — one row per move in `transitions`. A move is applied as a
 * single compare-and-set UPDATE (`from` statuses, plus the current assignee when the guard is
 * `ownerOrAdmin`), so concurrent attempts — even on different API instances — cannot both
 * succeed; its facts are emitted after commit.
 */
import type { AgentViewer } from '../../auth/viewer.js';
import type { OwnershipChange } from '../../events/types.js';
import type { Conversation } from '../../generated/prisma/client.js';
import type { ConversationStatus } from '../../generated/prisma/enums.js';
import type { ServiceDeps } from '../deps.js';
import { ConversationTakenError, ForbiddenError, InvalidOperationError, NotFoundError } from '../errors.js';
import { visibleConversation, type VisibleConversation } from './access.js';
import { allocateSeq, nextSlot, recordMessage, recordOwnershipChange, withOutbox, type Tx } from './log.js';
import { guardAllows } from './policy.js';

export type Transition = 'takeOver' | 'release' | 'reassign' | 'handBack' | 'resolve';

export interface TransitionRule {
  change: OwnershipChange;
  /** The statuses it may start from. */
  from: readonly ConversationStatus[];
  to: ConversationStatus;
  /** Who owns it afterwards: the acting agent, the agent named, nobody, or whoever owned it. */
  assignee: 'actor' | 'target' | 'nobody' | 'unchanged';
  /** Who may: any agent of the workspace, admins, or (once assigned) only its owner or an admin. */
  guard: 'anyAgent' | 'admin' | 'ownerOrAdmin';
  /** What happens to a pending handoff request. */
  pendingHandoff: 'ACCEPTED' | 'CANCELLED' | 'unchanged';
  /** The system message the visitor sees: "<name> joined the chat.", a fixed text, or none. */
  notice: 'joined' | string | null;
}

export const transitions: Record<Transition, TransitionRule> = {
  takeOver: {
    guard: 'anyAgent',
    change: 'TAKEN_OVER',
    from: ['QUEUED', 'ASSISTANT'],
    to: 'ASSIGNED',
    assignee: 'actor',
    pendingHandoff: 'ACCEPTED',
    notice: 'joined',
  },
  release: {
    guard: 'ownerOrAdmin',
    change: 'RELEASED',
    from: ['ASSIGNED'],
    to: 'QUEUED',
    assignee: 'nobody',
    pendingHandoff: 'unchanged',
    notice: null,
  },
  reassign: {
    guard: 'admin',
    change: 'REASSIGNED',
    from: ['QUEUED', 'ASSISTANT', 'ASSIGNED'],
    to: 'ASSIGNED',
    assignee: 'target',
    pendingHandoff: 'ACCEPTED',
    notice: 'joined',
  },
  handBack: {
    guard: 'ownerOrAdmin',
    change: 'HANDED_BACK',
    from: ['ASSIGNED', 'QUEUED'],
    to: 'ASSISTANT',
    assignee: 'nobody',
    pendingHandoff: 'CANCELLED',
    notice: 'You are chatting with the assistant again.',
  },
  resolve: {
    guard: 'ownerOrAdmin',
    change: 'RESOLVED',
    from: ['ASSISTANT', 'QUEUED', 'ASSIGNED'],
    to: 'RESOLVED',
    assignee: 'unchanged',
    pendingHandoff: 'CANCELLED',
    notice: null,
  },
};

/** Who a status means owns the conversation. */
export function ownerOf(status: ConversationStatus): 'ASSISTANT' | 'QUEUE' | 'AGENT' | 'NOBODY' {
  return ({ ASSISTANT: 'ASSISTANT', QUEUED: 'QUEUE', ASSIGNED: 'AGENT', RESOLVED: 'NOBODY' } as const)[status];
}

export class OwnershipService {
  constructor(private readonly deps: ServiceDeps) {}

  private get prisma() {
    return this.deps.prisma;
  }

  /**
   * Take over (guarantee 2): one compare-and-set UPDATE from QUEUED/ASSISTANT to ASSIGNED.
   * With N concurrent attempts exactly one row update succeeds; the others learn who won.
   */
  async takeOver(agent: AgentViewer, conversationId: string): Promise<Conversation> {
    const conversation = await visibleConversation(this.prisma, agent, conversationId);
    if (conversation.status === 'ASSIGNED' && conversation.assigneeId === agent.agentId) return conversation;
    return this.transition(agent, conversation, 'takeOver', agent.agentId);
  }

  /** Back to the queue (the assignee, or an admin). */
  async release(agent: AgentViewer, conversationId: string): Promise<Conversation> {
    return this.transition(agent, await visibleConversation(this.prisma, agent, conversationId), 'release', null);
  }

  /** Give the conversation to another active agent (admins). */
  async reassign(admin: AgentViewer, conversationId: string, toAgentId: string): Promise<Conversation> {
    const conversation = await visibleConversation(this.prisma, admin, conversationId);
    const target = await this.prisma.agent.findFirst({
      where: { id: toAgentId, workspaceId: admin.workspaceId, deactivatedAt: null },
    });
    if (!target) throw new NotFoundError('Agent');
    return this.transition(admin, conversation, 'reassign', target.id);
  }

  /** Return ownership to the assistant; a pending handoff is cancelled. */
  async handBack(agent: AgentViewer, conversationId: string): Promise<Conversation> {
    return this.transition(agent, await visibleConversation(this.prisma, agent, conversationId), 'handBack', null);
  }

  async resolve(agent: AgentViewer, conversationId: string): Promise<Conversation> {
    return this.transition(agent, await visibleConversation(this.prisma, agent, conversationId), 'resolve', null);
  }

  /** Applies one row of the ownership table (domain/conversations/ownership.ts). */
  private async transition(
    actor: AgentViewer,
    conversation: VisibleConversation,
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
    const assigneeId = { actor: actor.agentId, target: targetId, nobody: null, unchanged: conversation.assigneeId }[
      rule.assignee
    ];
    // Once assigned, the owner must still be the one the actor saw (nobody changed it meanwhile).
    const expectAssignee =
      rule.guard === 'ownerOrAdmin' && conversation.status === 'ASSIGNED' ? conversation.assigneeId : undefined;
    const actorRow = await this.prisma.agent.findUniqueOrThrow({
      where: { id: actor.agentId },
      select: { id: true, name: true },
    });
    // Taking over makes the actor the assignee: one lookup serves both.
    const assignee =
      assigneeId === actorRow.id
        ? actorRow
        : assigneeId
          ? await this.prisma.agent.findUniqueOrThrow({ where: { id: assigneeId }, select: { id: true, name: true } })
          : null;
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
        first.seq,
        { change: rule.change, status: rule.to, assigneeId, assigneeName: assignee?.name ?? null },
        actorRow,
      );
      if (notice) {
        await recordMessage(tx, outbox, conversation.id, nextSlot(first), {
          authorKind: 'SYSTEM',
          authorName: null,
          body: notice,
        });
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
    const described = {
      ASSISTANT: 'with the assistant',
      QUEUED: 'waiting in the queue',
      ASSIGNED: `with ${current.assignee?.name ?? 'an agent'}`,
    }[current.status];
    return new InvalidOperationError(`The conversation changed meanwhile: it is now ${described}.`);
  }
}

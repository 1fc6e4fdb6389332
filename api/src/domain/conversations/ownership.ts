/**
 * Who owns a conversation, and how ownership moves (guarantee 2): take over, release,
 * reassign, hand back, resolve, reopen — one row per move in `transitions`. A move is applied as a
 * single compare-and-set UPDATE (`from` statuses, plus the current assignee when the guard is
 * `ownerOrAdmin`), so concurrent attempts — even on different API instances — cannot both
 * succeed; its facts are emitted after commit.
 */
import type { AgentViewer } from '../../auth/viewer.js';
import type { Actor } from '../../events/bus.js';
import type { OwnershipChange } from '../../events/types.js';
import type { Conversation, Prisma } from '../../generated/prisma/client.js';
import type { ConversationStatus } from '../../generated/prisma/enums.js';
import type { ServiceDeps } from '../deps.js';
import { ConversationTakenError, ForbiddenError, InvalidOperationError, NotFoundError } from '../errors.js';
import { visibleConversation, type VisibleConversation } from './access.js';
import {
  allocateSeq,
  nextSlot,
  recordMessage,
  recordOwnershipChange,
  withOutbox,
  type Outbox,
  type Tx,
} from './log.js';
import { guardAllows } from './policy.js';

export type Transition = 'takeOver' | 'release' | 'reassign' | 'autoAssign' | 'handBack' | 'resolve' | 'reopen';

export interface TransitionRule {
  change: OwnershipChange;
  /** The statuses it may start from. */
  from: readonly ConversationStatus[];
  to: ConversationStatus;
  /** Who owns it afterwards: the acting agent, the agent named, nobody, or whoever owned it. */
  assignee: 'actor' | 'target' | 'nobody' | 'unchanged';
  /**
   * Who may: any agent of the workspace, admins, (once assigned) only its owner or an admin, or
   * Baton itself (auto-assignment, domain/assignment: no agent may ask for it).
   */
  guard: 'anyAgent' | 'admin' | 'ownerOrAdmin' | 'system';
  /** What happens to a pending handoff request. */
  pendingHandoff: 'ACCEPTED' | 'CANCELLED' | 'unchanged';
  /** The system message the visitor sees (see `noticeText`), or none. */
  notice: Notice | null;
}

/**
 * What the visitor is told about a move (the one home of these words). `joined`: the new owner
 * joined — or, when they are the human who last owned the chat (a repeat take-over after a
 * release), that they are back; `left`: the owner left and the visitor waits in the queue again;
 * `handedBack`: back to the assistant; `resolved`: the chat is closed until the visitor writes.
 */
export type Notice = 'joined' | 'left' | 'handedBack' | 'resolved';

export interface NoticeNames {
  /** Who owns the conversation after the move. */
  assignee: string | null;
  /** Who owned it before the move (null when nobody did). */
  previous: string | null;
  /** True when the new owner is the human who last owned the chat (before a release). */
  returning: boolean;
}

export function noticeText(notice: Notice, names: NoticeNames): string | null {
  switch (notice) {
    case 'joined':
      if (!names.assignee) return null;
      return names.returning ? `${names.assignee} is back in the chat.` : `${names.assignee} joined the chat.`;
    case 'left':
      return `${names.previous ?? 'Your teammate'} left; you're back in the queue for the team.`;
    case 'handedBack':
      return names.previous
        ? `${names.previous} left; you are chatting with the assistant again.`
        : 'You are chatting with the assistant again.';
    case 'resolved':
      return 'This chat was marked as resolved. Write again any time to continue.';
  }
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
    notice: 'left',
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
  /**
   * Auto-assignment (domain/assignment/assignment.ts) gives a queued conversation to the next
   * available agent: the same fact as a reassignment (events, webhooks, the "joined" notice,
   * metrics), with no actor.
   */
  autoAssign: {
    guard: 'system',
    change: 'REASSIGNED',
    from: ['QUEUED'],
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
    notice: 'handedBack',
  },
  resolve: {
    guard: 'ownerOrAdmin',
    change: 'RESOLVED',
    from: ['ASSISTANT', 'QUEUED', 'ASSIGNED'],
    to: 'RESOLVED',
    assignee: 'unchanged',
    pendingHandoff: 'CANCELLED',
    notice: 'resolved',
  },
  /** An agent picks a resolved conversation up again and owns it (a visitor's message reopens it with the assistant). */
  reopen: {
    guard: 'anyAgent',
    change: 'REOPENED',
    from: ['RESOLVED'],
    to: 'ASSIGNED',
    assignee: 'actor',
    pendingHandoff: 'unchanged',
    notice: 'joined',
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
   * Nothing is read first: any agent of the workspace may take over, and the UPDATE's WHERE
   * names the workspace and the statuses it may start from; when it does not match, the row is
   * read to say why (not found, someone else's — or already the actor's, which is answered as is).
   */
  async takeOver(agent: AgentViewer, conversationId: string): Promise<Conversation> {
    return this.transition(agent, conversationId, null, 'takeOver', null);
  }

  /** Back to the queue (the assignee, or an admin). */
  async release(agent: AgentViewer, conversationId: string): Promise<Conversation> {
    const seen = await visibleConversation(this.prisma, agent, conversationId);
    return this.transition(agent, conversationId, seen, 'release', null);
  }

  /** Give the conversation to another active agent (admins). */
  async reassign(admin: AgentViewer, conversationId: string, toAgentId: string): Promise<Conversation> {
    const seen = await visibleConversation(this.prisma, admin, conversationId);
    const target = await this.prisma.agent.findFirst({
      where: { id: toAgentId, workspaceId: admin.workspaceId, deactivatedAt: null },
      select: { id: true, name: true },
    });
    if (!target) throw new NotFoundError('Agent');
    return this.transition(admin, conversationId, seen, 'reassign', target);
  }

  /** Return ownership to the assistant; a pending handoff is cancelled. */
  async handBack(agent: AgentViewer, conversationId: string): Promise<Conversation> {
    const seen = await visibleConversation(this.prisma, agent, conversationId);
    return this.transition(agent, conversationId, seen, 'handBack', null);
  }

  async resolve(agent: AgentViewer, conversationId: string): Promise<Conversation> {
    const seen = await visibleConversation(this.prisma, agent, conversationId);
    return this.transition(agent, conversationId, seen, 'resolve', null);
  }

  /** Reopen a resolved conversation as its owner (any agent; a race is decided as for take over). */
  async reopen(agent: AgentViewer, conversationId: string): Promise<Conversation> {
    return this.transition(agent, conversationId, null, 'reopen', null);
  }

  /**
   * Applies one row of the ownership table (domain/conversations/ownership.ts). `seen` is the
   * conversation as the actor saw it (its guard and expected assignee); null for rules that need
   * neither (any agent, a new assignee), where the compare-and-set alone decides.
   */
  private async transition(
    actor: AgentViewer,
    conversationId: string,
    seen: VisibleConversation | null,
    name: Transition,
    target: { id: string; name: string } | null,
  ): Promise<Conversation> {
    const rule = transitions[name];
    if (seen === null && (rule.guard !== 'anyAgent' || rule.assignee === 'unchanged')) {
      throw new Error(`The ${name} transition needs the conversation as the actor saw it.`);
    }
    if (seen && !guardAllows(actor, rule.guard, seen)) {
      throw new ForbiddenError(
        rule.guard === 'admin'
          ? 'Only owners and admins can do this.'
          : `${(await this.agentName(seen.assigneeId)) ?? 'Another agent'} owns this conversation.`,
      );
    }
    const assigneeId = {
      actor: actor.agentId,
      target: target?.id ?? null,
      nobody: null,
      unchanged: seen?.assigneeId ?? null,
    }[rule.assignee];
    // Once assigned, the owner must still be the one the actor saw (nobody changed it meanwhile).
    const expectAssignee =
      seen && rule.guard === 'ownerOrAdmin' && seen.status === 'ASSIGNED' ? seen.assigneeId : undefined;
    const { actorRow, assignee, lastHumanOwner } = await this.people(
      actor,
      assigneeId,
      target,
      rule.notice === 'joined' ? conversationId : null,
    );
    const notice = rule.notice && (await this.notice(rule.notice, seen, assignee, lastHumanOwner));
    return withOutbox(this.deps, actor.workspaceId, async (tx, outbox) => {
      const applied = await applyTransition(tx, outbox, {
        conversationId,
        rule,
        where: {
          workspaceId: actor.workspaceId,
          ...(expectAssignee !== undefined && { assigneeId: expectAssignee }),
        },
        assigneeId,
        assigneeName: assignee?.name ?? null,
        actor: actorRow,
        notice,
      });
      if (applied) return applied;
      const current = await this.lostRace(tx, actor, conversationId, rule.change);
      if (current instanceof Error) throw current;
      return current;
    });
  }

  /**
   * The actor's and the new assignee's names (taking over makes the actor the assignee: one lookup
   * serves both) and, for a move that says who joins (`historyOf`), who last owned the conversation
   * — read by the same statement.
   */
  private async people(
    actor: AgentViewer,
    assigneeId: string | null,
    target: { id: string; name: string } | null,
    historyOf: string | null,
  ) {
    let actorRow: { id: string; name: string };
    let lastHumanOwner: string | null = null;
    if (historyOf) {
      // The latest status change that names an owner, or starts a new course (a handoff, a hand-back).
      const [row] = await this.prisma.$queryRaw<{ id: string; name: string; lastOwner: string | null }[]>`
        SELECT a."id"::text AS "id", a."name" AS "name", (
          SELECT e."payload" -> 'status' ->> 'assigneeId'
          FROM "ConversationEvent" e
          WHERE e."conversationId" = ${historyOf}::uuid AND e."kind" = 'STATUS_CHANGED'
            AND (e."payload" -> 'status' ->> 'assigneeId' IS NOT NULL
              OR e."payload" -> 'status' ->> 'change' IN ('HANDOFF_REQUESTED', 'HANDED_BACK'))
          ORDER BY e."seq" DESC LIMIT 1
        ) AS "lastOwner"
        FROM "Agent" a WHERE a."id" = ${actor.agentId}::uuid`;
      if (!row) throw new NotFoundError('Agent');
      actorRow = { id: row.id, name: row.name };
      lastHumanOwner = row.lastOwner;
    } else {
      actorRow = await this.prisma.agent.findUniqueOrThrow({
        where: { id: actor.agentId },
        select: { id: true, name: true },
      });
    }
    const assignee =
      assigneeId === actorRow.id
        ? actorRow
        : assigneeId === target?.id
          ? target
          : assigneeId
            ? await this.prisma.agent.findUniqueOrThrow({ where: { id: assigneeId }, select: { id: true, name: true } })
            : null;
    return { actorRow, assignee, lastHumanOwner };
  }

  /** The visitor's notice for a move: names the owner before and after it (see `noticeText`). */
  private async notice(
    notice: Notice,
    seen: VisibleConversation | null,
    assignee: { id: string; name: string } | null,
    lastHumanOwner: string | null,
  ): Promise<string | null> {
    const previousId = seen?.status === 'ASSIGNED' ? seen.assigneeId : null;
    const previous = previousId === assignee?.id ? (assignee?.name ?? null) : await this.agentName(previousId);
    // "Back" only for the human who owned this course of the chat before a release (see `people`).
    const returning = notice === 'joined' && assignee !== null && lastHumanOwner === assignee.id;
    return noticeText(notice, { assignee: assignee?.name ?? null, previous, returning });
  }

  private async agentName(agentId: string | null): Promise<string | null> {
    if (!agentId) return null;
    const agent = await this.prisma.agent.findUnique({ where: { id: agentId }, select: { name: true } });
    return agent?.name ?? null;
  }

  /**
   * Why a compare-and-set did not match: the conversation is not the actor's to see, or someone
   * else changed it first. A take-over of a conversation the actor already owns is answered with it.
   */
  private async lostRace(
    tx: Tx,
    actor: AgentViewer,
    conversationId: string,
    change: OwnershipChange,
  ): Promise<Conversation | Error> {
    const current = await tx.conversation.findUnique({
      where: { id: conversationId },
      include: { assignee: { select: { id: true, name: true } } },
    });
    if (!current || current.workspaceId !== actor.workspaceId) return new NotFoundError('Conversation');
    const { assignee, ...conversation } = current;
    if (
      (change === 'TAKEN_OVER' || change === 'REOPENED') &&
      current.status === 'ASSIGNED' &&
      current.assigneeId === actor.agentId
    ) {
      return conversation;
    }
    if (current.status === 'RESOLVED') {
      return new InvalidOperationError('This conversation is resolved; it reopens when the visitor writes again.');
    }
    if (current.status === 'ASSIGNED' && assignee && change !== 'HANDED_BACK' && change !== 'RESOLVED') {
      return new ConversationTakenError(assignee.id, assignee.name);
    }
    const described = {
      ASSISTANT: 'with the assistant',
      QUEUED: 'waiting in the queue',
      ASSIGNED: `with ${assignee?.name ?? 'an agent'}`,
    }[current.status];
    return new InvalidOperationError(`The conversation changed meanwhile: it is now ${described}.`);
  }
}

export interface AppliedTransition {
  conversationId: string;
  rule: TransitionRule;
  /** What the conversation must still match besides the rule's `from` statuses (its workspace, its owner). */
  where: Prisma.ConversationWhereInput;
  assigneeId: string | null;
  assigneeName: string | null;
  /** Who made the move; null when Baton did (auto-assignment). */
  actor: Actor | null;
  /** The system message the visitor sees, if any. */
  notice: string | null;
}

/**
 * One row of the ownership table applied inside the caller's transaction: the compare-and-set
 * UPDATE, the pending handoff settled, the STATUS_CHANGED event and the notice. Null when the
 * conversation no longer matches (someone else moved it first); the caller says why.
 */
export async function applyTransition(tx: Tx, outbox: Outbox, move: AppliedTransition): Promise<Conversation | null> {
  const { conversationId, rule, assigneeId, notice } = move;
  const now = new Date();
  const first = await allocateSeq(
    tx,
    conversationId,
    notice ? 2 : 1,
    { ...move.where, status: { in: [...rule.from] } },
    {
      status: rule.to,
      assigneeId,
      version: { increment: 1 },
      // Resolved: when; any other status is open (reopening clears it).
      resolvedAt: rule.to === 'RESOLVED' ? now : null,
    },
  );
  if (first === null) return null;
  await settlePendingHandoff(tx, outbox, conversationId, rule, now);
  recordOwnershipChange(
    outbox,
    conversationId,
    first.seq,
    { change: rule.change, status: rule.to, assigneeId, assigneeName: move.assigneeName },
    move.actor,
  );
  if (!notice) return first.conversation;
  const recorded = await recordMessage(tx, outbox, conversationId, nextSlot(first), {
    authorKind: 'SYSTEM',
    authorName: null,
    body: notice,
  });
  return recorded.conversation;
}

/**
 * Accepts or cancels the conversation's pending handoff request as the rule says. An accepted one
 * is a `handoff.accepted` fact carrying its own times (the metrics need nothing else).
 */
async function settlePendingHandoff(
  tx: Tx,
  outbox: Outbox,
  conversationId: string,
  rule: TransitionRule,
  now: Date,
): Promise<void> {
  if (rule.pendingHandoff === 'unchanged') return;
  const settled = await tx.handoffRequest.updateManyAndReturn({
    where: { conversationId, status: 'PENDING' },
    data: { status: rule.pendingHandoff, resolvedAt: now },
    select: { createdAt: true },
  });
  if (rule.pendingHandoff !== 'ACCEPTED') return;
  for (const request of settled) {
    outbox.facts.push({
      type: 'handoff.accepted',
      payload: {
        workspaceId: outbox.workspaceId,
        conversationId,
        change: rule.change,
        requestedAt: request.createdAt.toISOString(),
        acceptedAt: now.toISOString(),
      },
    });
  }
}

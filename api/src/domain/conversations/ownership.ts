/**
 * Who owns a conversation, and how ownership moves: one row per transition. The service
 * applies a row as a single compare-and-set UPDATE (`from` statuses, plus the current
 * assignee when the guard is `ownerOrAdmin`), so concurrent attempts cannot both succeed.
 */
import type { ConversationStatus } from '../../generated/prisma/enums.js';
import type { OwnershipChange } from '../../events/types.js';

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

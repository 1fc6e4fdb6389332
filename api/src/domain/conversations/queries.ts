/**
 * The inbox list as a database query: the tenant filter, the status / assignee filters, and
 * the order from client-core's inbox-view rules (the inbox sorts live updates the same way).
 */
import { listOrder } from '@baton/client-core/inbox-views';
import type { AgentViewer } from '../../auth/viewer.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { ConversationStatus } from '../../generated/prisma/enums.js';

export interface ConversationListFilter {
  statuses?: readonly ConversationStatus[] | null;
  /** An agent id, null for unassigned only, undefined for anyone. */
  assigneeId?: string | null;
}

export function conversationListQuery(
  agent: AgentViewer,
  filter: ConversationListFilter,
): { where: Prisma.ConversationWhereInput; orderBy: Prisma.ConversationOrderByWithRelationInput[] } {
  const statuses = filter.statuses?.length ? [...filter.statuses] : null;
  return {
    where: {
      workspaceId: agent.workspaceId,
      ...(statuses && { status: { in: statuses } }),
      ...(filter.assigneeId !== undefined && { assigneeId: filter.assigneeId }),
    },
    orderBy:
      listOrder(statuses) === 'waiting'
        ? [{ handoffRequestedAt: 'asc' }, { id: 'asc' }]
        : [{ updatedAt: 'desc' }, { id: 'desc' }],
  };
}

/**
 * The visitor's latest message (their question, not a system line or a reply): the inbox card's
 * preview. A relation selection, so a list of cards reads them in the same round trip.
 */
export const lastVisitorMessageSelection = {
  messages: {
    where: { authorKind: 'VISITOR', internal: false },
    orderBy: { seq: 'desc' },
    take: 1,
  },
} as const satisfies Prisma.ConversationSelect;

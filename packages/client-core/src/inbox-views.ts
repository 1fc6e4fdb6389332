/**
 * The inbox's lists of conversations: which conversations each view holds and in which order.
 * The API builds its database query from these rules and the inbox applies the same rules to
 * live events, so a card lands where the next fetch would put it.
 */
export type ConversationStatus = 'ASSISTANT' | 'QUEUED' | 'ASSIGNED' | 'RESOLVED';
export type InboxView = 'queue' | 'mine' | 'open' | 'resolved';
/** Waiting time (longest first) or latest activity (newest first); ties by id. */
export type ListOrder = 'waiting' | 'recent';

export interface ViewRule {
  title: string;
  statuses: readonly ConversationStatus[];
  /** Only conversations assigned to the viewer. */
  mineOnly: boolean;
  pageSize: number;
}

export const inboxViews: Readonly<Record<InboxView, ViewRule>> = {
  queue: { title: 'Waiting for a human', statuses: ['QUEUED'], mineOnly: false, pageSize: 100 },
  mine: { title: 'Mine', statuses: ['ASSIGNED'], mineOnly: true, pageSize: 100 },
  open: { title: 'All open', statuses: ['ASSISTANT', 'QUEUED', 'ASSIGNED'], mineOnly: false, pageSize: 100 },
  resolved: { title: 'Resolved', statuses: ['RESOLVED'], mineOnly: false, pageSize: 50 },
};

/** A list of only queued conversations is ordered by waiting time; any other by activity. */
export function listOrder(statuses: readonly ConversationStatus[] | null | undefined): ListOrder {
  return statuses?.length === 1 && statuses[0] === 'QUEUED' ? 'waiting' : 'recent';
}

export interface ListedConversation {
  id: string;
  status: string;
  assignee?: { id: string } | null;
  handoffRequestedAt?: string | null;
  updatedAt: string;
}

/** Whether a conversation belongs in a view. */
export function inView(view: InboxView, c: ListedConversation, viewerId: string): boolean {
  const rule = inboxViews[view];
  return (rule.statuses as readonly string[]).includes(c.status) && (!rule.mineOnly || c.assignee?.id === viewerId);
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The comparator the API's `orderBy` expresses, for lists kept up to date in a client. */
export function compareIn(order: ListOrder): (a: ListedConversation, b: ListedConversation) => number {
  return order === 'waiting'
    ? (a, b) => byText(a.handoffRequestedAt ?? '', b.handoffRequestedAt ?? '') || byText(a.id, b.id)
    : (a, b) => byText(b.updatedAt, a.updatedAt) || byText(b.id, a.id);
}

/** A view's conversations in the view's order. */
export function sortForView<T extends ListedConversation>(view: InboxView, list: readonly T[]): T[] {
  return [...list].sort(compareIn(listOrder(inboxViews[view].statuses)));
}

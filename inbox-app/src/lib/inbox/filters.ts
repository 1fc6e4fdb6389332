import type { InboxView } from '../router.svelte';

export interface CardLike {
  id: string;
  status: string;
  assignee?: { id: string } | null;
  handoffRequestedAt?: string | null;
  updatedAt: string;
}

export const viewTitle: Record<InboxView, string> = {
  queue: 'Waiting for a human',
  mine: 'Mine',
  open: 'All open',
  resolved: 'Resolved',
};

/** The list query's variables for a view. */
export function viewVariables(view: InboxView) {
  switch (view) {
    case 'queue':
      return { status: ['QUEUED' as const], first: 100 };
    case 'mine':
      return { status: ['ASSIGNED' as const], assignee: 'ME' as const, first: 100 };
    case 'open':
      return { status: ['ASSISTANT' as const, 'QUEUED' as const, 'ASSIGNED' as const], first: 100 };
    case 'resolved':
      return { status: ['RESOLVED' as const], first: 50 };
  }
}

/** Whether a conversation belongs in a view (used to apply live events without refetching). */
export function inView(view: InboxView, c: CardLike, viewerId: string): boolean {
  switch (view) {
    case 'queue':
      return c.status === 'QUEUED';
    case 'mine':
      return c.status === 'ASSIGNED' && c.assignee?.id === viewerId;
    case 'open':
      return c.status !== 'RESOLVED';
    case 'resolved':
      return c.status === 'RESOLVED';
  }
}

/** The queue by waiting time (longest first); other views by latest activity. */
export function sortFor<T extends CardLike>(view: InboxView, list: T[]): T[] {
  const copy = [...list];
  if (view === 'queue') copy.sort((a, b) => (a.handoffRequestedAt ?? '').localeCompare(b.handoffRequestedAt ?? ''));
  else copy.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return copy;
}

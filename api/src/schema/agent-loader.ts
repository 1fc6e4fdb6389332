/**
 * Conversation assignees, loaded together for every conversation a request resolves (the inbox
 * page's 50), and not at all when none has one: Prisma's include read `Agent WHERE id IN (NULL,
 * …)` for unassigned conversations. Batching only (no cache): a long-lived subscription context
 * never answers with a name read earlier.
 */
import DataLoader from 'dataloader';
import type { Context } from '../context.js';
import type { Agent } from '../generated/prisma/client.js';

/** The columns an assignee's fields read — everything but the password hash. */
const assigneeColumns = {
  id: true,
  workspaceId: true,
  name: true,
  email: true,
  role: true,
  deactivatedAt: true,
  away: true,
  lastAutoAssignedAt: true,
  createdAt: true,
  updatedAt: true,
} as const;

export type Assignee = Omit<Agent, 'passwordHash'>;

const loaders = new WeakMap<Context, DataLoader<string, Assignee | null>>();
const byConversation = new WeakMap<object, Promise<Assignee | null>>();

/** The assignee of `conversation` (a row as read for this request or event), or null for none. */
export function loadAssignee(ctx: Context, conversation: { assigneeId: string | null }): Promise<Assignee | null> {
  const agentId = conversation.assigneeId;
  if (agentId === null) return Promise.resolve(null);
  let assignee = byConversation.get(conversation);
  if (!assignee) {
    assignee = loaderFor(ctx).load(agentId);
    byConversation.set(conversation, assignee);
  }
  return assignee;
}

function loaderFor(ctx: Context): DataLoader<string, Assignee | null> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(
      async (ids) => {
        const rows = await ctx.prisma.agent.findMany({ where: { id: { in: [...ids] } }, select: assigneeColumns });
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      },
      { cache: false },
    );
    loaders.set(ctx, loader);
  }
  return loader;
}

/**
 * The widget's honest estimate (issue 15, item 9): how many agents are available right now
 * (domain/presence), where the conversation is in the live queue, and — only when someone is
 * available — about how long until a teammate joins. The estimate is the workspace's recent
 * typical wait for a queued conversation to be accepted (the median of its last accepted handoffs,
 * one minute when it has none yet), times the rounds of the queue ahead of this conversation
 * (its position divided among the available agents), less the time it has already waited. With
 * nobody available there is no estimate: the widget says the team is away.
 */
import type { PrismaClient } from '../../generated/prisma/client.js';
import type { PresenceService } from '../presence/presence.js';

export interface ExpectedWait {
  availableAgents: number;
  /** 1 for the conversation waiting longest. */
  queuePosition: number;
  /** Null when nobody is available. */
  estimateSeconds: number | null;
}

/** What one round of the queue takes when the workspace has no accepted handoff yet. */
export const defaultWaitSeconds = 60;
/** How many recent accepted handoffs the typical wait is taken from. */
const recentHandoffs = 20;

export async function expectedWait(
  prisma: PrismaClient,
  presence: PresenceService,
  conversation: { id: string; workspaceId: string; status: string; handoffRequestedAt: Date | null },
  now = new Date(),
): Promise<ExpectedWait | null> {
  if (conversation.status !== 'QUEUED') return null;
  const requestedAt = conversation.handoffRequestedAt ?? now;
  const [availableAgents, ahead, recent] = await Promise.all([
    presence.availableAgents(conversation.workspaceId),
    prisma.conversation.count({
      where: {
        workspaceId: conversation.workspaceId,
        status: 'QUEUED',
        id: { not: conversation.id },
        handoffRequestedAt: { lt: requestedAt },
      },
    }),
    prisma.handoffRequest.findMany({
      where: { workspaceId: conversation.workspaceId, status: 'ACCEPTED', resolvedAt: { not: null } },
      orderBy: { resolvedAt: 'desc' },
      take: recentHandoffs,
      select: { createdAt: true, resolvedAt: true },
    }),
  ]);
  const queuePosition = ahead + 1;
  if (availableAgents === 0) return { availableAgents, queuePosition, estimateSeconds: null };
  const waits = recent
    .map((r) => Math.max(0, (r.resolvedAt!.getTime() - r.createdAt.getTime()) / 1000))
    .sort((a, b) => a - b);
  const typical = waits.length > 0 ? waits[Math.floor(waits.length / 2)]! : defaultWaitSeconds;
  const rounds = Math.ceil(queuePosition / availableAgents);
  const waited = Math.max(0, (now.getTime() - requestedAt.getTime()) / 1000);
  const estimateSeconds = Math.max(0, Math.round(rounds * Math.max(typical, 1) - waited));
  return { availableAgents, queuePosition, estimateSeconds };
}

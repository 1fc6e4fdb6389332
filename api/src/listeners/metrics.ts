/**
 * Metrics from domain facts (observability/metrics.ts): the wait for a take-over and for the
 * first human reply, assistant answers and provider failures, webhook delivery attempts. Facts
 * are emitted on the instance that committed the change, so each is counted once across
 * instances (sum the series over instances).
 */
import type { PrismaClient } from '../db/database.js';
import type { Listener } from '../events/bus.js';
import type { Metrics } from '../observability/metrics.js';

/** A handoff request accepted this close to the take-over was accepted by it. */
const sameChangeMs = 10_000;

const seconds = (from: Date, to: Date) => Math.max(0, (to.getTime() - from.getTime()) / 1000);

export function metricsListener(metrics: Metrics, prisma: PrismaClient): Listener {
  return {
    name: 'metrics',
    'conversation.ownership_changed': async ({ event, change }) => {
      if (change !== 'TAKEN_OVER') return;
      // The handoff request this take-over accepted (none: an agent took over from the assistant).
      const accepted = await prisma.handoffRequest.findFirst({
        where: { conversationId: event.conversationId, status: 'ACCEPTED' },
        orderBy: { resolvedAt: 'desc' },
        select: { createdAt: true, resolvedAt: true },
      });
      const at = new Date(event.at);
      if (!accepted?.resolvedAt || Math.abs(at.getTime() - accepted.resolvedAt.getTime()) > sameChangeMs) return;
      metrics.timeToTakeOver.observe(seconds(accepted.createdAt, accepted.resolvedAt));
    },
    'message.posted': async ({ message }) => {
      if (message.authorKind !== 'AGENT' || message.internal) return;
      const conversation = await prisma.conversation.findUnique({
        where: { id: message.conversationId },
        select: { handoffRequestedAt: true, firstHumanReplyAt: true },
      });
      const { handoffRequestedAt, firstHumanReplyAt } = conversation ?? {};
      // Only the reply that stopped the response-time clock (messages.ts) counts.
      if (!handoffRequestedAt || firstHumanReplyAt?.toISOString() !== message.createdAt) return;
      metrics.timeToFirstHumanReply.observe(seconds(handoffRequestedAt, firstHumanReplyAt));
    },
    'assistant.answered': ({ provider }) => {
      metrics.aiResponses.inc({ provider });
    },
    'assistant.provider_failed': ({ provider, final }) => {
      metrics.aiProviderErrors.inc({ provider, final: String(final) });
    },
    'webhook.attempted': ({ outcome }) => {
      metrics.webhookDeliveries.inc({ outcome });
    },
  };
}

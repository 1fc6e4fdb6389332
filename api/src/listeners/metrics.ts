/**
 * Metrics from domain facts (observability/metrics.ts): the wait for a take-over and for the
 * first human reply, assistant answers and provider failures, webhook delivery attempts. Facts
 * are emitted on the instance that committed the change, so each is counted once across
 * instances (sum the series over instances).
 */
import type { Listener } from '../events/bus.js';
import type { Metrics } from '../observability/metrics.js';

const seconds = (from: string, to: string) => Math.max(0, (Date.parse(to) - Date.parse(from)) / 1000);

export function metricsListener(metrics: Metrics): Listener {
  return {
    name: 'metrics',
    // Both facts carry their times (recorded by the change itself): nothing is read here.
    'handoff.accepted': ({ change, requestedAt, acceptedAt }) => {
      if (change === 'TAKEN_OVER') metrics.timeToTakeOver.observe(seconds(requestedAt, acceptedAt));
    },
    'handoff.first_human_reply': ({ requestedAt, repliedAt }) => {
      metrics.timeToFirstHumanReply.observe(seconds(requestedAt, repliedAt));
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

/**
 * Tells a workspace's admins, live in the inbox, that Baton disabled one of its webhook
 * endpoints (the inbox also shows disabled endpoints from the API when it loads, so an admin who
 * was away is told too).
 */
import type { Listener } from '../events/bus.js';
import type { BatonPubSub } from '../events/pubsub.js';

export function webhookOwnerNotice({ pubsub }: BatonPubSub): Listener {
  return {
    name: 'webhook owner notice',
    'webhook.endpoint_disabled': ({ workspaceId, endpointId, url, reason }) =>
      pubsub.publish('webhookNotice', workspaceId, {
        kind: 'ENDPOINT_DISABLED',
        workspaceId,
        endpointId,
        url,
        reason,
        at: new Date().toISOString(),
      }),
  };
}

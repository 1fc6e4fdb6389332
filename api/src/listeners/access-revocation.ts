/**
 * Tells every instance (through pub/sub) that sessions or permissions ended, so each one closes
 * the WebSockets they concern (http/graphql-ws.ts).
 */
import type { Listener } from '../events/bus.js';
import type { BatonPubSub } from '../events/pubsub.js';

export function accessRevocation({ pubsub }: BatonPubSub): Listener {
  return {
    name: 'access revocation',
    'access.revoked': (revocation) => pubsub.publish('revocation', revocation),
  };
}

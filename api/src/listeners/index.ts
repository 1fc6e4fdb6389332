/**
 * The list of reactions to domain events. Each listener decides for itself which facts concern
 * it; add new reactions (webhooks, notifications) here.
 */
import type { DomainEvents } from '../events/bus.js';
import type { BatonPubSub } from '../events/pubsub.js';
import type { AssignmentService } from '../domain/assignment/assignment.js';
import { accessRevocation } from './access-revocation.js';
import { autoAssignment } from './auto-assignment.js';
import { jobWakeUp } from './job-wake-up.js';
import { subscriberFanOut } from './subscriber-fanout.js';
import { webhookOwnerNotice } from './webhook-owner-notice.js';
import type { JobWorker } from '../jobs/job-queue.js';

export interface ListenerDeps {
  pubsub: BatonPubSub;
  /** This instance's job workers (the assistant's turns, webhook deliveries). */
  workers: JobWorker[];
  /** Auto-assignment of queued conversations (domain/assignment). */
  assignment: AssignmentService;
}

export function registerListeners(events: DomainEvents, deps: ListenerDeps): () => void {
  const removers = [
    subscriberFanOut(deps.pubsub),
    jobWakeUp(deps.workers),
    accessRevocation(deps.pubsub),
    webhookOwnerNotice(deps.pubsub),
    autoAssignment(deps.assignment),
  ].map((listener) => events.register(listener));
  return () => removers.forEach((remove) => remove());
}

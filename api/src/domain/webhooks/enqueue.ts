/**
 * Turning a transaction's webhook events into deliveries, inside that transaction (so a change
 * cannot commit without its deliveries, nor deliveries without the change): one delivery per
 * event per enabled endpoint subscribed to it, each with a job on the `webhook` queue (key =
 * delivery id, so deliveries never wait for each other).
 *
 * The endpoints are found by the statement that stores the transaction's stream events
 * (`endpointsSubscribedSql`, used by conversations/log.ts), so a workspace without endpoints
 * costs no statement of its own.
 */
import { randomUUID } from 'node:crypto';
import { Prisma } from '../../generated/prisma/client.js';
import type { DomainFact } from '../../events/bus.js';
import { enqueueJob, type Tx } from '../../jobs/job-queue.js';
import { webhookBody, type PendingWebhookEvent } from './payloads.js';

export const webhookQueue = 'webhook';

/** A job on the webhook queue. `once`: a test event or a redelivery — one attempt, no retries. */
export interface WebhookJob {
  deliveryId: string;
  once?: boolean;
}

export interface SubscribedEndpoint {
  id: string;
  events: string[];
}

/**
 * A scalar subquery: the enabled endpoints of `workspaceId` subscribed to any of `types`, as
 * JSON text (`[{"id":…,"events":[…]}]`).
 */
export function endpointsSubscribedSql(workspaceId: string, types: readonly string[]): Prisma.Sql {
  return Prisma.sql`(SELECT coalesce(json_agg(json_build_object('id', e."id", 'events', e."events"))::text, '[]')
      FROM "WebhookEndpoint" e
     WHERE e."workspaceId" = ${workspaceId}::uuid AND e."enabled"
       AND e."events" && ARRAY(SELECT jsonb_array_elements_text(${JSON.stringify(types)}::jsonb)))`;
}

export function parseSubscribedEndpoints(json: string): SubscribedEndpoint[] {
  return JSON.parse(json) as SubscribedEndpoint[];
}

/** The endpoints subscribed to any of `types` (when no statement of the transaction found them). */
export async function subscribedEndpoints(
  tx: Tx,
  workspaceId: string,
  types: readonly string[],
): Promise<SubscribedEndpoint[]> {
  if (types.length === 0) return [];
  const [row] = await tx.$queryRaw<
    { endpoints: string }[]
  >`SELECT ${endpointsSubscribedSql(workspaceId, types)} AS endpoints`;
  return parseSubscribedEndpoints(row?.endpoints ?? '[]');
}

/** Stores the deliveries of `events` for `endpoints` and their jobs; the returned facts wake the worker after commit. */
export async function enqueueWebhookDeliveries(
  tx: Tx,
  workspaceId: string,
  events: readonly PendingWebhookEvent[],
  endpoints: readonly SubscribedEndpoint[],
): Promise<DomainFact[]> {
  const deliveries: Prisma.WebhookDeliveryCreateManyInput[] = [];
  for (const event of events) {
    const targets = endpoints.filter((e) => e.events.includes(event.type));
    if (targets.length === 0) continue;
    const data = await event.build(tx);
    for (const endpoint of targets) {
      const id = randomUUID();
      deliveries.push({
        id,
        endpointId: endpoint.id,
        workspaceId,
        event: event.type,
        body: webhookBody(id, workspaceId, event.type, event.at, data),
        nextAttemptAt: new Date(),
      });
    }
  }
  if (deliveries.length === 0) return [];
  await tx.webhookDelivery.createMany({ data: deliveries });
  await tx.job.createMany({
    data: deliveries.map((d) => ({
      queue: webhookQueue,
      key: d.id!,
      payload: { deliveryId: d.id! } satisfies WebhookJob as unknown as Prisma.InputJsonValue,
    })),
  });
  return [{ type: 'job.enqueued', payload: { queue: webhookQueue } }];
}

/** Queues one more job for an existing delivery (test event, redelivery). */
export async function enqueueWebhookJob(tx: Tx, job: WebhookJob): Promise<void> {
  await enqueueJob(tx, { queue: webhookQueue, key: job.deliveryId, payload: job as unknown as Prisma.InputJsonValue });
}

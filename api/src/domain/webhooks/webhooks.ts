/**
 * Webhook endpoints (owner/admin): URL, signing secret, chosen events; test events and
 * redeliveries. Delivery itself is deliveries.ts; what is sent, payloads.ts.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { WebhookDelivery, WebhookEndpoint } from '../../generated/prisma/client.js';
import type { ServiceDeps } from '../deps.js';
import type { WebhookNotice } from '../../events/types.js';
import { InvalidOperationError, NotFoundError, ValidationError } from '../errors.js';
import { parseInput } from '../validation.js';
import { BlockedAddressError, resolveAllowed } from './address-policy.js';
import { enqueueWebhookJob, webhookQueue } from './enqueue.js';
import { webhookEventTypes } from './event-types.js';
import { webhookBody } from './payloads.js';

/** Who manages endpoints: a workspace, and the agent when there is one (API keys have none). */
export interface WebhookManager {
  workspaceId: string;
  agentId?: string | null;
}

const urlSchema = z
  .string()
  .trim()
  .min(1, 'Enter the URL Baton should send events to')
  .max(2000, 'Use at most 2000 characters')
  .refine((v) => URL.canParse(v), 'Enter a valid URL, e.g. https://example.com/webhooks/baton')
  .refine((v) => !URL.canParse(v) || /^https?:$/.test(new URL(v).protocol), 'Use an http:// or https:// URL')
  .refine(
    (v) => !URL.canParse(v) || (new URL(v).username === '' && new URL(v).password === ''),
    'Leave user names and passwords out of the URL',
  );

const eventsSchema = z
  .array(z.string())
  .min(1, 'Choose at least one event')
  .superRefine((events, ctx) => {
    events.forEach((event, index) => {
      if (!(webhookEventTypes as readonly string[]).includes(event))
        ctx.addIssue({ code: 'custom', path: [index], message: `Unknown event "${event}"` });
    });
  })
  .transform((events) => [...new Set(events)]);

const descriptionSchema = z
  .string()
  .trim()
  .max(500, 'Use at most 500 characters')
  .nullish()
  .transform((v) => v || null);

export const createEndpointInput = z.object({
  url: urlSchema,
  description: descriptionSchema,
  events: eventsSchema,
});
export type CreateEndpointInput = z.input<typeof createEndpointInput>;

export const updateEndpointInput = z.object({
  url: urlSchema.nullish(),
  description: descriptionSchema,
  events: eventsSchema.nullish(),
  enabled: z.boolean().nullish(),
});
export type UpdateEndpointInput = z.input<typeof updateEndpointInput>;

export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString('base64url')}`;
}

export class WebhookService {
  constructor(private readonly deps: ServiceDeps) {}

  private get prisma() {
    return this.deps.prisma;
  }

  list(manager: WebhookManager): Promise<WebhookEndpoint[]> {
    return this.prisma.webhookEndpoint.findMany({
      where: { workspaceId: manager.workspaceId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  async get(manager: WebhookManager, endpointId: string): Promise<WebhookEndpoint> {
    const endpoint = await this.prisma.webhookEndpoint.findFirst({
      where: { id: endpointId, workspaceId: manager.workspaceId },
    });
    if (!endpoint) throw new NotFoundError('Webhook endpoint');
    return endpoint;
  }

  async create(manager: WebhookManager, raw: CreateEndpointInput): Promise<WebhookEndpoint> {
    const input = parseInput(createEndpointInput, raw);
    await this.checkAddress(input.url);
    return this.prisma.webhookEndpoint.create({
      data: {
        workspaceId: manager.workspaceId,
        url: input.url,
        description: input.description,
        events: input.events,
        secret: newWebhookSecret(),
        createdById: manager.agentId ?? null,
      },
    });
  }

  /** Changes what is given; enabling an endpoint clears Baton's disabling and its failure count. */
  async update(manager: WebhookManager, endpointId: string, raw: UpdateEndpointInput): Promise<WebhookEndpoint> {
    const input = parseInput(updateEndpointInput, raw);
    const endpoint = await this.get(manager, endpointId);
    if (input.url) await this.checkAddress(input.url);
    return this.prisma.webhookEndpoint.update({
      where: { id: endpoint.id },
      data: {
        ...(input.url && { url: input.url }),
        ...(raw.description !== undefined && { description: input.description }),
        ...(input.events && { events: input.events }),
        ...(input.enabled === true && {
          enabled: true,
          disabledAt: null,
          disabledReason: null,
          consecutiveFailures: 0,
        }),
        ...(input.enabled === false && { enabled: false }),
      },
    });
  }

  /** A new signing secret; the old one stops working at once. */
  async rotateSecret(manager: WebhookManager, endpointId: string): Promise<WebhookEndpoint> {
    const endpoint = await this.get(manager, endpointId);
    return this.prisma.webhookEndpoint.update({ where: { id: endpoint.id }, data: { secret: newWebhookSecret() } });
  }

  /** Deletes the endpoint with its deliveries (pending ones are not sent). */
  async delete(manager: WebhookManager, endpointId: string): Promise<WebhookEndpoint> {
    const endpoint = await this.get(manager, endpointId);
    await this.prisma.$transaction([
      this.prisma.job.deleteMany({
        where: { queue: webhookQueue, key: { in: await this.deliveryIds(endpoint.id) } },
      }),
      this.prisma.webhookEndpoint.delete({ where: { id: endpoint.id } }),
    ]);
    return endpoint;
  }

  /** Sends a `webhook.test` event to the endpoint now (one attempt, even when it is disabled). */
  async sendTest(manager: WebhookManager, endpointId: string): Promise<WebhookDelivery> {
    const endpoint = await this.get(manager, endpointId);
    const id = randomUUID();
    const at = new Date();
    const delivery = await this.prisma.$transaction(async (tx) => {
      const created = await tx.webhookDelivery.create({
        data: {
          id,
          endpointId: endpoint.id,
          workspaceId: endpoint.workspaceId,
          event: 'webhook.test',
          body: webhookBody(id, endpoint.workspaceId, 'webhook.test', at.toISOString(), {
            message: 'A test event from Baton. Verify its signature as you would any other event.',
          }),
          nextAttemptAt: at,
          createdAt: at,
        },
      });
      await enqueueWebhookJob(tx, { deliveryId: id, once: true });
      return created;
    });
    this.deps.events.emit('job.enqueued', { queue: webhookQueue });
    return delivery;
  }

  /**
   * Sends a delivery again with the same delivery id and body (receivers de-duplicate on it):
   * one attempt now. A delivery still being retried is tried now instead of at its next time.
   */
  async redeliver(manager: WebhookManager, deliveryId: string): Promise<WebhookDelivery> {
    const delivery = await this.prisma.webhookDelivery.findFirst({
      where: { id: deliveryId, workspaceId: manager.workspaceId },
    });
    if (!delivery) throw new NotFoundError('Webhook delivery');
    const updated = await this.prisma.$transaction(async (tx) => {
      const due = await tx.job.updateMany({
        where: { queue: webhookQueue, key: delivery.id, failedAt: null, lockedBy: null },
        data: { runAt: new Date() },
      });
      if (due.count === 0) {
        const running = await tx.job.count({ where: { queue: webhookQueue, key: delivery.id, failedAt: null } });
        if (running > 0) throw new InvalidOperationError('This delivery is being sent right now.');
        await enqueueWebhookJob(tx, { deliveryId: delivery.id, once: true });
      }
      return tx.webhookDelivery.update({
        where: { id: delivery.id },
        data: { status: 'PENDING', nextAttemptAt: new Date() },
      });
    });
    this.deps.events.emit('job.enqueued', { queue: webhookQueue });
    return updated;
  }

  /** Live notices for the workspace's admins (an endpoint Baton disabled). */
  notices(manager: WebhookManager): AsyncIterable<WebhookNotice> {
    return this.deps.pubsub.pubsub.subscribe('webhookNotice', manager.workspaceId);
  }

  private async deliveryIds(endpointId: string): Promise<string[]> {
    const rows = await this.prisma.webhookDelivery.findMany({
      where: { endpointId, status: 'PENDING' },
      select: { id: true },
    });
    return rows.map((r) => r.id);
  }

  /** Refuses a URL whose host resolves to an address webhooks may not go to (unless allowed). */
  private async checkAddress(url: string): Promise<void> {
    if (this.deps.config.webhooks.allowPrivateAddresses) return;
    try {
      await resolveAllowed(new URL(url).hostname, false);
    } catch (error) {
      throw ValidationError.single(
        'input.url',
        error instanceof BlockedAddressError
          ? `${error.message}. Baton only sends webhooks to public addresses.`
          : `The host ${new URL(url).hostname} could not be resolved`,
      );
    }
  }
}

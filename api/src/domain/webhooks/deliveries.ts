/**
 * Working the webhook queue: every instance runs a JobWorker on queue `webhook` (rows claimed
 * with FOR UPDATE SKIP LOCKED under a lease, jobs/job-queue.ts), so each delivery is sent by one
 * instance at a time and pending ones survive restarts. One job = one delivery id:
 *   - an attempt signs the stored body with the endpoint's current secret and a fresh timestamp,
 *     sends it (sender.ts) and records it (WebhookAttempt), all outcomes in one transaction;
 *   - a failure is retried on the schedule of retry-schedule.ts; after the last attempt the
 *     delivery is FAILED; `once` jobs (test events, redeliveries) make a single attempt;
 *   - failed attempts in a row are counted per endpoint (a success resets the count); at
 *     `disableAfterFailures` Baton disables the endpoint (`webhook.endpoint_disabled`, the
 *     workspace's admins are told) and its pending deliveries fail without being sent.
 * A crash between sending and recording sends the delivery again after the lease expires (at
 * least once): receivers de-duplicate on `Baton-Delivery`.
 */
import type { DomainFact } from '../../events/bus.js';
import { JobWorker, type ClaimedJob, type Tx } from '../../jobs/job-queue.js';
import type { ServiceDeps } from '../deps.js';
import { ServiceUnavailableError } from '../errors.js';
import { webhookQueue, type WebhookJob } from './enqueue.js';
import { retryDelayMs, type RetrySchedule } from './retry-schedule.js';
import { webhookDeliveryGlobalId } from './payloads.js';
import { sendWebhook } from './sender.js';
import { signWebhook } from './signing.js';

export const webhookUserAgent = 'Baton-Webhooks/1';

/** Thrown by an attempt that failed and will be retried `delayMs` from now. */
class RetryLater extends Error {
  constructor(
    message: string,
    readonly delayMs: number,
  ) {
    super(message);
  }
}

function parseJob(payload: unknown): WebhookJob {
  const job = payload as Partial<WebhookJob> | null;
  if (!job || typeof job.deliveryId !== 'string') throw new Error('not a webhook job');
  return { deliveryId: job.deliveryId, once: job.once === true };
}

export class WebhookDeliveries {
  readonly worker: JobWorker;
  private readonly schedule: RetrySchedule;

  constructor(private readonly deps: ServiceDeps) {
    const { webhooks, jobs } = deps.config;
    this.schedule = { baseMs: webhooks.retryBaseMs, maxAttempts: webhooks.maxAttempts };
    this.worker = new JobWorker({
      prisma: deps.prisma,
      queue: webhookQueue,
      concurrency: 8,
      leaseMs: Math.max(jobs.leaseMs, webhooks.timeoutMs * 3),
      pollMs: jobs.pollMs,
      // The handler gives up itself after the schedule's last attempt; this is the backstop for
      // attempts that crashed (e.g. an instance that died mid-attempt).
      maxAttempts: webhooks.maxAttempts + 3,
      retryDelayMs: (attempt, error) =>
        error instanceof RetryLater ? error.delayMs : (retryDelayMs(this.schedule, attempt) ?? webhooks.retryBaseMs),
      isTransient: (error) => error instanceof ServiceUnavailableError,
      log: deps.log ?? ((message) => console.warn(message)),
      handler: (job) => this.attempt(job),
    });
  }

  start(): void {
    this.worker.start();
  }

  stop(graceMs: number): Promise<void> {
    return this.worker.stop(graceMs);
  }

  /** Resolves once no delivery is waiting or being sent on any instance (tests). */
  idle(): Promise<void> {
    return this.worker.idle();
  }

  private async attempt(job: ClaimedJob): Promise<void> {
    const { deliveryId, once } = parseJob(job.payload);
    const { prisma, config, events } = this.deps;
    const delivery = await prisma.webhookDelivery.findUnique({
      where: { id: deliveryId },
      include: { endpoint: true },
    });
    // Deleted with its endpoint, or already delivered (this job ran before and its outcome was recorded).
    if (!delivery || (!once && delivery.status !== 'PENDING')) return;
    const { endpoint } = delivery;
    const number = delivery.attempts + 1;
    if (!once && !endpoint.enabled) return this.failUnsent(deliveryId, number, endpoint.disabledAt !== null);
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = {
      'Content-Type': 'application/json',
      'User-Agent': webhookUserAgent,
      'Baton-Delivery': webhookDeliveryGlobalId(delivery.id),
      'Baton-Event': delivery.event,
      'Baton-Signature': signWebhook(endpoint.secret, delivery.body, timestamp),
    };
    const startedAt = new Date();
    const response = await sendWebhook({
      url: endpoint.url,
      headers,
      body: delivery.body,
      timeoutMs: config.webhooks.timeoutMs,
      allowPrivateAddresses: config.webhooks.allowPrivateAddresses,
    });
    const delivered = response.error === null;
    const delay = delivered || once ? null : retryDelayMs(this.schedule, job.attempt);
    const outcome = delivered ? 'delivered' : delay === null ? 'failed' : 'retrying';

    const facts: DomainFact[] = [];
    await prisma.$transaction(async (tx) => {
      await tx.webhookAttempt.create({
        data: {
          deliveryId,
          attempt: number,
          startedAt,
          durationMs: response.durationMs,
          statusCode: response.statusCode,
          error: response.error,
          requestHeaders: JSON.stringify(headers),
          responseExcerpt: response.responseExcerpt,
        },
      });
      await tx.webhookDelivery.update({
        where: { id: deliveryId },
        data: {
          attempts: number,
          status: delivered ? 'DELIVERED' : outcome === 'failed' ? 'FAILED' : 'PENDING',
          ...(delivered && { deliveredAt: new Date() }),
          nextAttemptAt: delay === null ? null : new Date(Date.now() + delay),
        },
      });
      facts.push(...(await this.countOutcome(tx, endpoint, response.error)));
    });
    events.emit('webhook.attempted', {
      workspaceId: endpoint.workspaceId,
      endpointId: endpoint.id,
      deliveryId,
      event: delivery.event,
      outcome,
      statusCode: response.statusCode,
      durationMs: response.durationMs,
    });
    for (const fact of facts) events.emitFact(fact);
    if (delay !== null) throw new RetryLater(`delivery ${deliveryId}: ${response.error}`, delay);
  }

  /** A pending delivery of a disabled endpoint: FAILED without a request (an admin may redeliver it). */
  private async failUnsent(deliveryId: string, attempt: number, byBaton: boolean): Promise<void> {
    const { prisma } = this.deps;
    await prisma.$transaction([
      prisma.webhookAttempt.create({
        data: {
          deliveryId,
          attempt,
          durationMs: 0,
          statusCode: null,
          error: byBaton
            ? 'Not sent: the endpoint was disabled after repeated failures'
            : 'Not sent: the endpoint is disabled',
          requestHeaders: '{}',
        },
      }),
      prisma.webhookDelivery.update({
        where: { id: deliveryId },
        data: { status: 'FAILED', attempts: attempt, nextAttemptAt: null },
      }),
    ]);
  }

  /**
   * Counts an attempt's outcome on its endpoint: a success resets the failures in a row; a
   * failure adds one and, at the threshold, disables the endpoint (once: the first to get there).
   */
  private async countOutcome(
    tx: Tx,
    endpoint: { id: string; workspaceId: string; url: string },
    error: string | null,
  ): Promise<DomainFact[]> {
    if (error === null) {
      await tx.webhookEndpoint.updateMany({
        where: { id: endpoint.id, consecutiveFailures: { gt: 0 } },
        data: { consecutiveFailures: 0 },
      });
      return [];
    }
    const counted = await tx.webhookEndpoint.update({
      where: { id: endpoint.id },
      data: { consecutiveFailures: { increment: 1 } },
      select: { consecutiveFailures: true },
    });
    if (counted.consecutiveFailures < this.deps.config.webhooks.disableAfterFailures) return [];
    const reason = `${counted.consecutiveFailures} failed attempts in a row (last: ${error})`;
    const disabled = await tx.webhookEndpoint.updateMany({
      where: { id: endpoint.id, enabled: true },
      data: { enabled: false, disabledAt: new Date(), disabledReason: reason.slice(0, 500) },
    });
    if (disabled.count === 0) return [];
    return [
      {
        type: 'webhook.endpoint_disabled',
        payload: { workspaceId: endpoint.workspaceId, endpointId: endpoint.id, url: endpoint.url, reason },
      },
    ];
  }
}

/**
 * The response-time clock (guarantee 7): waiting counts from the handoff request to the first
 * human reply. A periodic sweep marks conversations past their workspace's target with one
 * conditional UPDATE, so a breach is recorded — and published on the inbox stream — exactly
 * once per handoff, even with several API instances sweeping.
 */
import type { ServiceDeps } from '../deps.js';
import { ServiceUnavailableError } from '../errors.js';
import type { DomainFact } from '../../events/bus.js';
import { enqueueWebhookDeliveries, subscribedEndpoints } from '../webhooks/enqueue.js';
import { webhookEventsOf } from '../webhooks/payloads.js';

interface Breached {
  id: string;
  workspaceId: string;
}

export class ResponseClock {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(private readonly deps: ServiceDeps) {}

  start(intervalMs: number): void {
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.sweep()
        .then(() => undefined)
        .catch((error: unknown) => {
          // An outage is logged once by the database layer (db/database-faults.ts); the next sweep catches up.
          if (!(error instanceof ServiceUnavailableError))
            (this.deps.log ?? console.error)(`response-time sweep failed: ${String(error)}`);
        })
        .finally(() => (this.running = undefined));
    }, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /**
   * Marks and publishes every newly breached conversation; returns their ids. The webhook
   * deliveries of the breaches are enqueued in the same transaction as the marks.
   */
  async sweep(): Promise<string[]> {
    const at = new Date().toISOString();
    const { breached, facts } = await this.deps.prisma.$transaction(async (tx) => {
      // Prisma stores DateTime as UTC in \`timestamp without time zone\`: compare in UTC, whatever
      // the server's TimeZone setting.
      const breached = await tx.$queryRaw<Breached[]>`
      UPDATE "Conversation" AS c
         SET "responseTargetBreachedAt" = now() AT TIME ZONE 'UTC'
        FROM "Workspace" AS w
       WHERE w.id = c."workspaceId"
         AND c.status IN ('QUEUED', 'ASSIGNED')
         AND c."handoffRequestedAt" IS NOT NULL
         AND c."firstHumanReplyAt" IS NULL
         AND c."responseTargetBreachedAt" IS NULL
         AND c."handoffRequestedAt" + make_interval(secs => w."responseTimeTargetSeconds") <= now() AT TIME ZONE 'UTC'
   RETURNING c.id, c."workspaceId"`;
      const facts: DomainFact[] = [];
      for (const workspaceId of new Set(breached.map((b) => b.workspaceId))) {
        const mine = breached
          .filter((b) => b.workspaceId === workspaceId)
          .map((row): DomainFact => ({
            type: 'response_target.breached',
            payload: { workspaceId, conversationId: row.id, at },
          }));
        facts.push(...mine);
        const hooks = webhookEventsOf(mine);
        const endpoints = await subscribedEndpoints(tx, workspaceId, ['conversation.response_target_breached']);
        if (endpoints.length > 0) facts.push(...(await enqueueWebhookDeliveries(tx, workspaceId, hooks, endpoints)));
      }
      return { breached, facts };
    });
    for (const fact of facts) this.deps.events.emitFact(fact);
    return breached.map((b) => b.id);
  }
}

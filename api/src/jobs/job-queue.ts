/**
 * A small durable job queue in the database (table "Job"), shared by every instance:
 *   - `enqueueJob(tx, …)` inside the writer's transaction: the job exists iff the write committed;
 *   - a `JobWorker` per instance and queue claims due jobs with `FOR UPDATE SKIP LOCKED`, under a
 *     lease it renews while it works; the lease of an instance that died expires and another
 *     instance claims the job again (so handlers must be idempotent: they get the job id);
 *   - jobs with the same key run one at a time, in the order they were enqueued (for assistant
 *     turns the key is the conversation);
 *   - a failed attempt is retried with backoff (a queue may set its own schedule); after `maxAttempts` the job is marked failed
 *     (kept for inspection, logged) and no longer holds back its key; a finished job is deleted.
 * Hand-written rather than pg-boss / graphile-worker: both need node-postgres connections of
 * their own (LISTEN, advisory locks), which the embedded PGlite database cannot give.
 */
import { randomUUID } from 'node:crypto';
import type { Prisma, PrismaClient } from '../generated/prisma/client.js';

export type Tx = Prisma.TransactionClient;

export interface NewJob {
  queue: string;
  key: string;
  payload: Prisma.InputJsonValue;
}

export async function enqueueJob(tx: Tx, job: NewJob): Promise<bigint> {
  const row = await tx.job.create({ data: job, select: { id: true } });
  return row.id;
}

export interface ClaimedJob {
  id: bigint;
  key: string;
  payload: Prisma.JsonValue;
  /** 1 on the first attempt. */
  attempt: number;
}

export interface JobHandlerContext {
  /** Aborted when the lease was lost (another instance may have the job) or the worker stops. */
  signal: AbortSignal;
}

export interface JobWorkerOptions {
  prisma: PrismaClient;
  queue: string;
  handler: (job: ClaimedJob, context: JobHandlerContext) => Promise<void>;
  /** Jobs this instance works at the same time (different keys). */
  concurrency: number;
  leaseMs: number;
  /** How often an idle worker looks for jobs enqueued by other instances or due again. */
  pollMs: number;
  maxAttempts?: number;
  /**
   * How long to wait before attempt `attempt + 1` after attempt `attempt` failed with `error`
   * (default: 250 ms doubling, at most 30 s). A queue with its own schedule (webhooks) sets it.
   */
  retryDelayMs?: (attempt: number, error: unknown) => number;
  /** Failures that say nothing about the job (the database briefly away): retried without counting against `maxAttempts`. */
  isTransient?: (error: unknown) => boolean;
  log: (message: string) => void;
}

interface Running {
  promise: Promise<void>;
  abort: AbortController;
}

export class JobWorker {
  /** This instance's name in `lockedBy`. */
  readonly owner = randomUUID();
  private readonly running = new Map<bigint, Running>();
  private state: 'idle' | 'running' | 'stopping' | 'stopped' = 'idle';
  private wakeUp: (() => void) | null = null;
  private woken = false;
  private loop: Promise<void> | null = null;
  private readonly settled = new Set<() => void>();
  private failingSince: number | null = null;
  /**
   * A claim or an outcome may have been written without this worker learning of it (the
   * connection dropped before the answer): jobs may be locked by this worker that it does not
   * run. They are released at the next chance instead of waiting for their lease.
   */
  private orphansPossible = false;

  constructor(private readonly options: JobWorkerOptions) {}

  get queue(): string {
    return this.options.queue;
  }

  /** Starts claiming jobs (again, after `stop`). */
  start(): void {
    if (this.state === 'running' || this.state === 'stopping') return;
    this.state = 'running';
    this.loop = this.run();
  }

  /** Looks for work now (a job was just enqueued on this instance, or one just finished). */
  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  /**
   * Stops claiming, lets running jobs finish for up to `graceMs`, then aborts the rest and
   * releases their leases so another instance takes them at once.
   */
  async stop(graceMs: number): Promise<void> {
    if (this.state === 'stopped' || this.state === 'stopping') return;
    this.state = 'stopping';
    this.wake();
    await this.loop;
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), graceMs)));
    const finished = await Promise.race([this.allSettled().then(() => 'done' as const), grace]);
    clearTimeout(timer);
    if (finished === 'late') {
      const ids = [...this.running.keys()];
      for (const { abort } of this.running.values()) abort.abort(new Error('shutting down'));
      await this.release(ids);
    }
    this.state = 'stopped';
  }

  /** Resolves once no job of this queue is waiting or running on any instance (tests). */
  async idle(): Promise<void> {
    for (;;) {
      await this.allSettled();
      const pending = await this.options.prisma.job.count({
        where: { queue: this.options.queue, failedAt: null },
      });
      if (pending === 0 && this.running.size === 0) return;
      this.wake();
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, 20);
        this.settled.add(done);
        function done() {
          clearTimeout(timer);
          resolve();
        }
      });
    }
  }

  private allSettled(): Promise<void> {
    return Promise.all([...this.running.values()].map((r) => r.promise)).then(() => {});
  }

  private async run(): Promise<void> {
    while (this.state === 'running') {
      this.woken = false;
      const free = this.options.concurrency - this.running.size;
      let claimed: ClaimedJob[] = [];
      if (free > 0) {
        try {
          if (this.orphansPossible) await this.releaseOrphans();
          claimed = await this.claim(free);
          if (this.failingSince !== null) {
            this.options.log(`jobs (${this.options.queue}): the database answers again`);
            this.failingSince = null;
          }
        } catch (error) {
          this.orphansPossible = true;
          if (this.failingSince === null) {
            this.failingSince = Date.now();
            this.options.log(`jobs (${this.options.queue}): cannot claim jobs, retrying: ${String(error)}`);
          }
        }
      }
      for (const job of claimed) this.work(job);
      // A full batch may mean more is waiting: claim again at once. Otherwise wait for a wake-up or the poll.
      if (claimed.length > 0 && claimed.length === free) continue;
      if (this.woken) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.options.pollMs);
        this.wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wakeUp = null;
    }
  }

  private async claim(limit: number): Promise<ClaimedJob[]> {
    const { prisma, queue, leaseMs } = this.options;
    const rows = await prisma.$queryRaw<{ id: bigint; key: string; payload: Prisma.JsonValue; attempts: number }[]>`
      UPDATE "Job" SET "lockedBy" = ${this.owner},
                       "lockedUntil" = now() + ${leaseMs}::int * interval '1 millisecond',
                       "attempts" = "attempts" + 1
       WHERE "id" IN (
         SELECT j."id" FROM "Job" j
          WHERE j."queue" = ${queue} AND j."failedAt" IS NULL AND j."runAt" <= now()
            AND (j."lockedUntil" IS NULL OR j."lockedUntil" < now())
            AND NOT EXISTS (
              SELECT 1 FROM "Job" e
               WHERE e."queue" = j."queue" AND e."key" = j."key" AND e."id" < j."id" AND e."failedAt" IS NULL)
          ORDER BY j."id"
          LIMIT ${limit}
          FOR UPDATE SKIP LOCKED)
       RETURNING "id", "key", "payload", "attempts"`;
    return rows.map((r) => ({ id: r.id, key: r.key, payload: r.payload, attempt: r.attempts }));
  }

  private work(job: ClaimedJob): void {
    const abort = new AbortController();
    const renew = setInterval(() => void this.renew(job.id, abort), Math.max(100, this.options.leaseMs / 3));
    const promise = (async () => {
      try {
        await this.options.handler(job, { signal: abort.signal });
        if (!abort.signal.aborted) await this.finish(job);
      } catch (error) {
        if (!abort.signal.aborted) await this.retryLater(job, error);
      } finally {
        clearInterval(renew);
        this.running.delete(job.id);
        for (const done of this.settled) done();
        this.settled.clear();
        if (this.state === 'running') this.wake();
      }
    })();
    this.running.set(job.id, { promise, abort });
  }

  private async renew(id: bigint, abort: AbortController): Promise<void> {
    try {
      const renewed = await this.options.prisma.$executeRaw`
        UPDATE "Job" SET "lockedUntil" = now() + ${this.options.leaseMs}::int * interval '1 millisecond'
         WHERE "id" = ${id} AND "lockedBy" = ${this.owner}`;
      if (renewed === 0) abort.abort(new Error('lease lost'));
    } catch {
      // The database is unreachable: keep working; the lease may expire and another instance
      // take the job (the handler is idempotent).
    }
  }

  private async finish(job: ClaimedJob): Promise<void> {
    await this.persist(() => this.options.prisma.job.deleteMany({ where: { id: job.id, lockedBy: this.owner } }));
  }

  private async retryLater(job: ClaimedJob, error: unknown): Promise<void> {
    const maxAttempts = this.options.maxAttempts ?? 10;
    const transient = this.options.isTransient?.(error) ?? false;
    const last = job.attempt >= maxAttempts && !transient;
    const backoffMs = this.options.retryDelayMs?.(job.attempt, error) ?? Math.min(30_000, 250 * 2 ** (job.attempt - 1));
    // Transient failures are logged where they happen (once per outage), not once per job.
    if (!transient) {
      this.options.log(
        `jobs (${this.options.queue}): job ${job.id} attempt ${job.attempt} failed${last ? ', giving up' : ''}: ${String(error)}`,
      );
    }
    await this.persist(() =>
      this.options.prisma.job.updateMany({
        where: { id: job.id, lockedBy: this.owner },
        data: {
          lockedBy: null,
          lockedUntil: null,
          lastError: String(error).slice(0, 1000),
          runAt: new Date(Date.now() + backoffMs),
          ...(last && { failedAt: new Date() }),
        },
      }),
    );
  }

  /** Releases jobs locked by this worker that it is not running (see `orphansPossible`). */
  private async releaseOrphans(): Promise<void> {
    const running = [...this.running.keys()];
    await this.options.prisma.job.updateMany({
      where: { queue: this.options.queue, lockedBy: this.owner, ...(running.length > 0 && { id: { notIn: running } }) },
      data: { lockedBy: null, lockedUntil: null },
    });
    this.orphansPossible = false;
  }

  private async release(ids: bigint[]): Promise<void> {
    if (ids.length === 0) return;
    try {
      await this.options.prisma.job.updateMany({
        where: { id: { in: ids }, lockedBy: this.owner },
        data: { lockedBy: null, lockedUntil: null, attempts: { decrement: 1 } },
      });
    } catch (error) {
      this.options.log(
        `jobs (${this.options.queue}): could not release ${ids.length} job(s), their leases will expire: ${String(error)}`,
      );
    }
  }

  /**
   * Records a job's outcome, retrying while the database is briefly away; if it stays away the
   * lease expires and the job runs again (idempotent), so nothing is lost either way.
   */
  private async persist(write: () => Promise<unknown>): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await write();
        return;
      } catch (error) {
        if (attempt >= 5 || this.state === 'stopped') {
          this.options.log(`jobs (${this.options.queue}): could not record a job's outcome: ${String(error)}`);
          this.orphansPossible = true;
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
      }
    }
  }
}

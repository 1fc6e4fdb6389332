/**
 * Readiness (`GET /ready`): whether this instance should receive traffic. Liveness is
 * `/health` (the process answers); readiness also asks the database, pub/sub and whether every
 * migration this build ships is applied (an instance started before `pnpm db:migrate` ran
 * waits), and turns false while the instance shuts down, so a load balancer sends new clients
 * elsewhere.
 */
import { readdirSync } from 'node:fs';
import type { Database } from './db/database.js';
import { migrationsDir } from './db/migrations.js';
import type { BatonPubSub } from './events/pubsub.js';

export interface Readiness {
  ready: boolean;
  database: 'up' | 'down';
  pubsub: 'memory' | 'up' | 'down';
  /** `pending`: a migration this build ships is not applied; `unknown`: the database is down. */
  migrations: 'applied' | 'pending' | 'unknown';
  draining: boolean;
}

const databaseCheckTimeoutMs = 2000;

export interface ReadinessDeps {
  db: Database;
  pubsub: BatonPubSub;
  draining: boolean;
  migrations: MigrationCheck;
}

export async function readiness(deps: ReadinessDeps): Promise<Readiness> {
  const database = await databaseUp(deps.db);
  const migrations = database === 'up' ? await deps.migrations.state() : 'unknown';
  const pubsub = deps.pubsub.kind === 'memory' ? 'memory' : deps.pubsub.connected() ? 'up' : 'down';
  return {
    ready: database === 'up' && migrations === 'applied' && pubsub !== 'down' && !deps.draining,
    database,
    pubsub,
    migrations,
    draining: deps.draining,
  };
}

/** The migration folders this build ships (prisma/migrations). */
export function shippedMigrations(dir = migrationsDir): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

/**
 * Compares the shipped migrations with `_prisma_migrations` (finished, not rolled back). Once
 * every one is applied the answer is kept: migrations are never taken back while this runs.
 */
export class MigrationCheck {
  private applied = false;

  constructor(
    private readonly db: Database,
    private readonly shipped: string[] = shippedMigrations(),
  ) {}

  async state(): Promise<'applied' | 'pending' | 'unknown'> {
    if (this.applied) return 'applied';
    let rows: { migration_name: string }[];
    try {
      rows = await this.db.prisma.$queryRaw<{ migration_name: string }[]>`
        SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    } catch (error) {
      // No history table yet: nothing was migrated. Anything else: the database went away.
      return /_prisma_migrations/.test(String(error)) ? 'pending' : 'unknown';
    }
    const done = new Set(rows.map((row) => row.migration_name));
    this.applied = this.shipped.every((name) => done.has(name));
    return this.applied ? 'applied' : 'pending';
  }
}

async function databaseUp(db: Database): Promise<'up' | 'down'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'down'>((resolve) => (timer = setTimeout(() => resolve('down'), databaseCheckTimeoutMs)));
  try {
    return await Promise.race([db.prisma.$queryRaw`SELECT 1`.then(() => 'up' as const), timeout]);
  } catch {
    return 'down';
  } finally {
    clearTimeout(timer);
  }
}

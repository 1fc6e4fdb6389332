/**
 * Readiness (`GET /ready`): whether this instance should receive traffic. Liveness is
 * `/healthz` (the process answers); readiness also asks the database and pub/sub, and turns
 * false while the instance shuts down, so a load balancer sends new clients elsewhere.
 */
import type { Database } from './db/database.js';
import type { BatonPubSub } from './events/pubsub.js';

export interface Readiness {
  ready: boolean;
  database: 'up' | 'down';
  pubsub: 'memory' | 'up' | 'down';
  draining: boolean;
}

const databaseCheckTimeoutMs = 2000;

export async function readiness(deps: { db: Database; pubsub: BatonPubSub; draining: boolean }): Promise<Readiness> {
  const database = await databaseUp(deps.db);
  const pubsub = deps.pubsub.kind === 'memory' ? 'memory' : deps.pubsub.connected() ? 'up' : 'down';
  return {
    ready: database === 'up' && pubsub !== 'down' && !deps.draining,
    database,
    pubsub,
    draining: deps.draining,
  };
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

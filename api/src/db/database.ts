/**
 * Opens Prisma on the configured database: PGlite persisted under the data folder by default,
 * or a PostgreSQL server through @prisma/adapter-pg when DATABASE_URL is set. Transient
 * failures (the server unreachable, a connection dropped) reach callers as
 * ServiceUnavailableError (database-faults.ts); the pool reconnects by itself once the server
 * answers again.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '../generated/prisma/client.js';
import { DatabaseFaults, withDatabaseFaults } from './database-faults.js';
import { openPGlite } from './embedded-postgres.js';
import { applyMigrations } from './migrations.js';

export type { PrismaClient };

export interface Database {
  kind: 'pglite' | 'postgres';
  prisma: PrismaClient;
  adapter: SqlMigrationAwareDriverAdapterFactory;
  /** Number of SQL statements sent so far (used by tests that guard against N+1). */
  statementCount(): number;
  migrate(): Promise<string[]>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  dataDir?: string;
  /** An already-open PGlite instance (tests clone a migrated template into memory). */
  pglite?: PGlite;
  /** Where "database unreachable" / "reachable again" lines go (once per outage each). */
  log?: (message: string) => void;
}

/**
 * PostgreSQL pool settings: a connect that hangs (packets dropped rather than refused) fails
 * after this long instead of holding the request forever; TCP keep-alive notices dead idle
 * connections.
 */
const connectTimeoutMs = 10_000;

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  let kind: Database['kind'];
  let adapter: SqlMigrationAwareDriverAdapterFactory;
  let closeDriver: () => Promise<void>;
  const faults = new DatabaseFaults(options.log);
  if (options.databaseUrl) {
    kind = 'postgres';
    adapter = new PrismaPg(
      { connectionString: options.databaseUrl, max: 10, connectionTimeoutMillis: connectTimeoutMs, keepAlive: true },
      // An idle pooled connection that breaks (the server restarts, a proxy cuts it) emits
      // 'error' on the pool; the adapter listens, so nothing crashes — note it as an outage.
      { onPoolError: (error) => faults.failed(error), onConnectionError: (error) => faults.failed(error) },
    );
    closeDriver = async () => {};
  } else {
    kind = 'pglite';
    let pglite = options.pglite;
    if (!pglite) {
      const dir = join(options.dataDir ?? '.baton', 'pglite');
      mkdirSync(dir, { recursive: true });
      pglite = await openPGlite(dir);
    }
    const instance = pglite;
    adapter = new PrismaPGlite(instance);
    closeDriver = () => instance.close();
  }
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  let statements = 0;
  client.$on('query', () => {
    statements += 1;
  });
  const prisma = withDatabaseFaults(client, faults);
  return {
    kind,
    prisma,
    adapter,
    statementCount: () => statements,
    migrate: () => applyMigrations(adapter),
    close: async () => {
      await prisma.$disconnect();
      await closeDriver();
    },
  };
}

/**
 * Opens Prisma on the configured database: PGlite persisted under the data folder by default,
 * or a PostgreSQL server through @prisma/adapter-pg when DATABASE_URL is set.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '../generated/prisma/client.js';
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
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  let kind: Database['kind'];
  let adapter: SqlMigrationAwareDriverAdapterFactory;
  let closeDriver: () => Promise<void>;
  if (options.databaseUrl) {
    kind = 'postgres';
    adapter = new PrismaPg({ connectionString: options.databaseUrl, max: 10 });
    closeDriver = async () => {};
  } else {
    kind = 'pglite';
    let pglite = options.pglite;
    if (!pglite) {
      const dir = join(options.dataDir ?? '.baton', 'pglite');
      mkdirSync(dir, { recursive: true });
      pglite = await PGlite.create(dir);
    }
    const instance = pglite;
    adapter = new PrismaPGlite(instance);
    closeDriver = () => instance.close();
  }
  const prisma = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  let statements = 0;
  prisma.$on('query', () => {
    statements += 1;
  });
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

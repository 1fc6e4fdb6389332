/**
 * Migrations: a fresh database migrates to the current schema through the offline WASM schema
 * engine, re-applying is a no-op, and the migration history matches schema.prisma (no drift).
 */
import { readdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../api/src/db/database.js';
import { isEmptyDiff, migrationsDir, pendingSchemaDiff } from '../../api/src/db/migrations.js';
import { adminUrl, databaseUrlFor } from '../helpers/postgres.js';

const migrationNames = readdirSync(migrationsDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

const expectedTables = [
  'Agent',
  'AgentConnection',
  'AgentSession',
  'AiUsage',
  'ApiKey',
  'AssistantSettings',
  'Conversation',
  'ConversationEvent',
  'CustomAction',
  'CustomActionField',
  'HandoffRequest',
  'HandoffTopic',
  'Invitation',
  'Job',
  'KnowledgeDocument',
  'KnowledgePassage',
  'Message',
  'ServerSetting',
  'UnansweredQuestion',
  'Visitor',
  'VisitorSession',
  'WebhookAttempt',
  'WebhookDelivery',
  'WebhookEndpoint',
  'Workspace',
  '_prisma_migrations',
];

async function checkFreshDatabase(db: Database) {
  const applied = await db.migrate();
  expect(applied).toEqual(migrationNames);
  const tables = await db.prisma.$queryRawUnsafe<Array<{ table_name: string }>>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
  );
  expect(tables.map((t) => t.table_name).sort()).toEqual([...expectedTables].sort());
  const history = await db.prisma.$queryRawUnsafe<Array<{ migration_name: string; finished_at: Date | null }>>(
    `SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name`,
  );
  expect(history.map((h) => h.migration_name)).toEqual(migrationNames);
  expect(history.every((h) => h.finished_at !== null)).toBe(true);
  // Idempotent: nothing left to apply.
  expect(await db.migrate()).toEqual([]);
  // The client works against the migrated schema.
  expect(await db.prisma.workspace.count()).toBe(0);
}

describe('migrations', () => {
  it('has at least one standard migration folder', () => {
    expect(migrationNames.length).toBeGreaterThan(0);
    for (const name of migrationNames) expect(name).toMatch(/^\d{14}_[a-z0-9_]+$/);
  });

  it('migrate a fresh embedded database (PGlite) to the current schema', async () => {
    const pglite = await PGlite.create();
    const db = await openDatabase({ pglite });
    try {
      await checkFreshDatabase(db);
    } finally {
      await db.close();
    }
  });

  it.runIf(process.env.DATABASE_URL)('migrate a fresh PostgreSQL database to the current schema', async () => {
    const baseUrl = process.env.DATABASE_URL!;
    const name = `baton_mig_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: adminUrl(baseUrl) });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const db = await openDatabase({ databaseUrl: databaseUrlFor(baseUrl, name) });
    try {
      await checkFreshDatabase(db);
    } finally {
      await db.close();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  });

  it('migration history matches schema.prisma (no drift)', async () => {
    const diff = await pendingSchemaDiff();
    expect(
      isEmptyDiff(diff),
      `schema.prisma changed without a migration; run \`pnpm db:migration <name>\`:\n${diff}`,
    ).toBe(true);
  });
});

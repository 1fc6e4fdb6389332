/**
 * Starts a real Baton server for a test file: real HTTP + WebSocket on a free port, on a fresh
 * database cloned from the migrated template (PGlite in memory, or a PostgreSQL database when
 * DATABASE_URL is set).
 */
import { readFileSync } from 'node:fs';
import { openPGlite } from '../../api/src/db/embedded-postgres.js';
import pg from 'pg';
import { inject } from 'vitest';
import { parseConfig, type Config } from '../../api/src/config.js';
import { startServer, type BatonServer } from '../../api/src/server.js';
import { adminUrl, databaseUrlFor } from './postgres.js';
import { trustTestDocuments } from './trusted-documents.js';

let counter = 0;

/**
 * `env` overrides configuration; an explicit DATABASE_URL there reuses that database (a second
 * API instance on the same database) instead of creating a fresh one.
 */
export async function startTestServer(env: Record<string, string> = {}): Promise<BatonServer> {
  const baseUrl = process.env.DATABASE_URL;
  const config: Config = parseConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    BATON_AUTO_MIGRATE: 'false',
    BATON_DATA_DIR: '/nonexistent-baton-data',
    // Many tests start dozens of widget sessions and log-ins from 127.0.0.1: every rate limit
    // is 1000× its default here. The security tests pass BATON_RATE_LIMIT_SCALE: '1' (and small
    // BATON_RATE_LIMITS) to test the real policies.
    BATON_RATE_LIMIT_SCALE: '1000',
    // With REDIS_URL set (CI's second pass), pub/sub goes through Redis.
    ...(process.env.REDIS_URL && { REDIS_URL: process.env.REDIS_URL }),
    // The tests send their own documents as visitors and without credentials: trusted here
    // (BATON_EXTRA_TRUSTED_DOCUMENTS: '' gives the default, first-party documents only).
    ...trustTestDocuments,
    ...env,
  });
  if (env.DATABASE_URL) return startServer(config, { log: () => {} });
  if (baseUrl) {
    const name = `baton_t_${process.ppid}_${process.pid}_${Date.now()}_${counter++}`;
    const admin = new pg.Client({ connectionString: adminUrl(baseUrl) });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${inject('postgresTemplate')}"`);
    await admin.end();
    return startServer({ ...config, databaseUrl: databaseUrlFor(baseUrl, name) }, { log: () => {} });
  }
  const template = readFileSync(inject('pgliteTemplate'));
  const pglite = await openPGlite(undefined, { loadDataDir: new Blob([template]) });
  return startServer(config, { pglite, log: () => {} });
}

/**
 * Pauses the server's periodic background work — the response-time sweep, the assistant's turn
 * queue, the webhook queue, presence refreshes and auto-assignment, each of which reads or writes
 * the database on its own — so that a statement count
 * holds only what the test sends. Returns the function that starts it all again.
 */
export async function pauseBackgroundWork(server: BatonServer): Promise<() => void> {
  await server.services.responseClock.stop();
  await server.assistant.stop(0);
  await server.services.webhookDeliveries.stop(0);
  await Promise.all([server.services.presence.stop(), server.services.assignment.stop()]);
  return () => {
    server.services.responseClock.start(100);
    server.assistant.start();
    server.services.webhookDeliveries.start();
    server.services.presence.start();
    void server.services.assignment.start();
  };
}

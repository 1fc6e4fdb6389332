/**
 * What the fault scenarios share: a fresh PostgreSQL database per scenario (cloned from the
 * migrated template), reading the truth from it, the environment every child instance gets, and
 * the ledger each scenario keeps (sent / acknowledged / received / lost / duplicated).
 */
import { join } from 'node:path';
import { openPGlite } from '../../api/src/db/embedded-postgres.js';
import pg from 'pg';
import { inject } from 'vitest';
import { adminUrl, databaseUrlFor } from '../helpers/postgres.js';

let counter = 0;

/**
 * A new database cloned from the migrated template. Named like tests/helpers/server.ts names its
 * databases, so the global teardown drops it.
 */
export async function freshDatabase(): Promise<string> {
  const baseUrl = process.env.DATABASE_URL;
  if (!baseUrl) throw new Error('DATABASE_URL is not set');
  const name = `baton_t_${process.ppid}_${process.pid}_${Date.now()}_f${counter++}`;
  const admin = new pg.Client({ connectionString: adminUrl(baseUrl) });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${inject('postgresTemplate')}"`);
  } finally {
    await admin.end();
  }
  return databaseUrlFor(baseUrl, name);
}

/** The same database through another host/port (a TCP proxy in front of PostgreSQL). */
export function viaPort(databaseUrl: string, port: number): string {
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  return url.toString();
}

/** Settings every child instance runs with, besides its database and Redis. */
export const instanceEnv: Record<string, string> = {
  // Dozens of widget sessions and messages from 127.0.0.1: every rate limit 1000× its default
  // (as in the other API tests); the limiter itself stays on, on Redis where there is one.
  BATON_RATE_LIMIT_SCALE: '1000',
  BATON_AUTO_MIGRATE: 'false',
  // Short waits, so a scenario's recovery fits in its time: a dead instance's assistant turns
  // are taken over after 2 s, idle workers look for work every 200 ms.
  BATON_JOB_LEASE_MS: '2000',
  BATON_JOB_POLL_MS: '200',
};

/** The database id inside a Relay global id (`Conversation:<uuid>`, base64). */
export function dbId(globalId: string): string {
  const decoded = Buffer.from(globalId, 'base64').toString();
  return decoded.slice(decoded.indexOf(':') + 1);
}

export interface StoredMessage {
  seq: number;
  authorKind: 'VISITOR' | 'ASSISTANT' | 'AGENT' | 'SYSTEM';
  clientId: string | null;
  body: string;
}

type Query = <T>(sql: string, params: unknown[]) => Promise<T[]>;

/**
 * A read-only view of the database the instances write to: the truth the ledger is checked
 * against — a PostgreSQL connection of the test's own, or the embedded data folder opened with
 * PGlite once the instance that used it has exited.
 */
export class Truth {
  private constructor(
    private readonly query: Query,
    readonly close: () => Promise<void>,
  ) {}

  static async open(databaseUrl: string): Promise<Truth> {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    return new Truth(
      async <T>(sql: string, params: unknown[]) => (await client.query(sql, params)).rows as T[],
      () => client.end(),
    );
  }

  /** `dataDir` is BATON_DATA_DIR; no instance may be using it. */
  static async openEmbedded(dataDir: string): Promise<Truth> {
    const pglite = await openPGlite(join(dataDir, 'pglite'));
    return new Truth(
      async <T>(sql: string, params: unknown[]) => (await pglite.query<T>(sql, params)).rows,
      () => pglite.close(),
    );
  }

  messages(conversationId: string): Promise<StoredMessage[]> {
    return this.query<StoredMessage>(
      `SELECT seq, "authorKind", "clientId", body FROM "Message" WHERE "conversationId" = $1 AND NOT internal ORDER BY seq`,
      [dbId(conversationId)],
    );
  }

  /** Sequence numbers of the events a visitor's stream shows (internal ones excluded). */
  async visibleSeqs(conversationId: string): Promise<number[]> {
    const rows = await this.query<{ seq: number }>(
      `SELECT seq FROM "ConversationEvent" WHERE "conversationId" = $1 AND NOT internal ORDER BY seq`,
      [dbId(conversationId)],
    );
    return rows.map((r) => r.seq);
  }
}

/**
 * Visitor messages without an assistant reply after them: the k-th visitor message must be
 * followed by the k-th assistant message (the assistant answers each one, once, in order).
 */
export function unanswered(messages: StoredMessage[]): StoredMessage[] {
  const visitor = messages.filter((m) => m.authorKind === 'VISITOR');
  const replies = messages.filter((m) => m.authorKind === 'ASSISTANT');
  return visitor.filter((m, k) => !(replies[k] && replies[k].seq > m.seq));
}

/** Assistant replies beyond one per visitor message. */
export function extraReplies(messages: StoredMessage[]): number {
  const visitor = messages.filter((m) => m.authorKind === 'VISITOR').length;
  const replies = messages.filter((m) => m.authorKind === 'ASSISTANT').length;
  return Math.max(0, replies - visitor);
}

/** Text that gives away server internals: stack frames, source paths. */
export function leaksInternals(body: string): boolean {
  return /\n\s+at |\bat [^\s]+ \(|\/api\/src\/|node_modules|file:\/\/|\.ts:\d+/.test(body);
}

/** A deadline for waiting on something outside the test's control (a process, a lease). */
export async function until(what: string, condition: () => Promise<boolean> | boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100)); // polling an external condition, not a proof
  }
}

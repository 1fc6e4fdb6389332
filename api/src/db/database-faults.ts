/**
 * The one place that recognises a transient database failure — the server unreachable, a
 * connection reset or closed under a query, a pool or connect timeout, the server restarting —
 * and turns it into the domain's ServiceUnavailableError, so services, the GraphQL layer, the
 * WebSocket gate and background work all see the same typed, retryable error.
 *
 * What Prisma 7 with @prisma/adapter-pg actually throws when PostgreSQL goes away (observed by
 * cutting a TCP proxy between Baton and PostgreSQL, see tests/api/database-outage.test.ts):
 * - PrismaClientKnownRequestError P1017 (model queries, interactive transactions) or P2010 (raw
 *   queries), with `meta.driverAdapterError.cause.kind` "ConnectionClosed" (ECONNRESET);
 * - P1001 with kind "DatabaseNotReachable" (ECONNREFUSED);
 * - kind "postgres" with SQLSTATE 57P01 when the server terminates the backend (admin shutdown);
 * - a plain `Error("Connection terminated unexpectedly")` from pg, not wrapped by Prisma at all,
 *   when the connection is closed cleanly (FIN) under a query.
 *
 * `withDatabaseFaults` wraps a Prisma client (a query extension for every model and raw
 * operation, and `$transaction` itself, whose BEGIN and COMMIT run outside the extension) so no
 * caller has to remember to translate.
 */
import { ServiceUnavailableError } from '../domain/errors.js';
import type { PrismaClient } from '../generated/prisma/client.js';

/** What a client is told to wait before retrying while the database is unreachable. */
export const databaseRetryAfterSeconds = 3;

/** Prisma error codes for a database that cannot be reached or stopped answering. */
const transientPrismaCodes = new Set([
  'P1001', // can't reach database server
  'P1002', // database server reached but timed out
  'P1008', // operations timed out
  'P1017', // server has closed the connection
  'P2024', // timed out fetching a new connection from the pool
]);

/** Driver adapter error kinds (@prisma/driver-adapter-utils) that mean the connection, not the query, failed. */
const transientAdapterKinds = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
]);

/**
 * SQLSTATE classes/codes: 08 connection exception, 57P01–57P03 admin/crash shutdown and
 * "cannot connect now" (starting up), 53300 too many connections.
 */
const transientSqlStates = /^(08...|57P0[123]|53300)$/;

/** Node socket error codes. */
const transientSocketCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
]);

/** Messages pg and pg-pool throw without a code. */
const transientMessages = [
  /^Connection terminated/, // "…unexpectedly", "…due to connection timeout"
  /^timeout exceeded when trying to connect/,
  /^Client has encountered a connection error and is not queryable/,
  /^Client was closed and is not queryable/,
  /^Cannot use a pool after calling end on the pool/,
];

type Loose = Record<string, unknown>;

const record = (value: unknown): Loose | null =>
  typeof value === 'object' && value !== null ? (value as Loose) : null;

/** The driver adapter's error description, wherever Prisma put it. */
function adapterCause(error: Loose): Loose | null {
  const fromMeta = record(record(record(error.meta)?.driverAdapterError)?.cause);
  if (fromMeta) return fromMeta;
  if (error.name === 'DriverAdapterError') return record(error.cause);
  return null;
}

function isTransientOne(error: Loose): boolean {
  const { name, code, message } = error;
  if (name === 'PrismaClientInitializationError') return true;
  if (typeof code === 'string') {
    if (transientPrismaCodes.has(code) || transientSocketCodes.has(code)) return true;
    if (transientSqlStates.test(code)) return true;
  }
  const cause = adapterCause(error);
  if (cause) {
    if (typeof cause.kind === 'string' && transientAdapterKinds.has(cause.kind)) return true;
    const sqlState = cause.originalCode ?? cause.code;
    if (cause.kind === 'postgres' && typeof sqlState === 'string' && transientSqlStates.test(sqlState)) return true;
  }
  return typeof message === 'string' && transientMessages.some((pattern) => pattern.test(message));
}

/** Whether `error` (or an error it wraps, through `cause`) is a transient database failure. */
export function isTransientDatabaseError(error: unknown): boolean {
  let current = record(error);
  for (let depth = 0; current && depth < 5; depth++) {
    if (current instanceof ServiceUnavailableError) return true;
    if (isTransientOne(current)) return true;
    current = record(current.cause);
  }
  return false;
}

/** `error` as the domain's retryable error when it is a transient database failure, else unchanged. */
export function translateDatabaseError(error: unknown): unknown {
  if (error instanceof ServiceUnavailableError || !isTransientDatabaseError(error)) return error;
  return new ServiceUnavailableError(databaseRetryAfterSeconds, { cause: error });
}

/**
 * Notices when the database becomes unreachable and when it answers again, so an outage is
 * logged twice (down, back) instead of once per failed query.
 */
export class DatabaseFaults {
  private downSince: number | null = null;
  private failures = 0;

  constructor(private readonly log: (message: string) => void = () => {}) {}

  /** Whether the last database call failed with a transient error. */
  get down(): boolean {
    return this.downSince !== null;
  }

  failed(error: unknown): void {
    this.failures += 1;
    if (this.downSince !== null) return;
    this.downSince = Date.now();
    this.log(`Database unreachable (requests answer SERVICE_UNAVAILABLE meanwhile): ${describe(error)}`);
  }

  succeeded(): void {
    if (this.downSince === null) return;
    const seconds = ((Date.now() - this.downSince) / 1000).toFixed(1);
    this.log(`Database reachable again after ${seconds} s (${this.failures} failed calls).`);
    this.downSince = null;
    this.failures = 0;
  }

  /** Translates a failure (see translateDatabaseError), noting a transient one. */
  translate(error: unknown): unknown {
    const translated = translateDatabaseError(error);
    if (translated instanceof ServiceUnavailableError) this.failed(translated.cause ?? error);
    return translated;
  }
}

/** One line for logs: the adapter's kind or the error's code and first line, never a stack. */
function describe(error: unknown): string {
  const value = record(error);
  if (!value) return String(error);
  const cause = adapterCause(value);
  const kind = typeof cause?.kind === 'string' ? cause.kind : undefined;
  const code = typeof value.code === 'string' ? value.code : undefined;
  const firstLine =
    String(value.message ?? '')
      .trim()
      .split('\n')
      .pop() ?? '';
  return [code, kind, firstLine].filter(Boolean).join(' ');
}

/**
 * `client` with every transient failure turned into ServiceUnavailableError: model and raw
 * operations through a query extension (inside interactive transactions too), and
 * `$transaction` (BEGIN / COMMIT / ROLLBACK and batches) through a wrapper. The extension
 * changes no types, so the result is typed as the client it wraps.
 */
export function withDatabaseFaults(client: PrismaClient, faults: DatabaseFaults): PrismaClient {
  const extended = client.$extends({
    name: 'databaseFaults',
    query: {
      async $allOperations({ args, query }) {
        try {
          const result = await query(args);
          faults.succeeded();
          return result;
        } catch (error) {
          throw faults.translate(error);
        }
      },
    },
  }) as unknown as PrismaClient;
  const transaction = extended.$transaction.bind(extended) as (...args: unknown[]) => Promise<unknown>;
  const $transaction = async (...args: unknown[]) => {
    try {
      return await transaction(...args);
    } catch (error) {
      throw faults.translate(error);
    }
  };
  return new Proxy(extended, {
    get: (target, property) =>
      property === '$transaction' ? $transaction : (Reflect.get(target, property) as unknown),
  });
}

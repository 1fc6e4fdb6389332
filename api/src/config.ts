/**
 * Configuration, parsed once from the environment. Every value has a default that lets
 * `pnpm start` run with nothing set (embedded PGlite, in-process pub/sub, offline assistant).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { rateLimitOverrides, type RateLimitSettings } from './limits/rate-limits.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const booleanish = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  PUBLIC_URL: optionalString.pipe(z.url().optional()),
  BATON_DATA_DIR: z.string().min(1).default(resolve(repoRoot, '.baton')),
  DATABASE_URL: optionalString.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL')
      .optional(),
  ),
  BATON_AUTO_MIGRATE: booleanish.optional(),
  REDIS_URL: optionalString.pipe(
    z
      .string()
      .regex(/^rediss?:\/\//, 'REDIS_URL must be a redis:// URL')
      .optional(),
  ),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalString.pipe(z.url().optional()),
  OPENAI_MODEL: z.string().min(1).default('gpt-4o-mini'),
  BATON_TOKEN_SECRET: optionalString.pipe(
    z.string().min(32, 'BATON_TOKEN_SECRET must be at least 32 characters').optional(),
  ),
  BATON_SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .default(24 * 14),
  BATON_INVITATION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .default(24 * 7),
  BATON_VISITOR_SESSION_TTL_DAYS: z.coerce.number().positive().max(365).default(30),
  BATON_WS_MAX_PAYLOAD_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(1024 * 1024)
    .default(64 * 1024),
  BATON_WS_INIT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3000),
  BATON_WS_MAX_OPERATIONS: z.coerce.number().int().min(1).max(1000).default(25),
  BATON_WS_MAX_ANONYMOUS_PER_IP: z.coerce.number().int().min(0).max(10_000).default(10),
  BATON_GRAPHIQL: booleanish.optional(),
  BATON_INTROSPECTION: booleanish.optional(),
  BATON_GRAPHQL_SUGGESTIONS: booleanish.optional(),
  BATON_CORS_ORIGINS: optionalString.pipe(
    z
      .string()
      .regex(
        /^(\*|https?:\/\/[^\s,/]+(\s*,\s*https?:\/\/[^\s,/]+)*)$/,
        'BATON_CORS_ORIGINS: * or origins (https://host[:port]), comma-separated',
      )
      .optional(),
  ),
  BATON_TRUST_PROXY: booleanish.default(false),
  BATON_CLOCK_INTERVAL_MS: z.coerce.number().int().min(50).max(600_000).default(5000),
  BATON_PRESENCE_GRACE_MS: z.coerce.number().int().min(100).max(600_000).default(20_000),
  BATON_AI_BUDGET_MS: z.coerce.number().int().min(100).max(300_000).default(30_000),
  BATON_AI_ATTEMPT_TIMEOUT_MS: z.coerce.number().int().min(50).max(300_000).default(15_000),
  BATON_AI_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
  BATON_RATE_LIMITS_ENABLED: booleanish.default(true),
  BATON_RATE_LIMIT_SCALE: z.coerce.number().positive().max(1_000_000).default(1),
  BATON_RATE_LIMITS: rateLimitOverrides,
  BATON_DEBUG_ERRORS: booleanish.default(false),
  BATON_SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(10_000),
  BATON_JOB_LEASE_MS: z.coerce.number().int().min(500).max(3_600_000).default(60_000),
  BATON_JOB_POLL_MS: z.coerce.number().int().min(20).max(60_000).default(1000),
  BATON_STREAM_CHECK_MS: z.coerce.number().int().min(20).max(60_000).default(1000),
  BATON_EXTRA_TRUSTED_DOCUMENTS: optionalString,
  BATON_WEBHOOK_ALLOW_PRIVATE: booleanish.default(false),
  BATON_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(50).max(60_000).default(10_000),
  BATON_WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(30_000),
  BATON_WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(15),
  BATON_WEBHOOK_DISABLE_AFTER: z.coerce.number().int().min(1).max(10_000).default(50),
  BATON_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  BATON_METRICS_TOKEN: optionalString.pipe(
    z.string().min(16, 'BATON_METRICS_TOKEN must be at least 16 characters').optional(),
  ),
  SMTP_URL: optionalString.pipe(
    z
      .string()
      .regex(/^smtps?:\/\/[^\s/]+/, 'SMTP_URL must look like smtp://user:password@host:587 (or smtps://…)')
      .optional(),
  ),
  SMTP_FROM: optionalString,
  BATON_SMTP_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** Base URL used in links Baton hands out (invitations, embed snippet). */
  publicUrl: string | undefined;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Apply pending migrations on start (default: on for the embedded database). */
  autoMigrate: boolean;
  redisUrl: string | undefined;
  openai: { apiKey: string | undefined; baseUrl: string | undefined; model: string };
  /** When unset, a secret is generated on first start and persisted in the database. */
  tokenSecret: string | undefined;
  sessionTtlSeconds: number;
  invitationTtlSeconds: number;
  /** A widget session's lifetime; renewed each time the widget resumes it. */
  visitorSessionTtlSeconds: number;
  graphiql: boolean;
  /** Answer introspection queries (default: on, except in production). */
  introspection: boolean;
  /** Keep graphql-js's "Did you mean …" suggestions in error messages (default: on, except in production). */
  graphqlSuggestions: boolean;
  /** Origins allowed to call /graphql from a browser ('*': any), never with credentials. */
  corsOrigins: '*' | string[];
  /** graphql-ws limits (http/graphql-ws.ts). */
  webSocket: {
    /** Largest message a client may send. */
    maxPayloadBytes: number;
    /** A socket that has not sent `connection_init` by then is closed (4408). */
    initTimeoutMs: number;
    /** Operations in flight on one socket; one more gets an `error` for that operation. */
    maxSubscriptions: number;
    /** Sockets without credentials from one IP; one more is closed with 4429. */
    maxAnonymousPerIp: number;
  };
  /** Read the client IP from the first X-Forwarded-For hop (only behind a proxy that sets it). */
  trustProxy: boolean;
  /** How often the response-time clock looks for breached targets. */
  clockIntervalMs: number;
  /** How long an agent stays online after their last inbox socket closed (or their instance stopped answering). */
  presenceGraceMs: number;
  assistant: {
    /** Total time for one reply, retries included, before the fallback message. */
    budgetMs: number;
    /** Time limit of one provider attempt (the whole streamed answer). */
    attemptTimeoutMs: number;
    /** Extra attempts after a rate limit, server error, timeout or unreadable reply. */
    retries: number;
  };
  /**
   * Rate limits (limits/rate-limits.ts): on or off, a factor on every policy's points, and
   * single policies overridden as `name=points/seconds[/blockSeconds]`.
   */
  rateLimits: RateLimitSettings;
  /** Put stack traces and original messages of unexpected errors in responses (never in production). */
  debugErrors: boolean;
  /** SIGTERM: how long in-flight requests and assistant turns may take before they are cut. */
  shutdownTimeoutMs: number;
  /** Durable background jobs (jobs/job-queue.ts): a claimed job's lease, and how often idle workers look for work. */
  jobs: { leaseMs: number; pollMs: number };
  /** How often each instance compares its live conversation subscriptions with the log (lost publishes). */
  streamCheckMs: number;
  /**
   * Trusted documents (http/trusted-documents.ts). `extraManifests`: codegen manifests whose
   * documents anyone may run besides the widget's and the inbox's — tests and development only.
   */
  trustedDocuments: { extraManifests: string[] };
  /** Outgoing webhooks (domain/webhooks/): address policy, timeout, retry schedule, auto-disable. */
  webhooks: {
    /** Allow private, loopback, link-local… addresses (local development and tests only). */
    allowPrivateAddresses: boolean;
    /** Time limit of one HTTP attempt (connect, send, answer). */
    timeoutMs: number;
    /** First retry delay; each next one doubles (capped at 480× this), ±20 % jitter. */
    retryBaseMs: number;
    /** Attempts of one delivery before it is marked failed (the defaults span about 24 h). */
    maxAttempts: number;
    /** Failed attempts in a row (across deliveries) after which Baton disables the endpoint. */
    disableAfterFailures: number;
  };
  /** pino level of the JSON log on stdout (default: info; silent under NODE_ENV=test). */
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** When set, `/metrics` requires `Authorization: Bearer <token>`; otherwise it answers loopback only. */
  metricsToken: string | undefined;
  /** Outgoing mail (invitations); null: no SMTP server, links are copied by hand. */
  smtp: { url: string; from: string; timeoutMs: number } | null;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function parseConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL,
    dataDir: resolve(e.BATON_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    autoMigrate: e.BATON_AUTO_MIGRATE ?? e.DATABASE_URL === undefined,
    redisUrl: e.REDIS_URL,
    openai: { apiKey: e.OPENAI_API_KEY, baseUrl: e.OPENAI_BASE_URL, model: e.OPENAI_MODEL },
    tokenSecret: e.BATON_TOKEN_SECRET,
    sessionTtlSeconds: Math.round(e.BATON_SESSION_TTL_HOURS * 3600),
    invitationTtlSeconds: Math.round(e.BATON_INVITATION_TTL_HOURS * 3600),
    visitorSessionTtlSeconds: Math.round(e.BATON_VISITOR_SESSION_TTL_DAYS * 86400),
    graphiql: e.BATON_GRAPHIQL ?? e.NODE_ENV !== 'production',
    introspection: e.BATON_INTROSPECTION ?? e.NODE_ENV !== 'production',
    graphqlSuggestions: e.BATON_GRAPHQL_SUGGESTIONS ?? e.NODE_ENV !== 'production',
    corsOrigins:
      e.BATON_CORS_ORIGINS === undefined || e.BATON_CORS_ORIGINS === '*'
        ? '*'
        : e.BATON_CORS_ORIGINS.split(',').map((origin) => origin.trim()),
    trustProxy: e.BATON_TRUST_PROXY,
    webSocket: {
      maxPayloadBytes: e.BATON_WS_MAX_PAYLOAD_BYTES,
      initTimeoutMs: e.BATON_WS_INIT_TIMEOUT_MS,
      maxSubscriptions: e.BATON_WS_MAX_OPERATIONS,
      maxAnonymousPerIp: e.BATON_WS_MAX_ANONYMOUS_PER_IP,
    },
    clockIntervalMs: e.BATON_CLOCK_INTERVAL_MS,
    presenceGraceMs: e.BATON_PRESENCE_GRACE_MS,
    assistant: {
      budgetMs: e.BATON_AI_BUDGET_MS,
      attemptTimeoutMs: e.BATON_AI_ATTEMPT_TIMEOUT_MS,
      retries: e.BATON_AI_RETRIES,
    },
    rateLimits: {
      enabled: e.BATON_RATE_LIMITS_ENABLED,
      scale: e.BATON_RATE_LIMIT_SCALE,
      overrides: e.BATON_RATE_LIMITS,
    },
    debugErrors: e.BATON_DEBUG_ERRORS,
    shutdownTimeoutMs: e.BATON_SHUTDOWN_TIMEOUT_MS,
    jobs: { leaseMs: e.BATON_JOB_LEASE_MS, pollMs: e.BATON_JOB_POLL_MS },
    streamCheckMs: e.BATON_STREAM_CHECK_MS,
    trustedDocuments: {
      extraManifests: (e.BATON_EXTRA_TRUSTED_DOCUMENTS ?? '')
        .split(',')
        .map((path) => path.trim())
        .filter((path) => path !== '')
        .map((path) => resolve(path)),
    },
    webhooks: {
      allowPrivateAddresses: e.BATON_WEBHOOK_ALLOW_PRIVATE,
      timeoutMs: e.BATON_WEBHOOK_TIMEOUT_MS,
      retryBaseMs: e.BATON_WEBHOOK_RETRY_BASE_MS,
      maxAttempts: e.BATON_WEBHOOK_MAX_ATTEMPTS,
      disableAfterFailures: e.BATON_WEBHOOK_DISABLE_AFTER,
    },
    logLevel: e.BATON_LOG_LEVEL ?? (e.NODE_ENV === 'test' ? 'silent' : 'info'),
    metricsToken: e.BATON_METRICS_TOKEN,
    smtp: e.SMTP_URL
      ? { url: e.SMTP_URL, from: e.SMTP_FROM ?? 'Baton <no-reply@localhost>', timeoutMs: e.BATON_SMTP_TIMEOUT_MS }
      : null,
  };
}

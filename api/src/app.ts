/**
 * The composition root: opens the database, creates the services, the event bus, pub/sub and
 * the assistant, the logger and the metrics registry, and registers the listeners. Nothing here
 * speaks HTTP (see http/).
 */
import { createMailer } from './mail/mailer.js';
import { createHash } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import { Assistant } from './assistant/assistant.js';
import { randomSecret, TokenService } from './auth/tokens.js';
import type { Config } from './config.js';
import { openDatabase, type Database, type PrismaClient } from './db/database.js';
import { DomainEvents } from './events/bus.js';
import { createBatonPubSub, type BatonPubSub } from './events/pubsub.js';
import { languageModel } from './language/model.js';
import { RateLimits } from './limits/limiter.js';
import { MigrationCheck, readiness, type Readiness } from './readiness.js';
import { registerListeners } from './listeners/index.js';
import { metricsListener } from './listeners/metrics.js';
import { createLogger, lineLogger, type Logger } from './observability/logger.js';
import { Metrics } from './observability/metrics.js';
import { databaseScrapeSources } from './observability/scrape.js';
import { createServices, type Services } from './domain/index.js';

export interface AppOptions {
  /** Use this PGlite instance instead of opening one from the data folder (tests). */
  pglite?: PGlite;
  /** Where plain log lines go instead of the logger (tests silence them). */
  log?: (message: string) => void;
  /** The JSON logger (default: pino on stdout at `BATON_LOG_LEVEL`). */
  logger?: Logger;
}

export interface App {
  config: Config;
  db: Database;
  tokens: TokenService;
  events: DomainEvents;
  pubsub: BatonPubSub;
  services: Services;
  assistant: Assistant;
  log: (message: string) => void;
  /** Structured JSON log (observability/logger.ts); request lines carry a request id. */
  logger: Logger;
  /** This app's Prometheus registry and series (observability/metrics.ts). */
  metrics: Metrics;
  /** Base URL for links handed out; set once the server listens when not configured. */
  setPublicUrl(url: string): void;
  /** Whether this instance should receive traffic (`/ready`). */
  readiness(): Promise<Readiness>;
  /** Shutting down: `/ready` answers 503 from now on, so load balancers send traffic elsewhere. */
  startDraining(): void;
  /** Stops background work (clock, assistant turns: their leases released) and closes pub/sub and the database. */
  close(): Promise<void>;
}

/** The token signing secret: configured, or generated once and shared through the database. */
async function tokenSecret(prisma: PrismaClient, config: Config): Promise<string> {
  if (config.tokenSecret) return config.tokenSecret;
  await prisma.serverSetting.createMany({
    data: [{ key: 'token_secret', value: randomSecret(48) }],
    skipDuplicates: true,
  });
  const row = await prisma.serverSetting.findUniqueOrThrow({ where: { key: 'token_secret' } });
  return row.value;
}

/** The database, with pending migrations applied first when `BATON_AUTO_MIGRATE` says so. */
async function openMigrated(config: Config, options: AppOptions, log: (message: string) => void) {
  const db = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    pglite: options.pglite,
    log,
  });
  if (config.autoMigrate) {
    const applied = await db.migrate();
    if (applied.length > 0) log(`Applied migrations: ${applied.join(', ')}`);
  }
  return db;
}

export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const log = options.log ?? lineLogger(logger);
  const db = await openMigrated(config, options, log);
  const secret = await tokenSecret(db.prisma, config);
  const tokens = new TokenService(secret);
  // Instances on one database share the secret, so they share rate-limit counters in Redis.
  const namespace = `baton:rl:${createHash('sha256').update(secret).digest('hex').slice(0, 12)}`;
  const limits = new RateLimits({ settings: config.rateLimits, redisUrl: config.redisUrl, namespace });
  await limits.ready();
  let publicUrl = config.publicUrl ?? '';
  const events = new DomainEvents((listener, error) =>
    options.log
      ? log(`The ${listener} listener failed: ${String(error)}`)
      : logger.error({ listener, err: error }, 'listener failed'),
  );
  const pubsub = createBatonPubSub(config.redisUrl, { log });
  const language = languageModel(log);
  const mailer = createMailer(config.smtp);
  const services = createServices({
    mailer,
    log,
    prisma: db.prisma,
    config,
    tokens,
    events,
    pubsub,
    language,
    limits,
    publicUrl: () => publicUrl,
  });
  const assistant = new Assistant({ config, prisma: db.prisma, services, events, pubsub, language, log });
  const workers = [assistant.turns, services.webhookDeliveries.worker];
  registerListeners(events, { pubsub, workers, assignment: services.assignment });
  const metrics = new Metrics(databaseScrapeSources(db.prisma), (series, error) =>
    logger.warn({ series, err: error }, 'metrics: could not read a series from the database'),
  );
  events.register(metricsListener(metrics));
  const migrations = new MigrationCheck(db);
  services.responseClock.start(config.clockIntervalMs);
  await Promise.all([services.presence.start(), services.assignment.start()]);
  assistant.start();
  services.webhookDeliveries.start();
  let draining = false;
  return {
    config,
    db,
    tokens,
    events,
    pubsub,
    services,
    assistant,
    log,
    logger,
    metrics,
    readiness: () => readiness({ db, pubsub, draining, migrations }),
    startDraining: () => {
      draining = true;
    },
    setPublicUrl: (url) => {
      publicUrl ||= url;
    },
    close: async () => {
      await services.responseClock.stop();
      await Promise.all([services.presence.stop(), services.assignment.stop()]);
      await assistant.stop(config.shutdownTimeoutMs);
      await services.webhookDeliveries.stop(config.shutdownTimeoutMs);
      await services.streams.close();
      await pubsub.close();
      limits.close();
      mailer.close();
      await db.close();
    },
  };
}

/**
 * The composition root: opens the database, creates the services, the event bus, pub/sub and
 * the assistant, and registers the listeners. Nothing here speaks HTTP (see http/).
 */
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
import { readiness, type Readiness } from './readiness.js';
import { registerListeners } from './listeners/index.js';
import { createServices, type Services } from './domain/index.js';

export interface AppOptions {
  /** Use this PGlite instance instead of opening one from the data folder (tests). */
  pglite?: PGlite;
  log?: (message: string) => void;
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

export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const log = options.log ?? ((message: string) => console.log(message));
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
  const secret = await tokenSecret(db.prisma, config);
  const tokens = new TokenService(secret);
  // Instances on one database share the secret, so they share rate-limit counters in Redis.
  const namespace = `baton:rl:${createHash('sha256').update(secret).digest('hex').slice(0, 12)}`;
  const limits = new RateLimits({ settings: config.rateLimits, redisUrl: config.redisUrl, namespace });
  await limits.ready();
  let publicUrl = config.publicUrl ?? '';
  const events = new DomainEvents((listener, error) => log(`The ${listener} listener failed: ${String(error)}`));
  const pubsub = createBatonPubSub(config.redisUrl, { log });
  const language = languageModel(log);
  const services = createServices({
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
  registerListeners(events, { pubsub, workers: [assistant.turns, services.webhookDeliveries.worker] });
  services.responseClock.start(config.clockIntervalMs);
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
    readiness: () => readiness({ db, pubsub, draining }),
    startDraining: () => {
      draining = true;
    },
    setPublicUrl: (url) => {
      publicUrl ||= url;
    },
    close: async () => {
      await services.responseClock.stop();
      await assistant.stop(config.shutdownTimeoutMs);
      await services.webhookDeliveries.stop(config.shutdownTimeoutMs);
      await services.streams.close();
      await pubsub.close();
      limits.close();
      await db.close();
    },
  };
}

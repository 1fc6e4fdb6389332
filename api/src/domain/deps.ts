/** What every service gets: the database, configuration and token signer. */
import type { Config } from '../config.js';
import type { PrismaClient } from '../db/database.js';
import type { TokenService } from '../auth/tokens.js';
import type { DomainEvents } from '../events/bus.js';
import type { BatonPubSub } from '../events/pubsub.js';
import type { LanguageModel } from '../language/model.js';
import type { RateLimits } from '../limits/limiter.js';
import type { Mailer } from '../mail/mailer.js';

export interface ServiceDeps {
  prisma: PrismaClient;
  config: Config;
  tokens: TokenService;
  /** Domain events, emitted after commit. */
  events: DomainEvents;
  /** GraphQL pub/sub (subscriptions read from it; the fan-out listener writes to it). */
  pubsub: BatonPubSub;
  /** Word vectors for meaning (null vectors: lexical only). */
  language: LanguageModel;
  /** Rate limits (limits/rate-limits.ts): the schema consumes them before calling a service. */
  limits: RateLimits;
  /** Outgoing mail (`SMTP_URL`); `configured` false without it. */
  mailer: Mailer;
  /** Base URL for links handed out (invitations); known once the server listens. */
  publicUrl(): string;
  /** Operator log lines from background work (console.warn when not given). */
  log?: (message: string) => void;
}

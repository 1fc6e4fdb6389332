/** What every service gets: the database, configuration and token signer. */
import type { Config } from '../config.js';
import type { PrismaClient } from '../db/database.js';
import type { TokenService } from '../auth/tokens.js';

export interface ServiceDeps {
  prisma: PrismaClient;
  config: Config;
  tokens: TokenService;
  /** Base URL for links handed out (invitations); known once the server listens. */
  publicUrl(): string;
}

/**
 * The gauges counted in the database when `/metrics` is scraped: conversations waiting for an
 * agent and webhook deliveries still pending. Every workspace on the database (one number per
 * series, whichever instance is scraped).
 */
import type { PrismaClient } from '../db/database.js';
import type { ScrapeSources } from './metrics.js';

export function databaseScrapeSources(prisma: PrismaClient): ScrapeSources {
  return {
    handoffsQueued: () => prisma.conversation.count({ where: { status: 'QUEUED' } }),
    webhookQueueDepth: () => prisma.webhookDelivery.count({ where: { status: 'PENDING' } }),
  };
}

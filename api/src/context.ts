import type { Viewer } from './auth/viewer.js';
import type { Database } from './db/database.js';
import type { Services } from './domain/index.js';

/** The GraphQL context, the same for HTTP and WebSocket operations. */
export interface Context {
  viewer: Viewer;
  /** The Origin header of the HTTP request or WebSocket upgrade (widget origin checks). */
  origin: string | null;
  /** The caller's IP address (rate limits): the socket's, or the first X-Forwarded-For hop when `BATON_TRUST_PROXY` is set. */
  clientIp: string;
  services: Services;
  prisma: Database['prisma'];
}

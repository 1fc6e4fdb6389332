import type { Viewer } from './auth/viewer.js';
import type { Database } from './db/database.js';
import type { Services } from './domain/index.js';

/** The GraphQL context, the same for HTTP and WebSocket operations. */
export interface Context {
  viewer: Viewer;
  /** The Origin header of the HTTP request or WebSocket upgrade (widget origin checks). */
  origin: string | null;
  services: Services;
  prisma: Database['prisma'];
}

/**
 * Starts Baton: the app (composition root, app.ts), its HTTP server (http/server.ts) and
 * graphql-ws on the same port (http/graphql-ws.ts); and stops them gracefully (`close`).
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions } from './app.js';
import type { Assistant } from './assistant/assistant.js';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import { attachGraphqlWs } from './http/graphql-ws.js';
import { createHttpServer } from './http/server.js';
import type { Services } from './domain/index.js';

export interface BatonServer {
  config: Config;
  url: string;
  graphqlUrl: string;
  wsUrl: string;
  db: Database;
  pubsubKind: 'memory' | 'redis';
  services: Services;
  assistant: Assistant;
  httpServer: Server;
  /** Drops every WebSocket connection (clients reconnect and resume); used for maintenance and tests. */
  disconnectWebSockets(): void;
  /**
   * Graceful stop, bounded by BATON_SHUTDOWN_TIMEOUT_MS: `/ready` turns 503; no new connections;
   * WebSockets closed with 1012 "service restart" (clients reconnect elsewhere); requests in
   * flight finish and get their answers; the assistant takes no new turns and running ones
   * finish or are released to another instance; then pub/sub, Redis and the database close.
   */
  close(): Promise<void>;
}

export type StartOptions = AppOptions;

export async function startServer(config: Config, options: StartOptions = {}): Promise<BatonServer> {
  const app = await createApp(config, options);
  const http = createHttpServer(app);
  const ws = attachGraphqlWs(app, http.server, http.yoga);

  await new Promise<void>((resolve) => http.server.listen(config.port, config.host, resolve));
  const { port } = http.server.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  app.setPublicUrl(url);

  return {
    config: { ...config, port },
    url,
    graphqlUrl: `${url}/graphql`,
    wsUrl: `${url.replace(/^http/, 'ws')}/graphql`,
    db: app.db,
    pubsubKind: app.pubsub.kind,
    services: app.services,
    assistant: app.assistant,
    httpServer: http.server,
    disconnectWebSockets: ws.disconnectAll,
    close: async () => {
      app.startDraining();
      const graceMs = config.shutdownTimeoutMs;
      await Promise.all([ws.close(), http.drain(graceMs), app.assistant.stop(graceMs)]);
      await app.close();
    },
  };
}

/**
 * The process: parses the configuration, starts Baton, logs JSON lines on stdout (pino, level
 * `BATON_LOG_LEVEL`) and stops gracefully on SIGTERM / SIGINT (server.ts `close`).
 */
import { ConfigError, parseConfig } from './config.js';
import { createLogger } from './observability/logger.js';
import { startServer } from './server.js';

try {
  const config = parseConfig();
  const logger = createLogger(config.logLevel);
  const server = await startServer(config, { logger });
  // The URL is followed by a space: scripts read it with /Baton is running at (\S+)/.
  logger.info(
    {
      url: server.url,
      graphql: server.graphqlUrl,
      graphiql: config.graphiql,
      database: server.db.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL',
      pubsub: server.pubsubKind,
    },
    `Baton is running at ${server.url} (inbox /, GraphQL /graphql)`,
  );
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(
      { signal, timeoutMs: config.shutdownTimeoutMs },
      `${signal}: shutting down (at most ${config.shutdownTimeoutMs} ms)…`,
    );
    // server.close() is bounded by itself; this is the last resort should something hang.
    setTimeout(() => {
      logger.fatal('Shutdown did not finish in time; exiting.');
      process.exit(1);
    }, config.shutdownTimeoutMs + 5000).unref();
    try {
      await server.close();
      logger.info('Baton stopped.');
      process.exit(0);
    } catch (error) {
      logger.fatal({ err: error }, 'Shutdown failed');
      process.exit(1);
    }
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}

import { ConfigError, parseConfig } from './config.js';
import { startServer } from './server.js';

try {
  const config = parseConfig();
  const server = await startServer(config);
  console.log(`Baton is running at ${server.url}`);
  console.log(`  inbox:    ${server.url}/`);
  console.log(`  GraphQL:  ${server.graphqlUrl}${config.graphiql ? ' (GraphiQL in the browser)' : ''}`);
  console.log(`  database: ${server.db.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL'}`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down (at most ${config.shutdownTimeoutMs} ms)…`);
    // server.close() is bounded by itself; this is the last resort should something hang.
    setTimeout(() => {
      console.error('Shutdown did not finish in time; exiting.');
      process.exit(1);
    }, config.shutdownTimeoutMs + 5000).unref();
    try {
      await server.close();
      console.log('Baton stopped.');
      process.exit(0);
    } catch (error) {
      console.error(`Shutdown failed: ${String(error)}`);
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

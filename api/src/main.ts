import { ConfigError, parseConfig } from './config.js';
import { startServer } from './server.js';

try {
  const config = parseConfig();
  const server = await startServer(config);
  console.log(`Baton is running at ${server.url}`);
  console.log(`  inbox:    ${server.url}/`);
  console.log(`  GraphQL:  ${server.graphqlUrl}${config.graphiql ? ' (GraphiQL in the browser)' : ''}`);
  console.log(`  database: ${server.db.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL'}`);
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}

/**
 * `pnpm db:migrate` (and `node --conditions=baton-dist api/dist/migrate.js` in the production
 * image): applies pending migrations to the configured database — the PGlite data folder by
 * default, DATABASE_URL when set — through the offline WASM schema engine, then exits.
 * Prisma's schema engine takes a PostgreSQL advisory lock while it migrates, so two of these at
 * once apply each migration once.
 */
import { parseConfig } from './config.js';
import { openDatabase } from './db/database.js';

const config = parseConfig();
const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  const applied = await db.migrate();
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
} finally {
  await db.close();
}

// pnpm db:migrate — applies pending migrations to the configured database (PGlite data folder
// by default, DATABASE_URL when set) through the offline WASM schema engine.
import { parseConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';

const config = parseConfig();
const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  const applied = await db.migrate();
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
} finally {
  await db.close();
}

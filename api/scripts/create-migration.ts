// pnpm db:migration <name> — writes prisma/migrations/<timestamp>_<name>/migration.sql from the
// difference between the migration history and prisma/schema.prisma (offline, no engine binary).
import { createMigration } from '../src/db/migrations.js';

const name = process.argv[2];
if (!name) {
  console.error('usage: pnpm db:migration <name>');
  process.exit(2);
}
const dir = await createMigration(name);
console.log(dir ? `Created ${dir}` : 'schema.prisma matches the migration history: nothing to create.');

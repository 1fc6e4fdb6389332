// `prisma generate` without network: Prisma's CLI only needs the native schema engine for
// migrate/db commands, but checks that one exists; point it at any file (we migrate with
// @prisma/schema-engine-wasm instead, see src/db/migrations.ts).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const schema = fileURLToPath(new URL('../../prisma/schema.prisma', import.meta.url));
const result = spawnSync('prisma', ['generate', '--schema', schema], {
  stdio: 'inherit',
  shell: false,
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
  },
});
process.exit(result.status ?? 1);

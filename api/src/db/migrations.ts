/**
 * Offline migrations through Prisma's schema engine compiled to WebAssembly
 * (`@prisma/schema-engine-wasm`) driven over the active driver adapter, so neither
 * `pnpm db:migrate` nor the server's start needs the native engine binary.
 *
 * Folders are standard `prisma/migrations/<timestamp>_<name>/migration.sql`; the engine records
 * them in `_prisma_migrations` exactly like `prisma migrate deploy`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type * as Engine from '@prisma/schema-engine-wasm';
import { PrismaPGlite } from 'pglite-prisma-adapter';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const prismaDir = join(repoRoot, 'prisma');
export const schemaPath = join(prismaDir, 'schema.prisma');
export const migrationsDir = join(prismaDir, 'migrations');
const lockfileName = 'migration_lock.toml';
const noFilters: Engine.SchemaFilter = { externalTables: [], externalEnums: [] };

type EngineModule = typeof Engine;
type WasmExports = Record<string, unknown>;

/**
 * Process-wide state. The wasm-bindgen glue (`schema_engine_bg.js`) is one ES module shared by
 * every importer, and it holds a single wasm instance: if this file is loaded twice (test
 * runners do that) each copy must use the same instance, and engines must run one at a time.
 */
interface EngineGlobals {
  module?: Promise<EngineModule>;
  queue: Promise<unknown>;
}
const shared = ((globalThis as Record<symbol, EngineGlobals | undefined>)[Symbol.for('baton.schemaEngine')] ??= {
  queue: Promise.resolve(),
});
/** The part of the WebAssembly global we use (Node's types only declare it with lib.dom). */
interface WasmApi {
  instantiate(bytes: Uint8Array, imports: Record<string, object>): Promise<{ instance: { exports: WasmExports } }>;
}

/**
 * The package imports its `.wasm` as an ES module, which Node 20 only allows behind
 * `--experimental-wasm-modules`; instantiate it ourselves instead (what Prisma 6's own
 * WasmSchemaEngineLoader did).
 */
function loadEngineModule(): Promise<EngineModule> {
  shared.module ??= (async () => {
    const pkgDir = dirname(createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm'));
    const bindingsUrl = pathToFileURL(join(pkgDir, 'schema_engine_bg.js')).href;
    const bindings = (await import(bindingsUrl)) as EngineModule & {
      __wbg_set_wasm(exports: WasmExports): void;
    };
    const bytes = readFileSync(join(pkgDir, 'schema_engine_bg.wasm'));
    const { instance } = await (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly.instantiate(bytes, {
      './schema_engine_bg.js': bindings,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return shared.module;
}

function readSchema(): Engine.SchemaContainer[] {
  return [{ path: schemaPath, content: readFileSync(schemaPath, 'utf8') }];
}

/**
 * Runs `work` on a schema engine bound to the adapter, then frees the engine and disposes the
 * connections it opened (the engine does not: with PostgreSQL that would leave a pool open).
 */
/** Runs engines one at a time in this process (they share the wasm instance's memory). */
function withEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  work: (engine: Engine.SchemaEngine) => Promise<T>,
): Promise<T> {
  const run = shared.queue.then(() => runEngine(adapterFactory, work));
  shared.queue = run.catch(() => {});
  return run;
}

async function runEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  work: (engine: Engine.SchemaEngine) => Promise<T>,
): Promise<T> {
  const { SchemaEngine } = await loadEngineModule();
  const opened: SqlDriverAdapter[] = [];
  const track = async (adapter: Promise<SqlDriverAdapter>) => {
    opened.push(await adapter);
    return opened[opened.length - 1]!;
  };
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: adapterFactory.provider,
    adapterName: adapterFactory.adapterName,
    connect: () => track(adapterFactory.connect()),
    connectToShadowDb: () => track(adapterFactory.connectToShadowDb()),
  };
  const files = readSchema();
  const engine = await SchemaEngine.new(
    { datamodels: files.map((f) => [f.path, f.content]) },
    () => {},
    bindMigrationAwareSqlAdapterFactory(tracked),
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
    await Promise.all(opened.map((adapter) => adapter.dispose()));
  }
}

export function listMigrations(): Engine.MigrationList {
  const dirs = existsSync(migrationsDir)
    ? readdirSync(migrationsDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const lockPath = join(migrationsDir, lockfileName);
  return {
    baseDir: migrationsDir,
    lockfile: {
      path: lockfileName,
      content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null,
    },
    shadowDbInitScript: '',
    migrationDirectories: dirs.map((dir) => ({
      path: dir,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok', value: readFileSync(join(migrationsDir, dir, 'migration.sql'), 'utf8') },
      },
    })),
  };
}

/** `prisma migrate deploy`: applies pending migrations; returns the names it applied. */
export async function applyMigrations(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  return withEngine(adapterFactory, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList: listMigrations(), filters: noFilters });
    return out.appliedMigrationNames;
  });
}

/**
 * The SQL that takes a database holding every existing migration to `schema.prisma`
 * (empty when the history matches the schema). The history is replayed on a throwaway
 * in-memory PGlite, which stands in for Prisma's shadow database.
 */
export async function pendingSchemaDiff(): Promise<string> {
  const shadow = new PGlite();
  try {
    const factory = new PrismaPGlite(shadow);
    await applyMigrations(factory);
    return await withEngine(factory, async (engine) => {
      const files = readSchema();
      const result = await engine.diff({
        from: { tag: 'schemaDatasource', files, configDir: prismaDir },
        to: { tag: 'schemaDatamodel', files },
        script: true,
        exitCode: null,
        filters: noFilters,
      });
      return result.stdout ?? '';
    });
  } finally {
    await shadow.close();
  }
}

const emptyDiff = /^\s*(--\s*This is an empty migration\.?\s*)?$/;

export function isEmptyDiff(sql: string): boolean {
  return emptyDiff.test(sql);
}

/** `prisma migrate dev --create-only`: writes the next migration folder from the schema diff. */
export async function createMigration(name: string, now = new Date()): Promise<string | null> {
  if (!/^[a-z0-9_]+$/i.test(name)) throw new Error(`Migration name must be [a-zA-Z0-9_]: ${name}`);
  const sql = await pendingSchemaDiff();
  if (isEmptyDiff(sql)) return null;
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  const dir = join(migrationsDir, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'migration.sql'), sql);
  const lockPath = join(migrationsDir, lockfileName);
  if (!existsSync(lockPath)) {
    writeFileSync(
      lockPath,
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
    );
  }
  return dir;
}

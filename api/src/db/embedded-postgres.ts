/**
 * The embedded PostgreSQL (PGlite) Baton runs on without DATABASE_URL, with settings for one
 * process serving one workspace's team: PostgreSQL's default 128 MB of shared buffers was the
 * largest part of an idle server's memory (issue 13), and PGlite keeps them inside its
 * WebAssembly memory for the life of the process. 16 MB holds a support team's working set;
 * pages beyond it are read back from the data folder (the operating system's cache).
 */
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';

export const embeddedSharedBuffers = '16MB';

/** A PGlite in `dataDir` (in memory without one), with Baton's settings. */
export function openPGlite(dataDir?: string, options: PGliteOptions = {}): Promise<PGlite> {
  return PGlite.create(dataDir, {
    ...options,
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${embeddedSharedBuffers}`],
  });
}

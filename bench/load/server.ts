/**
 * The Baton server in its own process for the load benchmarks: embedded PGlite in a fresh data
 * folder (or BENCH_DATABASE_URL), rate limits scaled out of reach. Prints one JSON line `{ url, wsUrl, sideUrl }`.
 * The side HTTP endpoint answers GET /memory with `process.memoryUsage()` after `global.gc()`
 * (spawn with --expose-gc) and POST /conversations?from=<conversation id>&n=<n> with n new
 * conversations of that conversation's visitor (inserted directly: 5,000 widget sessions through
 * the API take minutes on PGlite and measure nothing here). GET /streams answers how many
 * conversations have a live stream on this instance (set-up of sockets on separate conversations
 * is confirmed by it). POST /profile/start and /profile/stop?file=<path> record a CPU profile of
 * this process over a window (the inspector's profiler) and write it as .cpuprofile JSON;
 * /heap/start and /heap/stop?file= the same for the sampling heap profiler (objects still live at
 * the stop, after gc), written as .heapprofile JSON. BENCH_ENV_* variables are passed on as Baton settings (BENCH_ENV_X=1 → X=1).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../../api/src/config.js';
import { openPGlite } from '../../api/src/db/embedded-postgres.js';
import { startServer } from '../../api/src/server.js';
import { trustTestDocuments } from '../../tests/helpers/trusted-documents.js';

// PGlite as `pnpm start` runs it: Baton opens it itself (api/src/db/embedded-postgres.ts settings)
// in a data folder on disk — a fresh temporary one, removed on exit. BENCH_PGLITE=memory: in memory.
const inMemory = process.env.BENCH_PGLITE === 'memory';
const dataDir = process.env.BENCH_DATABASE_URL || inMemory ? undefined : mkdtempSync(join(tmpdir(), 'baton-bench-'));
const pglite = process.env.BENCH_DATABASE_URL || !inMemory ? undefined : await openPGlite();
const server = await startServer(
  parseConfig({
    NODE_ENV: 'production',
    PORT: '0',
    BATON_DATA_DIR: dataDir ?? '/nonexistent',
    BATON_AUTO_MIGRATE: 'true',
    BATON_RATE_LIMIT_SCALE: '1000000',
    // The load clients send the test suite's documents as visitors (see tests/helpers/trusted-documents.ts).
    ...trustTestDocuments,
    ...(process.env.BENCH_DATABASE_URL ? { DATABASE_URL: process.env.BENCH_DATABASE_URL } : {}),
    ...(process.env.BENCH_REDIS_URL ? { REDIS_URL: process.env.BENCH_REDIS_URL } : {}),
    ...Object.fromEntries(
      Object.entries(process.env)
        .filter(([k]) => k.startsWith('BENCH_ENV_'))
        .map(([k, v]) => [k.slice('BENCH_ENV_'.length), v ?? '']),
    ),
  }),
  // BENCH_SERVER_LOG=1: the server's log on stderr (errors behind a 1011 close, for instance).
  { ...(pglite ? { pglite } : {}), log: process.env.BENCH_SERVER_LOG === '1' ? (m) => console.error(m) : () => {} },
);

function dbId(globalId: string): string {
  return Buffer.from(globalId, 'base64').toString().slice('Conversation:'.length);
}

let profiler: Session | null = null;
let heapProfiler: Session | null = null;
const side = createServer((req, res) => {
  void (async () => {
    const url = new URL(req.url ?? '/', 'http://x');
    try {
      if (url.pathname === '/memory') {
        const gc = (globalThis as { gc?: () => void }).gc;
        for (let i = 0; i < 3; i++) gc?.();
        res.end(JSON.stringify({ gc: Boolean(gc), ...process.memoryUsage(), cpu: process.cpuUsage() }));
      } else if (url.pathname === '/profile/start') {
        profiler = new Session();
        profiler.connect();
        await profiler.post('Profiler.enable');
        await profiler.post('Profiler.start');
        res.end('{}');
      } else if (url.pathname === '/profile/stop' && profiler) {
        const { profile } = await profiler.post('Profiler.stop');
        writeFileSync(url.searchParams.get('file') ?? '/tmp/baton.cpuprofile', JSON.stringify(profile));
        profiler.disconnect();
        profiler = null;
        res.end('{}');
      } else if (url.pathname === '/heap/start') {
        heapProfiler = new Session();
        heapProfiler.connect();
        await heapProfiler.post('HeapProfiler.enable');
        await heapProfiler.post('HeapProfiler.startSampling', { samplingInterval: 4096 });
        res.end('{}');
      } else if (url.pathname === '/heap/stop' && heapProfiler) {
        // Live objects only: collect garbage first, then read what the sampled allocations still hold.
        const gc = (globalThis as { gc?: () => void }).gc;
        for (let i = 0; i < 3; i++) gc?.();
        const { profile } = await heapProfiler.post('HeapProfiler.stopSampling');
        writeFileSync(url.searchParams.get('file') ?? '/tmp/baton.heapprofile', JSON.stringify(profile));
        heapProfiler.disconnect();
        heapProfiler = null;
        res.end('{}');
      } else if (url.pathname === '/cpu') {
        res.end(JSON.stringify(process.cpuUsage()));
      } else if (url.pathname === '/streams') {
        res.end(JSON.stringify({ followed: server.services.streams.check.size }));
      } else if (url.pathname === '/conversations') {
        const from = dbId(url.searchParams.get('from') ?? '');
        const n = Number(url.searchParams.get('n') ?? 0);
        const { workspaceId, visitorId } = await server.db.prisma.conversation.findUniqueOrThrow({
          where: { id: from },
          select: { workspaceId: true, visitorId: true },
        });
        const ids = Array.from({ length: n }, () => randomUUID());
        for (let i = 0; i < ids.length; i += 1000) {
          await server.db.prisma.conversation.createMany({
            data: ids.slice(i, i + 1000).map((id) => ({ id, workspaceId, visitorId })),
          });
        }
        res.end(JSON.stringify(ids.map((id) => Buffer.from(`Conversation:${id}`).toString('base64'))));
      } else {
        res.statusCode = 404;
        res.end('{}');
      }
    } catch (error) {
      res.statusCode = 500;
      res.end(JSON.stringify({ error: String(error) }));
    }
  })();
});
await new Promise<void>((resolve) => side.listen(0, '127.0.0.1', resolve));
const address = side.address();
const sidePort = typeof address === 'object' && address ? address.port : 0;
console.log(JSON.stringify({ url: server.graphqlUrl, wsUrl: server.wsUrl, sideUrl: `http://127.0.0.1:${sidePort}` }));

let closing = false;
const stop = async () => {
  if (closing) return;
  closing = true;
  side.close();
  await server.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
process.on('disconnect', () => void stop());

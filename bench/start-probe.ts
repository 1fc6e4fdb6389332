// A fresh process that loads the language model and starts a server on a new embedded database,
// printing JSON timings and memory: what `pnpm bench` reports as start-up and model budgets.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const processStart = performance.timeOrigin;
const before = process.memoryUsage().rss;
const { languageModel } = await import('../api/src/language/model.js');
const loadStarted = performance.now();
const language = languageModel(() => {});
const modelMs = performance.now() - loadStarted;
const modelRss = process.memoryUsage().rss - before;
const { parseConfig } = await import('../api/src/config.js');
const { startServer } = await import('../api/src/server.js');
const dataDir = mkdtempSync(join(tmpdir(), 'baton-start-'));
const server = await startServer(parseConfig({ NODE_ENV: 'production', PORT: '0', BATON_DATA_DIR: dataDir }), {
  log: () => {},
});
const startMs = Date.now() - processStart;
await server.close();
rmSync(dataDir, { recursive: true, force: true });
console.log(JSON.stringify({ semantic: language.vectors !== null, modelMs, modelRssMb: modelRss / 2 ** 20, startMs }));

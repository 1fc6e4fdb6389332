// Prints the gzipped sizes of the launcher (dist/widget.js) and of the full chat (the launcher
// plus every chunk under dist/widget/), writes them to dist/sizes.json, and fails when the
// launcher is over its 30 KB budget.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = join(import.meta.dirname, '..', 'dist');
const budget = 30 * 1024;
const gzip = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

const launcherGzip = gzip(join(dist, 'widget.js'));
const chunks = readdirSync(join(dist, 'widget')).filter((f) => f.endsWith('.js'));
const chatGzip = chunks.reduce((sum, f) => sum + gzip(join(dist, 'widget', f)), 0);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`launcher  dist/widget.js                 ${kb(launcherGzip)} gzipped (budget ${kb(budget)})`);
console.log(`chat      dist/widget/${chunks.join(', ')}  ${kb(chatGzip)} gzipped (loaded on first open)`);
writeFileSync(join(dist, 'sizes.json'), `${JSON.stringify({ launcherGzip, chatGzip }, null, 2)}\n`);

if (launcherGzip > budget) {
  console.error(`The launcher is ${kb(launcherGzip)} gzipped: over its ${kb(budget)} budget.`);
  process.exit(1);
}

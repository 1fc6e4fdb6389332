/**
 * bench/results/latest.json (or the file named) as a Markdown table, for docs/performance.md and
 * the README: `node --import tsx bench/results-table.ts [file]`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BenchResult, Machine } from './load/common.js';

interface ResultsFile {
  generatedAt: string;
  commit: string;
  uncommitted?: string[];
  durationSeconds: number;
  machine: Machine;
  loadAverage?: { before: number; after: number };
  failed?: Array<{ key: string; error: string }>;
  results: BenchResult[];
}

function fmt(x: number | null): string {
  if (x === null || Number.isNaN(x)) return '–';
  if (!Number.isFinite(x)) return '∞';
  const a = Math.abs(x);
  return a >= 100 ? Math.round(x).toLocaleString('en-US') : a >= 10 ? x.toFixed(1) : x.toFixed(2);
}

export function markdown(file: string): string {
  const data = JSON.parse(readFileSync(file, 'utf8')) as ResultsFile;
  const m = data.machine;
  const head =
    `${data.generatedAt}, commit ${data.commit.slice(0, 7)}` +
    `${data.uncommitted?.length ? ` + ${data.uncommitted.length} uncommitted file(s)` : ''}; ` +
    `${m.cpu} × ${m.cpus}, ${m.totalMemGB} GB, Node ${m.node}, ${m.os}; ${data.durationSeconds} s` +
    (data.loadAverage
      ? `; load average ${data.loadAverage.before.toFixed(1)} → ${data.loadAverage.after.toFixed(1)}`
      : '');
  const rows = data.results.map(
    (r) =>
      `| ${r.name} | ${fmt(r.value)} ${r.unit} | ${r.baseline}: ${fmt(r.baselineValue)} | ` +
      `${r.ratio === null ? '–' : `${fmt(r.ratio)}×`} | ${r.target} | ` +
      `${r.pass === null ? 'reported' : r.pass ? 'met' : '**missed**'} |`,
  );
  const failed = (data.failed ?? []).map((f) => `\n**Could not run:** ${f.key}: ${f.error.split('\n')[0]}`);
  return [
    head,
    '',
    '| benchmark | value | baseline (same run) | ratio | target | |',
    '|---|---|---|---|---|---|',
    ...rows,
    ...failed,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(markdown(process.argv[2] ?? fileURLToPath(new URL('results/latest.json', import.meta.url))));
}

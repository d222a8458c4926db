import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printTable, type BenchRow } from './bench-row.js';
import { benchCard } from './card.js';
import { benchDaily } from './daily.js';
import { benchDiscord } from './discord.js';
import { benchSearch } from './search.js';
import { benchSlack } from './slack.js';
import { benchSummary } from './summary.js';

/** Every benchmark of `npm run bench`, in order. Each returns rows; the runner prints them and writes JSON. */
const BENCHES: readonly { name: string; run: () => Promise<BenchRow[]> }[] = [
  { name: 'search', run: benchSearch },
  { name: 'summary', run: benchSummary },
  { name: 'slack', run: benchSlack },
  { name: 'discord', run: benchDiscord },
  { name: 'daily', run: benchDaily },
  { name: 'card', run: benchCard },
];

const rows: BenchRow[] = [];
for (const bench of BENCHES) {
  process.stderr.write(`running ${bench.name}…\n`);
  rows.push(...(await bench.run()));
}
printTable(rows);
const out = join(import.meta.dirname, 'results');
mkdirSync(out, { recursive: true });
const json = { date: new Date().toISOString(), node: process.version, rows };
writeFileSync(join(out, 'bench.json'), `${JSON.stringify(json, null, 2)}\n`);
console.log(JSON.stringify(json));

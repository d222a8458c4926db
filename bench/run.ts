import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printTable, type BenchRow } from './bench-row.js';
import { benchCard } from './card.js';
import { benchDaily } from './daily.js';
import { benchDiscord } from './discord.js';
import { benchSearch } from './search.js';
import { benchSlack } from './slack.js';
import { benchSummary } from './summary.js';

/**
 * Every benchmark of `npm run bench`, in order. Each returns rows; the runner prints them and writes JSON.
 */
const BENCHES: readonly { name: string; run: () => Promise<BenchRow[]> }[] = [
  { name: 'search', run: benchSearch },
  { name: 'summary', run: benchSummary },
  { name: 'slack', run: benchSlack },
  { name: 'discord', run: benchDiscord },
  { name: 'daily', run: benchDaily },
  { name: 'card', run: benchCard },
];

// `npm run bench -- --only card,discord` runs those benchmarks alone (a noisy row measured again).
const at = process.argv.indexOf('--only');
const only = at < 0 ? undefined : new Set((process.argv[at + 1] ?? '').split(','));
const unknown = [...(only ?? [])].filter((name) => !BENCHES.some((bench) => bench.name === name));
if (unknown.length > 0 || only?.size === 0) {
  console.error(
    `--only takes some of ${BENCHES.map((bench) => bench.name).join(',')}; got "${[...unknown].join(',')}"`,
  );
  process.exit(2);
}

const rows: BenchRow[] = [];
for (const bench of BENCHES.filter((bench) => only?.has(bench.name) ?? true)) {
  process.stderr.write(`running ${bench.name}…\n`);
  rows.push(...(await bench.run()));
}
printTable(rows);
const out = join(import.meta.dirname, 'results');
mkdirSync(out, { recursive: true });
const json = { date: new Date().toISOString(), node: process.version, rows };
writeFileSync(join(out, 'bench.json'), `${JSON.stringify(json, null, 2)}\n`);
console.log(JSON.stringify(json));

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import { foldText } from '../src/text/fold.js';
import { loadLibrary } from '../runtime/library-loader.js';
import { percentile, round, timeSamples, type BenchRow } from './bench-row.js';

const ROOT = join(import.meta.dirname, '..');

const QUERIES = [
  ...(
    JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/dev-queries.json'), 'utf8')) as {
      queries: { query: string }[];
    }
  ).queries.map((q) => q.query),
  'electoin',
  'will north korea test a nuke before the election',
  'Kim Jong Un',
  'provocations',
  '75th',
  'global health crisis',
  'Obama North Korea policy',
];

/** Query latency once loaded, against plain fuse.js over the same sentences; and the CLI's cold start. */
export async function benchSearch(): Promise<BenchRow[]> {
  const { library } = loadLibrary(join(ROOT, 'content'));
  const sentences = library.articles.flatMap((article) =>
    library.quotable(article).map((passage) => foldText(passage.text)),
  );
  const fuse = new Fuse(sentences, {
    ignoreLocation: true,
    useTokenSearch: true,
    threshold: 0.4,
  } as ConstructorParameters<typeof Fuse>[1]);
  let i = 0;
  for (let w = 0; w < 500; w++) library.search({ query: QUERIES[w % QUERIES.length]! });
  const ours = timeSamples(() => library.search({ query: QUERIES[i++ % QUERIES.length]! }), 5000);
  i = 0;
  const plain = timeSamples(() => fuse.search(foldText(QUERIES[i++ % QUERIES.length]!)), 5000);
  const rows: BenchRow[] = [];
  const p99 = round(percentile(ours, 99));
  rows.push({
    name: 'search: one query (seed article)',
    p50Ms: round(percentile(ours, 50)),
    p99Ms: p99,
    baseline: {
      name: 'plain fuse.js',
      p50Ms: round(percentile(plain, 50)),
      ratio: round(percentile(ours, 50) / percentile(plain, 50), 2),
    },
    target: 'p99 < 1 ms',
    ok: p99 < 1,
  });

  const bin = join(ROOT, 'bin/quotebot.js');
  const cold = (args: string[]): number[] =>
    Array.from({ length: 15 }, () => {
      const start = process.hrtime.bigint();
      const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
      return Number(process.hrtime.bigint() - start) / 1e6;
    });
  const nodeOnly = cold(['-e', '0']);
  const cli = cold([bin, 'quote', 'election', '--json']);
  const cliP99 = round(percentile(cli, 99), 1);
  rows.push({
    name: 'cli: quote election --json (cold start)',
    p50Ms: round(percentile(cli, 50), 1),
    p99Ms: cliP99,
    baseline: {
      name: 'node -e 0',
      p50Ms: round(percentile(nodeOnly, 50), 1),
      ratio: round(percentile(cli, 50) / percentile(nodeOnly, 50), 2),
    },
    target: '< 400 ms',
    ok: cliP99 < 400,
  });
  return rows;
}

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractArticle, extractPlainText, prepareContentFile } from '../src/index.js';
import { LibraryHolder } from '../runtime/content-watcher.js';
import { loadDomParser } from '../runtime/import/dom-parser.js';
import { percentile, round, timeSamples, type BenchRow } from './bench-row.js';

const ROOT = join(import.meta.dirname, '..');
const SEED = readFileSync(join(ROOT, 'tests/fixtures/seed-article.txt'), 'utf8');
const SEED_FILE = readFileSync(
  join(ROOT, 'content/donald-trumps-own-version-of-muddling-through-on-north-korea.md'),
  'utf8',
);

/** A news page of the seed's paragraphs (about 1,000 words) with metadata, navigation and a footer. */
function page(): string {
  const paragraphs = SEED.split(/\n\s*\n/).slice(4, -2);
  return `<!doctype html><html><head><title>Muddling Through | The National Interest</title>
<meta property="og:site_name" content="The National Interest"><meta property="article:published_time" content="2020-05-17">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Muddling Through","author":{"@type":"Person","name":"Eric Ballbach"}}</script>
</head><body><nav>${'<a href="/x">Section</a> '.repeat(40)}</nav><article><h1>Muddling Through</h1>
${[...paragraphs, ...paragraphs].map((p) => `<p>${p}</p>`).join('\n')}</article><footer>${'<p>Footer link</p>'.repeat(20)}</footer></body></html>`;
}

const row = (name: string, samples: number[], target: number, extra?: BenchRow['extra']): BenchRow => ({
  name,
  p50Ms: round(percentile(samples, 50)),
  p99Ms: round(percentile(samples, 99)),
  target: `p50 < ${target} ms`,
  ok: percentile(samples, 50) < target,
  ...(extra === undefined ? {} : { extra }),
});

/** Import: extraction of the seed text and of a page (against Readability alone), a reload, the CLI. */
export async function benchImport(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  rows.push(
    row(
      'import: seed text → validated file',
      timeSamples(() => prepareContentFile('seed', extractPlainText(SEED)), 300),
      20,
    ),
  );
  const html = page();
  const dom = await loadDomParser();
  const ours = timeSamples(() => extractArticle({ source: 'page', text: html, format: 'html', dom }), 100);
  const readability = timeSamples(() => new Readability(parseHTML(html).document).parse(), 100);
  const html50 = percentile(ours, 50);
  const base50 = percentile(readability, 50);
  rows.push({
    ...row('import: 1,000-word page → draft', ours, 100),
    baseline: { name: 'linkedom+Readability alone', p50Ms: round(base50), ratio: round(html50 / base50, 2) },
  });
  const dir = mkdtempSync(join(tmpdir(), 'quotebot-bench-import-'));
  for (let i = 0; i < 100; i++) writeFileSync(join(dir, `article-${i}.md`), SEED_FILE);
  const { holder } = LibraryHolder.load(dir);
  rows.push(
    row(
      'reload: content folder of 100 articles',
      timeSamples(() => holder.reload(), 10),
      1000,
      { articles: 100 },
    ),
  );
  const cli = timeSamples(() => {
    spawnSync(
      process.execPath,
      [join(ROOT, 'bin/quotebot.js'), 'import', join(ROOT, 'tests/fixtures/seed-article.txt'), '--dry-run'],
      {
        env: { ...process.env, CONTENT_DIR: dir },
      },
    );
  }, 5);
  rows.push(row('cli: quotebot import --dry-run (cold start)', cli, 1500));
  rmSync(dir, { recursive: true, force: true });
  return rows;
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SUMMARY_OPTIONS, Library, parseArticle, summarize, summarizeLibrary } from '../src/index.js';
import { percentile, round, type BenchRow } from './bench-row.js';
import type { EvalArticle } from './summary-corpus.js';
import { loadSotuArticles } from './sotu-corpus.js';

const ROOT = join(import.meta.dirname, '..');
const SEED = 'donald-trumps-own-version-of-muddling-through-on-north-korea';
const LIBRARY_SIZE = 100;

function time(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function row(name: string, samples: readonly number[], targetMs: number, inclusive: boolean): BenchRow {
  const p99 = round(percentile(samples, 99));
  return {
    name,
    p50Ms: round(percentile(samples, 50)),
    p99Ms: p99,
    target: `p99 ${inclusive ? '≤' : '<'} ${targetMs} ms`,
    ok: inclusive ? p99 <= targetMs : p99 < targetMs,
    extra: { samples: samples.length },
  };
}

/**
 * Latency of the summariser on unseen inputs:
 * - one article's summary on a cold call: every evaluation article parsed afresh and summarised once per
 *   length (each the first call for that article; the process is warmed on the seed article only);
 * - a library-wide topic summary over 100 articles (the evaluation articles, the seed and State of the Union
 *   addresses to make up the number), one distinct topic per call: two words of each evaluation headline.
 */
export function summaryLatencyRows(items: readonly EvalArticle[]): BenchRow[] {
  const seed = parseArticle(`${SEED}.md`, readFileSync(join(ROOT, 'content', `${SEED}.md`), 'utf8'));
  for (let i = 0; i < 50; i++) summarize(seed, { length: 'medium' });
  const cold: number[] = [];
  for (const item of items) {
    for (const request of [
      { length: 'short' as const },
      { length: 'medium' as const },
      { length: 'long' as const },
      { sentences: item.reference.size },
    ]) {
      const fresh = parseArticle(`${item.article.slug}.md`, sourceOf(item));
      cold.push(time(() => summarize(fresh, request)));
    }
  }
  const others = loadSotuArticles().slice(-(LIBRARY_SIZE - items.length - 1));
  const library = Library.create([seed, ...items.map((item) => item.article), ...others]);
  const topics = [
    ...new Set(
      items.map((item) =>
        item.article.meta.title
          .split(/\s+/)
          .filter((word) => word.length > 3)
          .slice(0, 2)
          .join(' '),
      ),
    ),
  ].filter((topic) => topic.length > 0);
  summarizeLibrary(library, { topic: 'economy' }, DEFAULT_SUMMARY_OPTIONS);
  const across = topics.map((topic) =>
    time(() => summarizeLibrary(library, { topic }, DEFAULT_SUMMARY_OPTIONS)),
  );
  return [
    row(`summary: one article, cold call (${items.length} articles × 4 lengths)`, cold, 5, false),
    row(
      `summary: topic across the library (${library.articles.length} articles, ${topics.length} distinct topics)`,
      across,
      50,
      true,
    ),
  ];
}

/** The article as a content file again, so that each timed call gets an article never summarised before. */
function sourceOf(item: EvalArticle): string {
  const { meta, paragraphs } = item.article;
  return `---\ntitle: ${JSON.stringify(meta.title)}\nauthor: BBC News\npublication: BBC News\ndate: 2005-01-01\n---\n\n${paragraphs.map((p) => p.text).join('\n\n')}\n`;
}

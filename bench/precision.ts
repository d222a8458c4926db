/**
 * `npm run bench:precision`: how often a query about nothing is answered. 400 made-up queries of 2–4 content
 * words, each word from a different BBC development article (a seeded choice, the same every run), over the
 * 40 articles as one library: such a mix is about nothing, so an answer is seldom deserved, and a relation of
 * the lexicon that makes many more of them answer is too loose. Counts with and without the WordNet lexicon.
 * Then the long queries of `tests/fixtures/long-none-queries.json`, written by a person about topics the BBC
 * articles, or 30 State of the Union addresses, do not cover: the kind a way of answering long queries from
 * their scattered words would answer wrongly.
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
const queries: string[] = [];
for (let n = 0; n < QUERIES; n++) {
  const count = 2 + Math.floor(random() * 3);
  const picked = new Set<number>();
  while (picked.size < count) picked.add(Math.floor(random() * articles.length));
  queries.push([...picked].map((a) => wordsOf[a]![Math.floor(random() * wordsOf[a]!.length)]).join(' '));
}

const lexicon = loadLexicon();
const answeredIn = (library: Library, asked: readonly string[]): number =>
  asked.filter((query) => library.search({ query, limit: 5 }).hits.length > 0).length;

const results = [true, false].map((withLexicon) => {
  const library = Library.create(articles, withLexicon ? { lexicon } : {});
  return {
    name: withLexicon ? 'quotebot' : 'quotebot without WordNet',
    answered: answeredIn(library, queries),
  };
});

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
}));

for (const { name, answered } of results)
  console.log(`${name}: ${answered} of ${QUERIES} made-up queries answered`);
for (const { library, queries: count, answered } of longResults)
  console.log(`quotebot: ${answered} of ${count} long queries about nothing answered (${library})`);
const json = {
  date: new Date().toISOString(),
  queries: QUERIES,
  articles: articles.length,
  results,
  long: longResults,
};
const out = join(import.meta.dirname, 'results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'precision.json'), `${JSON.stringify(json, null, 2)}\n`);
console.log(JSON.stringify(json));

/**
 * `npm run bench:precision`: how often a made-up query is answered. 400 queries of 2–4 content words, each
 * word from a different BBC development article (a seeded choice, the same every run), over the 40 articles
 * as one library: such a mix is about nothing, so an answer is seldom deserved, and a relation of the lexicon
 * that makes many more of them answer is too loose. Counts with and without the WordNet lexicon.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Library } from '../src/index.js';
import { seededRandom } from '../src/daily/prng.js';
import { loadLexicon } from '../runtime/lexicon.js';
import { contentWordsOf, loadBbcArticles } from './bbc-corpus.js';

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

const results = [true, false].map((withLexicon) => {
  const library = Library.create(articles, withLexicon ? { lexicon: loadLexicon() } : {});
  const answered = queries.filter((query) => library.search({ query, limit: 5 }).hits.length > 0);
  return { name: withLexicon ? 'quotebot' : 'quotebot without WordNet', answered: answered.length };
});

for (const { name, answered } of results)
  console.log(`${name}: ${answered} of ${QUERIES} made-up queries answered`);
const json = { date: new Date().toISOString(), queries: QUERIES, articles: articles.length, results };
const out = join(import.meta.dirname, 'results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'precision.json'), `${JSON.stringify(json, null, 2)}\n`);
console.log(JSON.stringify(json));

/**
 * `npx tsx bench/paraphrase-reach.ts`: where the accepted sentence stands for the paraphrases and synonyms
 * whose first hit is wrong, over the open query sets (`tests/fixtures/*-queries.json`; the blind sets, by
 * default `holdout3[5-9]`, are never read: `BLIND` takes another pattern). Counts the queries with no hit, and
 * of those with a wrong first hit, the place of the accepted sentence among the first twenty hits (absent
 * when it is not there) and how many first hits are in the accepted sentence's own article. A ranking that only
 * re-orders hits can win at most the ones the accepted sentence is among; evidence of the article cannot tell
 * two sentences of one article apart. (docs/search-quality.md, session 47.)
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Library, type Article } from '../src/index.js';
import { loadLexicon } from '../runtime/lexicon.js';
import { PACKAGE_ROOT } from '../runtime/paths.js';
import { acceptedIds, loadBbcArticles, loadQuerySet, loadSetArticles } from './bbc-corpus.js';

/** How many hits are read per query: the engine's re-ranking depth. */
const DEPTH = 20;
const KINDS = /^(?:paraphrases|synonyms?)$/;
const blind = new RegExp(process.env.BLIND ?? 'holdout3[5-9]');

const lexicon = loadLexicon();
const dir = join(PACKAGE_ROOT, 'tests/fixtures');
const bbc = loadBbcArticles();
let bbcLibrary: Library | undefined;

let unanswered = 0;
let wrongFirst = 0;
let sameArticle = 0;
const places = new Map<string, number>();
const articleOf = (id: string): string => id.slice(0, id.lastIndexOf('#'));

for (const file of readdirSync(dir).sort()) {
  if (!file.endsWith('-queries.json') || blind.test(file)) continue;
  const set = loadQuerySet(join(dir, file));
  const own: Article[] = loadSetArticles(set, bbc);
  let accepted: Set<string>[];
  try {
    accepted = acceptedIds(set.queries, own);
  } catch (error) {
    // A set over other texts (the dev set's seed queries) or with no accepted sentences: skipped, as
    // coord's all-sets score skips it.
    console.log(`${file}: skipped (${(error as Error).message.slice(0, 60)}…)`);
    continue;
  }
  const library =
    own === bbc ? (bbcLibrary ??= Library.create(own, { lexicon })) : Library.create(own, { lexicon });
  set.queries.forEach((query, i) => {
    if (!KINDS.test(query.kind)) return;
    const ids = accepted[i]!;
    const hits = library.search({ query: query.query, limit: DEPTH }).hits;
    if (hits.length === 0) {
      unanswered += 1;
      return;
    }
    if (ids.has(hits[0]!.passage.id)) return;
    wrongFirst += 1;
    const place = hits.findIndex((hit) => ids.has(hit.passage.id));
    const key = place < 0 ? 'absent' : place < 5 ? `${place + 1}` : `6-${DEPTH}`;
    places.set(key, (places.get(key) ?? 0) + 1);
    if ([...ids].some((id) => articleOf(id) === articleOf(hits[0]!.passage.id))) sameArticle += 1;
  });
}

console.log(`paraphrases and synonyms with no hit: ${unanswered}`);
console.log(
  `with a wrong first hit: ${wrongFirst}, ${sameArticle} of them in the accepted sentence's article`,
);
const order = ['2', '3', '4', '5', `6-${DEPTH}`, 'absent'];
console.log(`accepted sentence at: ${order.map((key) => `${key} ${places.get(key) ?? 0}`).join(', ')}`);

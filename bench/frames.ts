/**
 * Whether the words a chat message asks about answer the same inside the words people wrap them in: the
 * keyword, word-form, typo and name queries of three BBC query sets (tests/fixtures: dev, held-out 3 and 4),
 * each as typed and in each frame ("any news on {q}?", "{q} lol", in capitals…), counting how many first hits
 * a reader accepts. A frame should cost nothing: its row should read as the bare row does.
 *
 *   npx tsx bench/frames.ts
 */
import { Library } from '../src/index.js';
import { loadLexicon } from '../runtime/lexicon.js';
import { acceptedIds, loadBbcArticles, loadQuerySet } from './bbc-corpus.js';

const SETS = ['bbc-queries', 'bbc-holdout3-queries', 'bbc-holdout4-queries'];
const KINDS = new Set(['keywords', 'forms', 'typos', 'names']);
/** {q}: the query as written; {Q}: in capitals. */
const FRAMES = [
  '{q}',
  'can you tell me about {q}?',
  'do you know anything about {q}',
  "i'd like a quote on {q} please",
  "what's the latest on {q}?",
  'any news on {q}?',
  'hey bot, {q}',
  'i want to read about {q}',
  'looking for {q}',
  'search {q}',
  'gimme {q}',
  'explain {q}',
  'details on {q}',
  'the bit about {q}',
  'remind me what it said about {q}',
  'what do the articles say about {q}?',
  'need a quote about {q} asap',
  '{q} lol',
  'btw {q} thx',
  '<@123456> **{q}**',
  '{Q}',
];

const articles = loadBbcArticles();
const library = Library.create(articles, { lexicon: loadLexicon() });
const queries = SETS.flatMap((name) => {
  const set = loadQuerySet(`${import.meta.dirname}/../tests/fixtures/${name}.json`);
  const accepted = acceptedIds(set.queries, articles);
  return set.queries
    .map((query, i) => ({ text: query.query, accepted: accepted[i]!, kind: query.kind }))
    .filter((query) => KINDS.has(query.kind));
});

const rows = FRAMES.map((frame) => {
  let found = 0;
  for (const query of queries) {
    const text = frame.replace('{q}', query.text).replace('{Q}', query.text.toUpperCase());
    const first = library.search({ query: text, limit: 1 }).hits[0];
    if (first && query.accepted.has(first.passage.id)) found += 1;
  }
  return { frame, found };
});
for (const { frame, found } of rows)
  console.log(`${String(found).padStart(4)} / ${queries.length}  ${frame}`);
console.log(JSON.stringify({ date: new Date().toISOString(), queries: queries.length, frames: rows }));

/**
 * `npm run bench:quality`: how often the first hit (top-1) and any of the first five (top-5) is a sentence
 * a reader accepts, per kind of query, over the 40 BBC development articles as one library with no
 * glossary (tests/fixtures/bbc-queries.json, or `--queries PATH`). A query of kind `none` counts when nothing
 * is answered. `--distractors N` adds N State of the Union addresses the set does not use to the library.
 * Five rankings in one run: this engine, this engine without the WordNet lexicon, a keyword-overlap
 * baseline, MiniSearch (fuzzy and prefix) and fuse.js.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { Library, type Passage } from '../src/index.js';
import { STOPWORDS } from '../src/text/stopwords.js';
import { tokenize } from '../src/text/tokenize.js';
import { loadLexicon } from '../runtime/lexicon.js';
import { acceptedIds, loadQuerySet, loadSetArticles } from './bbc-corpus.js';
import { otherAddresses } from './sotu-corpus.js';

type Ranker = (query: string) => string[];

// `--queries PATH`: another query set, over the same articles (tests/fixtures/bbc-holdout-queries.json) or
// over the State of the Union addresses its `articles` names (tests/fixtures/sotu-queries.json), or over the
// seed article without its glossary when its `corpus` is "seed" (tests/fixtures/seed-holdout-queries.json), or
// over the content files of the folder its `library` names (tests/fixtures/team22-queries.json).
// `--distractors N`: N addresses the set does not use join the library, as a bigger library would hold
// more than the articles the queries are about (its queries about nothing must stay quiet there too).
const { values } = parseArgs({ options: { queries: { type: 'string' }, distractors: { type: 'string' } } });
const querySet = loadQuerySet(values.queries && resolve(values.queries));
const queries = querySet.queries;
const own = loadSetArticles(querySet);
const distractors = Number(values.distractors ?? 0);
if (!Number.isInteger(distractors) || distractors < 0) {
  console.error(
    `--distractors must be a whole number of addresses, not ${JSON.stringify(values.distractors)}`,
  );
  process.exit(2);
}
const articles = [...own, ...otherAddresses(distractors, querySet.articles)];
const accepted = acceptedIds(queries, own);
const passages: Passage[] = articles.flatMap((article) => Library.create([article]).quotable(article));

function engine(withLexicon: boolean): Ranker {
  const library = Library.create(articles, withLexicon ? { lexicon: loadLexicon() } : {});
  return (query) => library.search({ query, limit: 5 }).hits.map((hit) => hit.passage.id);
}

/** Sentences sharing the most content-word stems with the query (ties: shorter first). */
function keywordOverlap(): Ranker {
  const stems = passages.map((passage) => new Set(tokenize(passage.text).map((token) => token.stem)));
  return (query) => {
    const wanted = [
      ...new Set(
        tokenize(query)
          .filter((token) => !token.alias && !STOPWORDS.has(token.term))
          .map((token) => token.stem),
      ),
    ];
    return passages
      .map((passage, i) => ({ passage, overlap: wanted.filter((stem) => stems[i]!.has(stem)).length }))
      .filter((item) => item.overlap > 0)
      .sort((a, b) => b.overlap - a.overlap || a.passage.text.length - b.passage.text.length)
      .slice(0, 5)
      .map((item) => item.passage.id);
  };
}

function miniSearch(): Ranker {
  const index = new MiniSearch<{ id: string; text: string }>({ fields: ['text'], storeFields: [] });
  index.addAll(passages.map((passage) => ({ id: passage.id, text: passage.text })));
  return (query) =>
    index
      .search(query, { fuzzy: 0.2, prefix: true })
      .slice(0, 5)
      .map((result) => String(result.id));
}

function fuse(): Ranker {
  const index = new Fuse(passages, {
    keys: ['text'],
    ignoreLocation: true,
    useTokenSearch: true,
    threshold: 0.4,
  });
  return (query) =>
    index
      .search(query)
      .slice(0, 5)
      .map((result) => result.item.id);
}

const RANKERS: readonly { name: string; rank: Ranker }[] = [
  { name: 'quotebot', rank: engine(true) },
  { name: 'quotebot without WordNet', rank: engine(false) },
  { name: 'keyword overlap', rank: keywordOverlap() },
  { name: 'MiniSearch (fuzzy+prefix)', rank: miniSearch() },
  { name: 'fuse.js', rank: fuse() },
];

const kinds = [...new Set(queries.map((query) => query.kind))];
interface Score {
  top1: number;
  top5: number;
  total: number;
}
const results = RANKERS.map(({ name, rank }) => {
  const byKind: Record<string, Score> = {};
  for (const kind of [...kinds, 'all']) byKind[kind] = { top1: 0, top5: 0, total: 0 };
  queries.forEach((query, i) => {
    const ids = rank(query.query);
    const none = query.relevant.length === 0;
    const top1 = none ? ids.length === 0 : accepted[i]!.has(ids[0] ?? '');
    const top5 = none ? ids.length === 0 : ids.some((id) => accepted[i]!.has(id));
    for (const kind of [query.kind, 'all']) {
      const score = byKind[kind]!;
      score.top1 += Number(top1);
      score.top5 += Number(top5);
      score.total += 1;
    }
  });
  return { name, byKind };
});

const header = [
  'ranking',
  ...[...kinds, 'all'].map((kind) => `${kind} (${results[0]!.byKind[kind]!.total})`),
];
const lines = results.map(({ name, byKind }) => [
  name,
  ...[...kinds, 'all'].map((kind) => {
    const { top1, top5, total } = byKind[kind]!;
    return `${Math.round((100 * top1) / total)}% / ${Math.round((100 * top5) / total)}%`;
  }),
]);
const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i]!.length)));
console.log('top-1 / top-5 acceptable, per kind of query (none: nothing answered)');
for (const line of [header, ...lines]) console.log(line.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
const json = {
  date: new Date().toISOString(),
  queries: queries.length,
  articles: articles.length,
  distractors,
  results,
};
const out = join(import.meta.dirname, 'results');
mkdirSync(out, { recursive: true });
const set = values.queries ? `-${basename(values.queries, '.json')}` : '';
const file = `quality${set}${distractors > 0 ? `-with-${distractors}` : ''}.json`;
writeFileSync(join(out, file), `${JSON.stringify(json, null, 2)}\n`);
console.log(JSON.stringify(json));

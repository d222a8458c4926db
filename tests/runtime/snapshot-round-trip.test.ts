import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBbcArticles } from '../../bench/bbc-corpus.js';
import { loadSotuArticles } from '../../bench/sotu-corpus.js';
import { loadLibrary } from '../../runtime/library-loader.js';
import { PACKAGE_ROOT } from '../../runtime/paths.js';
import { buildHash } from '../../runtime/snapshot/build-inputs.js';
import { readSnapshot, writeSnapshot } from '../../runtime/snapshot/snapshot-file.js';
import { passageSpeaker } from '../../src/content/passage-speaker.js';
import { headingsOf } from '../../src/library/headings.js';
import {
  DEFAULT_DAILY_OPTIONS,
  isOffered,
  isQuotable,
  Library,
  postablePassages,
  summarize,
  SUMMARY_LENGTHS,
  type Article,
  type Passage,
} from '../../src/index.js';
import { wordnetLexicon } from '../helpers/lexicon.js';
import { temporaryFolder } from '../helpers/temporary.js';

/**
 * The names of the properties a reader of the object can see: a plain object's own fields, and the getters of
 * an object of a class (a passage restored from the snapshot reads its fields from the snapshot's rows).
 */
function propertyNames(object: object): string[] {
  const names = Object.getPrototypeOf(object) === Object.prototype ? Object.keys(object) : [];
  for (let proto: unknown = Object.getPrototypeOf(object); proto !== null && proto !== Object.prototype;) {
    for (const [name, property] of Object.entries(Object.getOwnPropertyDescriptors(proto)))
      if (property.get !== undefined) names.push(name);
    proto = Object.getPrototypeOf(proto);
  }
  return names;
}

/** The values of the named properties, those not set (undefined) left out. */
function valuesOf(object: object, names: readonly string[]): Record<string, unknown> {
  const record = object as Record<string, unknown>;
  return Object.fromEntries(
    names.map((name) => [name, record[name]] as const).filter(([, value]) => value !== undefined),
  );
}

/**
 * Two objects' observable state, fresh and restored, each read under the names either shows (see
 * `propertyNames`): a field the parse sets and the restored object lacks shows as missing.
 */
function observed(fresh: object, restored: object): [Record<string, unknown>, Record<string, unknown>] {
  const names = [...new Set([...propertyNames(fresh), ...propertyNames(restored)])].sort();
  return [valuesOf(fresh, names), valuesOf(restored, names)];
}

/** What is derived from a passage's fields: whether it is quoted, offered unasked, and whose words it is. */
function derived(article: Article, passage: Passage): Record<string, unknown> {
  return {
    quotable: isQuotable(passage),
    offered: isOffered(passage),
    speaker: passageSpeaker(article, passage, wordnetLexicon()),
  };
}

/** Compares an article fresh from its file and restored from the snapshot, field by field. */
function expectSameArticle(fresh: Article, restored: Article): void {
  const [freshArticle, restoredArticle] = observed(fresh, restored);
  const { sentences: _s, paragraphs: _p, ...freshRest } = freshArticle;
  const { sentences: _rs, paragraphs: _rp, ...restoredRest } = restoredArticle;
  expect(restoredRest, fresh.slug).toEqual(freshRest);
  expect(restored.paragraphs.length, fresh.slug).toBe(fresh.paragraphs.length);
  fresh.paragraphs.forEach((paragraph, at) => {
    const [one, other] = observed(paragraph, restored.paragraphs[at]!);
    expect(other, `${fresh.slug} paragraph ${at}`).toEqual(one);
  });
  expect(restored.sentences.length, fresh.slug).toBe(fresh.sentences.length);
  fresh.sentences.forEach((passage, at) => {
    const restoredPassage = restored.sentences[at]!;
    const [one, other] = observed(passage, restoredPassage);
    expect({ ...other, ...derived(restored, restoredPassage) }, passage.id).toEqual({
      ...one,
      ...derived(fresh, passage),
    });
  });
}

/** What a library derives from its articles' flags: headings, daily posts and summaries. */
function libraryState(articles: readonly Article[], summaries: boolean): unknown {
  const library = Library.create(articles);
  return {
    headings: headingsOf(articles).map((heading) => [heading.article.slug, heading.at, heading.asks]),
    daily: articles.map((article) =>
      postablePassages(library, article, DEFAULT_DAILY_OPTIONS.minWords).map((passage) => passage.id),
    ),
    summaries: summaries
      ? articles.map((article) =>
          SUMMARY_LENGTHS.map((length) => summarize(article, { length }).sentences.map((each) => each.id)),
        )
      : [],
  };
}

const dataDir = (): string => temporaryFolder('quotebot-round-trip-');

/** The articles written to a snapshot and read back, as a start-up reads them. */
function throughSnapshot(articles: readonly Article[]): readonly Article[] {
  const data = dataDir();
  const index = Library.create(articles).exportIndex();
  writeSnapshot(data, buildHash(), { manifest: [], articles, index });
  const read = readSnapshot(data, buildHash());
  if (read.kind !== 'read') throw new Error(`the snapshot was not read back: ${JSON.stringify(read)}`);
  return read.snapshot.articles;
}

const expectSameState = (
  fresh: readonly Article[],
  restored: readonly Article[],
  summaries: boolean,
): void => {
  expect(restored.map((article) => article.slug)).toEqual(fresh.map((article) => article.slug));
  fresh.forEach((article, at) => expectSameArticle(article, restored[at]!));
  expect(libraryState(restored, summaries)).toEqual(libraryState(fresh, summaries));
};

describe('a library restored from its snapshot', () => {
  it.each(['team22', 'lab23', 'content'])(
    'given the %s library started twice then the second start, from the snapshot, sees every article as the first',
    (folder) => {
      const content = join(PACKAGE_ROOT, folder === 'content' ? 'content' : `tests/fixtures/${folder}`);
      const data = dataDir();
      const first = loadLibrary(content, { dataDir: data, log: () => undefined });
      const again = loadLibrary(content, { dataDir: data, log: () => undefined });
      expect([first.index, again.index, again.parsed]).toEqual(['built', 'loaded', 0]);
      expectSameState(first.library.articles, again.library.articles, true);
    },
  );

  it('given the BBC development articles then their snapshot round trip is exact', () => {
    const articles = loadBbcArticles();
    expectSameState(articles, throughSnapshot(articles), true);
  });

  it('given State of the Union addresses of three centuries then their snapshot round trip is exact', () => {
    // Truman's of 1946 has a heading that repeats an earlier sentence's words: a repeat and a heading both.
    const articles = loadSotuArticles([
      '1790_george_washington_n.json',
      '1862_abraham_lincoln_r.json',
      '1946_harry_s_truman_d.json',
      '2021_joseph_r_biden_d.json',
    ]);
    // Their summaries (of addresses of thousands of sentences) take long: the other libraries' are compared.
    expectSameState(articles, throughSnapshot(articles), false);
  }, 60_000);
});

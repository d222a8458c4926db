import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acceptedIds, loadQuerySet, loadSetArticles } from '../../bench/bbc-corpus.js';

const FIXTURES = join(import.meta.dirname, '../fixtures');
/** The query sets `npm run bench:quality --queries` reads (the seed's development file has its own test). */
const SETS = readdirSync(FIXTURES).filter(
  (name) =>
    name.endsWith('-queries.json') && name !== 'dev-queries.json' && name !== 'long-none-queries.json',
);

describe('the quality query sets (tests/fixtures/*-queries.json)', () => {
  it.each(SETS)(
    'given %s then every sentence it accepts is one sentence of its library, and only none has none',
    (name) => {
      const set = loadQuerySet(join(FIXTURES, name));
      const articles = loadSetArticles(set);
      const accepted = acceptedIds(set.queries, articles);
      set.queries.forEach((query, i) => {
        expect(accepted[i]!.size === 0, query.query).toBe(query.kind === 'none');
      });
    },
  );
});

describe('acceptedIds', () => {
  const set = loadQuerySet(join(FIXTURES, 'club24-queries.json'));
  const articles = loadSetArticles(set);
  const ask = (relevant: string[]) => acceptedIds([{ query: 'q', kind: 'keywords', relevant }], articles)[0]!;

  it('given a whole sentence that another sentence quotes, then it names the whole one only', () => {
    const [id] = [...ask(['"You see, but you do not observe.'])];
    expect(articles.flatMap((a) => a.sentences).find((s) => s.id === id)?.text).toBe(
      '"You see, but you do not observe.',
    );
  });

  it('given a sentence the text repeats word for word, then each of its places is accepted', () => {
    expect(ask(['One dollar and eighty-seven cents.']).size).toBe(2);
  });

  it('given a piece of several different sentences, then it throws', () => {
    expect(() => ask(['Bingley'])).toThrow(/is in 16 sentences/u);
  });
});

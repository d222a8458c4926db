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

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../src/index.js';
import { seedArticle, seedLibrary } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

interface DevQuery {
  query: string;
  kind: string;
  best: string | null;
  relevant: string[];
}

const { queries } = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/dev-queries.json'), 'utf8'),
) as {
  queries: DevQuery[];
};

describe('dev queries (tests/fixtures/dev-queries.json)', () => {
  it.each(queries.filter((q) => q.relevant.length > 0).map((q) => [q.kind, q.query, q] as const))(
    'given the %s query %j then the first hit is a relevant sentence',
    (_, query, expected) => {
      const result = seedLibrary().search({ query });
      expect(result.status).toBe('ok');
      expect(expected.relevant).toContain(result.hits[0]?.passage.text);
    },
  );

  it.each(queries.filter((q) => q.relevant.length === 0).map((q) => [q.query] as const))(
    'given the no-answer query %j then there is no hit',
    (query) => {
      const result = seedLibrary().search({ query });
      expect(result.status).toBe('no-match');
      expect(result.hits).toEqual([]);
    },
  );

  it('given the exact query "election" then the thesis sentence comes first', () => {
    const best = queries.find((q) => q.query === 'election')!.best;
    expect(seedLibrary().search({ query: 'election' }).hits[0]?.passage.text).toBe(best);
  });
});

describe('dev queries with the seed article’s own glossary removed (general knowledge only)', () => {
  let cached: Library | undefined;
  const library = (): Library => {
    const article = seedArticle();
    cached ??= Library.create([{ ...article, meta: { ...article.meta, glossary: [] } }], {
      lexicon: wordnetLexicon(),
    });
    return cached;
  };

  it.each(queries.filter((q) => q.relevant.length > 0).map((q) => [q.kind, q.query, q] as const))(
    'given the %s query %j then the first hit is a relevant sentence',
    (_, query, expected) => {
      const result = library().search({ query });
      expect(result.status).toBe('ok');
      expect(expected.relevant).toContain(result.hits[0]?.passage.text);
    },
  );

  it.each(queries.filter((q) => q.relevant.length === 0).map((q) => [q.query] as const))(
    'given the no-answer query %j then there is no hit',
    (query) => {
      expect(library().search({ query }).hits).toEqual([]);
    },
  );

  it('given "what will north korea\'s next moves depend on?" then "next" weighs little and the answer is found', () => {
    expect(
      library().search({ query: "what will north korea's next moves depend on?" }).hits[0]?.passage.text,
    ).toContain('actions will depend on whether strategic or domestic');
  });

  it.each(['war', 'war?', 'war with North Korea'])(
    "given %j, which the article calls a military conflict, then WordNet's more general word it is defined by finds it",
    (query) => {
      expect(library().search({ query }).hits[0]?.passage.text).toContain('enter into a military conflict');
    },
  );

  it.each(['self-sufficiency', 'self sufficiency'])(
    'given %j, a hyphenated word WordNet knows, then its synonym "self-reliance" is found',
    (query) => {
      expect(
        library()
          .search({ query })
          .hits.map((hit) => hit.passage.text),
      ).toContainEqual(expect.stringContaining('prioritized economic self-reliance'));
    },
  );

  it.each(['long term', 'long-term'])(
    'given %j then the hyphenated word\'s related "long" does not make it a "long-range"',
    (query) => {
      expect(library().search({ query }).hits).toEqual([]);
    },
  );

  it('given "is a diplomatic breakthrough likely soon?" then "soon" weighs as a question\'s frame word does', () => {
    expect(
      library().search({ query: 'is a diplomatic breakthrough likely soon?' }).hits[0]?.passage.text,
    ).toContain('little room for a diplomatic breakthrough in the near term');
  });
});

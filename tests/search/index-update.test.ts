import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Library, parseArticle, type Article, type IndexSnapshot } from '../../src/index.js';
import { NameIds } from '../../src/search/name-ids.js';
import type { SentenceIndex } from '../../src/search/sentence-index.js';

/** Words of made-up articles: a few share stems ("harbour", "harbours"), one is a number. */
const WORDS = [
  'harbour',
  'harbours',
  'ferry',
  'ferries',
  'gull',
  'dawn',
  'tide',
  'tides',
  'pier',
  '1999',
  'fare',
];

const sentence = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 })
  .map((words) => `${words.join(' ')}.`);
/** An article: its day (its place in the library's order) and sentences, one of them new words maybe. */
const draft = fc.record({
  day: fc.integer({ min: 1, max: 9 }),
  sentences: fc.array(sentence, { minLength: 1, maxLength: 4 }),
  coined: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
});
type Draft = { day: number; sentences: string[]; coined: number | undefined };

function articleOf(slug: string, { day, sentences, coined }: Draft): Article {
  const body = [...sentences, ...(coined === undefined ? [] : [`Word${coined} here.`])].join(' ');
  return parseArticle(
    `${slug}.md`,
    `---\ntitle: "${slug}"\nauthor: Ana Ruiz\npublication: Island Post\ndate: 2022-01-0${day}\n---\n\n${body}\n`,
  );
}

const plain = (index: IndexSnapshot): unknown =>
  Object.fromEntries(
    Object.entries(index).map(([key, value]: [string, unknown]) => [
      key,
      ArrayBuffer.isView(value) ? [...(value as Uint32Array)] : value,
    ]),
  );

/** The library's index: its term and stem lookups must answer as a fresh build's. */
type Index = SentenceIndex;
const indexOf = (library: Library): Index =>
  (library as unknown as { engine: { index: Index } }).engine.index;

/** An edit: replace (text or date), add or remove the article at a slot. */
const edit = fc.record({ kind: fc.constantFrom('replace', 'add', 'remove'), slot: fc.nat(), draft });

describe('updating an index', () => {
  it('given any sequence of articles replaced, added and removed then the order and the index data are those of a fresh build', () => {
    fc.assert(
      fc.property(
        fc.array(draft, { minLength: 1, maxLength: 8 }),
        fc.array(edit, { maxLength: 5 }),
        (drafts, edits) => {
          let list = drafts.map((d, i) => articleOf(`a-${i}`, d));
          let library = Library.create(list);
          let made = drafts.length;
          for (const { kind, slot, draft: d } of edits) {
            const at = slot % list.length;
            if (kind === 'add') list = [...list, articleOf(`a-${made++}`, d)];
            else if (kind === 'replace') list = list.map((a, i) => (i === at ? articleOf(a.slug, d) : a));
            else if (list.length > 1) list = list.filter((_, i) => i !== at);
            const built = Library.create(list);
            const fresh = plain(built.exportIndex());
            const updated = library.withArticles(list);
            expect(updated.articles).toEqual(built.articles);
            expect(plain(updated.exportIndex())).toEqual(fresh);
            const [now, then, ideal] = [updated, library, built].map(indexOf) as [Index, Index, Index];
            for (const term of [...then.data.terms, ...now.data.terms])
              expect(now.termId(term)).toBe(ideal.termId(term));
            for (const stem of [...then.data.stems, ...now.data.stems])
              expect(now.stemId(stem)).toBe(ideal.stemId(stem));
            const saved = { articles: library.articles, index: library.exportIndex() };
            expect(plain(Library.update(list, saved).exportIndex())).toEqual(fresh);
            library = updated;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('name ids after an update', () => {
  it('given versions that keep a head of their names then each answers its own names only', () => {
    const v1 = NameIds.of(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']);
    const v2 = NameIds.after(v1, ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'x'], 8);
    const v3 = NameIds.after(v2, ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'y', 'x'], 7);
    expect(['a', 'h', 'i', 'x', 'y'].map((name) => v1.get(name))).toEqual([0, 7, 8, undefined, undefined]);
    expect(['a', 'h', 'i', 'x', 'y'].map((name) => v2.get(name))).toEqual([0, 7, undefined, 8, undefined]);
    expect(['a', 'h', 'i', 'x', 'y'].map((name) => v3.get(name))).toEqual([0, undefined, undefined, 8, 7]);
    expect(v3.has('h')).toBe(false);
  });
});

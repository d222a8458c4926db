import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Library, parseArticle, type Article, type SearchResult } from '../../src/index.js';
import { readSnapshot, writeSnapshot } from '../../runtime/snapshot/snapshot-file.js';
import { loadLibrary } from '../../runtime/library-loader.js';

const SUBJECTS = [
  'The senate',
  'Our navy',
  'The treasury',
  'Every farmer',
  'The railroad',
  'Congress',
  'The army',
];
const VERBS = ['approved', 'debated', 'rejected', 'funded', 'examined', 'postponed'];
const OBJECTS = ['the tariff', 'a canal', 'the harbor', 'new schools', 'the postal service', 'a treaty'];

/** A markdown content file of `count` sentences whose words vary with the article number. */
function source(n: number, count: number): string {
  const sentences = Array.from({ length: count }, (_, i) => {
    const k = n * 31 + i * 7;
    return `${SUBJECTS[k % SUBJECTS.length]} ${VERBS[(k >> 1) % VERBS.length]} ${OBJECTS[(k >> 2) % OBJECTS.length]} in year ${1800 + ((n * count + i) % 200)}.`;
  });
  sentences[3] = `The lighthouse keeper of island ${n} counted ${n + 2} pelicans.`;
  const day = String((n % 28) + 1).padStart(2, '0');
  return `---\ntitle: "Annual message number ${n}"\nauthor: Author ${n % 5}\npublication: Bench Gazette\ndate: 19${String(10 + (n % 80)).padStart(2, '0')}-02-${day}\n---\n\n${sentences.join(' ')}\n`;
}

function articles(count = 40, sentences = 25): Article[] {
  return Array.from({ length: count }, (_, n) => parseArticle(`message-${n}.md`, source(n, sentences)));
}

const QUERIES = [
  'lighthouse pelicans',
  'ligthouse keeper',
  'senate tariff',
  'navy treaty 1850',
  'of the',
  'zebra',
];
const texts = (result: SearchResult): string[] => result.hits.map((hit) => hit.passage.id);

describe('search over a library of many articles', () => {
  const library = Library.create(articles());

  it('given rare words of one sentence then that sentence comes first', () => {
    const hit = library.search({ query: 'island 17 pelicans' }).hits[0];
    expect(hit?.passage.text).toBe('The lighthouse keeper of island 17 counted 19 pelicans.');
  });

  it('given a typo in a rare word then the trigram candidates still find it', () => {
    const result = library.search({ query: 'ligthouse keeper island 5' });
    expect(result.hits[0]?.passage.text).toContain('island 5 ');
  });

  it('given an article then only its sentences are searched', () => {
    const result = library.search({ query: 'senate', slug: 'message-7', limit: 50 });
    expect(result.hits.length).toBeGreaterThan(0);
    for (const hit of result.hits) expect(hit.passage.slug).toBe('message-7');
  });

  it('given only small words then every hit has every one of them', () => {
    for (const hit of library.search({ query: 'of the', limit: 20 }).hits) {
      expect(hit.passage.text.toLowerCase()).toMatch(/\bof\b/);
      expect(hit.passage.text.toLowerCase()).toMatch(/\bthe\b/);
    }
  });

  it('given a word no sentence has then there is no hit and no crash', () => {
    expect(library.search({ query: 'zebra' }).status).toBe('no-match');
  });
});

describe('ranking among sentences with every query word', () => {
  const library = Library.create([
    parseArticle(
      'order.md',
      '---\ntitle: Order\nauthor: A\npublication: P\ndate: 2020-01-01\n---\n\n' +
        'The treaty was signed before the war began. The war ended before the treaty was signed. ' +
        'Our harbor defenses and the coastal forts need repair. The forts on the coast guard our harbor. ' +
        'The south coast of Korea saw storms. Storms hit South Korea on the coast.\n',
    ),
  ]);
  const firstText = (query: string): string | undefined => library.search({ query }).hits[0]?.passage.text;

  it('given words in the order a sentence has them then that sentence comes first', () => {
    expect(firstText('treaty war')).toBe('The treaty was signed before the war began.');
    expect(firstText('war treaty')).toBe('The war ended before the treaty was signed.');
    expect(firstText('harbor forts')).toBe('Our harbor defenses and the coastal forts need repair.');
    expect(firstText('forts harbor')).toBe('The forts on the coast guard our harbor.');
  });

  it('given words that stand side by side in a sentence then that sentence comes first', () => {
    expect(firstText('south korea')).toBe('Storms hit South Korea on the coast.');
  });
});

describe('a saved index', () => {
  const all = articles();
  const fresh = Library.create(all);
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('given a snapshot then the restored library answers exactly as a fresh build', () => {
    const restored = Library.fromIndex(all, fresh.exportIndex());
    for (const query of QUERIES) expect(restored.search({ query })).toEqual(fresh.search({ query }));
  });

  it('given a snapshot written to a file and read back then it answers exactly as a fresh build', () => {
    dir = mkdtempSync(join(tmpdir(), 'quotebot-index-'));
    writeSnapshot(dir, 'build-1', { manifest: [], articles: all, index: fresh.exportIndex() });
    expect(readSnapshot(dir, 'other-build').kind).toBe('rejected');
    const read = readSnapshot(dir, 'build-1');
    if (read.kind !== 'read') throw new Error('the snapshot was not read');
    const restored = Library.fromIndex(read.snapshot.articles, read.snapshot.index);
    for (const query of QUERIES)
      expect(texts(restored.search({ query }))).toEqual(texts(fresh.search({ query })));
  });

  it('given articles changed, added, removed and moved then withArticles gives the index a fresh build gives', () => {
    const plain = (library: Library): unknown => {
      const index = library.exportIndex();
      return Object.fromEntries(
        Object.entries(index).map(([key, value]: [string, unknown]) => [
          key,
          value instanceof Uint32Array || value instanceof Uint16Array ? [...value] : value,
        ]),
      );
    };
    const edits: ((list: Article[]) => Article[])[] = [
      (list) => list.map((a) => (a.slug === 'message-5' ? parseArticle('message-5.md', source(105, 25)) : a)),
      (list) => [...list, parseArticle('message-77.md', source(77, 25))],
      (list) => list.filter((a) => a.slug !== 'message-9'),
      // Another date: the article moves in the library's order.
      (list) =>
        list.map((a) => (a.slug === 'message-12' ? parseArticle('message-12.md', source(50, 25)) : a)),
      (list) => [parseArticle('zebra-1.md', source(201, 25).replace('senate', 'Zanzibar')), ...list.slice(3)],
    ];
    let current: Article[] = all;
    let library = fresh;
    for (const edit of edits) {
      const previous = current;
      current = edit(current);
      const built = Library.create(current);
      const updated = library.withArticles(current);
      expect(plain(updated)).toEqual(plain(built));
      const restored = Library.update(current, { articles: previous, index: library.exportIndex() });
      expect(plain(restored)).toEqual(plain(built));
      for (const query of QUERIES) expect(updated.search({ query })).toEqual(built.search({ query }));
      library = updated;
    }
  });

  it('given a snapshot of other articles then restoring it throws', () => {
    expect(() => Library.fromIndex(articles(41), fresh.exportIndex())).toThrow(/other passages/);
  });

  it('given a build in steps then it equals a build in one go', () => {
    const build = Library.build(all);
    let steps = 0;
    while (!build.step(100)) steps += 1;
    expect(steps).toBeGreaterThan(3);
    const stepped = build.finish();
    for (const query of QUERIES) expect(stepped.search({ query })).toEqual(fresh.search({ query }));
  });

  it('given a preview then it lists every article, searches the newest and any one article on request', () => {
    const preview = Library.preview(all, 200);
    expect(preview.articles).toHaveLength(all.length);
    expect(preview.indexCoverage.indexed).toBeLessThan(preview.indexCoverage.total);
    const oldest = preview.articles.at(-1)!.slug;
    expect(texts(preview.search({ query: 'pelicans', slug: oldest }))).toEqual(
      texts(fresh.search({ query: 'pelicans', slug: oldest })),
    );
    expect(() => preview.exportIndex()).toThrow();
  });
});

describe('the runtime library snapshot', () => {
  let content: string;
  let data: string;
  afterEach(() => {
    rmSync(content, { recursive: true, force: true });
    rmSync(data, { recursive: true, force: true });
  });
  const setUp = (count: number): void => {
    content = mkdtempSync(join(tmpdir(), 'quotebot-content-'));
    data = mkdtempSync(join(tmpdir(), 'quotebot-data-'));
    for (let n = 0; n < count; n++) writeFileSync(join(content, `message-${n}.md`), source(n, 25));
  };

  it('given unchanged content then the saved index is loaded, and a change updates it', () => {
    setUp(12);
    expect(loadLibrary(content, { dataDir: data }).index).toBe('built');
    const again = loadLibrary(content, { dataDir: data });
    expect(again.index).toBe('loaded');
    expect(texts(again.library.search({ query: 'pelicans island 3' }))[0]).toBe('message-3#3');
    writeFileSync(join(content, 'message-99.md'), source(99, 25));
    const updated = loadLibrary(content, { dataDir: data });
    expect(updated.index).toBe('updated');
    expect(updated.parsed).toBe(1);
  });

  it('given a large library then a preview answers at once and the full index follows and is saved', async () => {
    setUp(12);
    const loaded = loadLibrary(content, { dataDir: data, backgroundAbove: 100 });
    expect(loaded.index).toBe('building');
    expect(loaded.library.articles).toHaveLength(12);
    const full = await loaded.complete!;
    expect(full.library.indexCoverage.indexed).toBe(full.library.indexCoverage.total);
    expect(loadLibrary(content, { dataDir: data, backgroundAbove: 100 }).index).toBe('loaded');
  });
});

describe('article autocomplete', () => {
  const library = Library.create(articles(60, 8));

  it('given the exact slug then that article comes first', () => {
    expect(library.findArticles('message-42', 25)[0]?.slug).toBe('message-42');
  });

  it('given words of a title then the title with them as whole words comes first', () => {
    const found = library.findArticles('number 4', 25);
    expect(found[0]?.meta.title).toBe('Annual message number 4');
    for (const article of found) expect(article.meta.title).toMatch(/number/);
  });

  it('given a limit over 25 or nothing typed then at most 25, newest first', () => {
    expect(library.findArticles('annual', 100)).toHaveLength(25);
    expect(library.findArticles('', 5).map((a) => a.slug)).toEqual(
      library.articles.slice(0, 5).map((a) => a.slug),
    );
  });

  it('given an author name then all their articles are found', () => {
    const found = library.findArticles('author 3', 25).map((article) => article.slug);
    const theirs = library.articles.filter((article) => article.meta.author === 'Author 3');
    expect(theirs.length).toBeGreaterThan(5);
    for (const article of theirs) expect(found).toContain(article.slug);
  });
});

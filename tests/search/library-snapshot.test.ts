import { spawn } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryHolder, watchContentDir } from '../../runtime/content-watcher.js';
import { loadContentDir } from '../../runtime/content-dir.js';
import { snapshotDirOf } from '../../runtime/environment.js';
import { loadLibrary, type LoadedLibrary } from '../../runtime/library-loader.js';
import { PACKAGE_ROOT } from '../../runtime/paths.js';
import { buildHash } from '../../runtime/snapshot/build-inputs.js';
import {
  readSnapshot,
  SNAPSHOT_FILE,
  SNAPSHOT_FORMAT,
  writeSnapshot,
} from '../../runtime/snapshot/snapshot-file.js';
import { SnapshotCorruptError } from '../../runtime/snapshot/snapshot-text.js';
import { Library, type Article, type IndexSnapshot } from '../../src/index.js';
import { INDEX_FORMAT_VERSION } from '../../src/search/index-data.js';
import { runCli } from '../helpers/run-cli.js';

/**
 * A content file of a few paragraphs: accents and curly quotes (multi-byte UTF-8), a repeated sentence, a
 * heading in capitals.
 */
function source(n: number, extra = ''): string {
  const paragraphs = [
    `The harbour of Saint-Émile ${n} was busy all summer. Fishermen sold “fresh” cod at dawn.`,
    `A storm closed the port for ${n + 2} days — the longest since 1987. Fishermen sold “fresh” cod at dawn.`,
    `The mayor promised a new lighthouse for island ${n}. Critics called it a waste of money.${extra}`,
    'SEE ALSO.',
  ];
  const day = String((n % 28) + 1).padStart(2, '0');
  return `---\ntitle: "Harbour news ${n}"\nauthor: Zoë Martin\npublication: Coast News\ndate: 2021-03-${day}\ntags: [harbour]\nglossary:\n  - [lighthouse, beacon]\n---\n\n${paragraphs.join('\n\n')}\n`;
}

const QUERIES = [
  'fresh cod',
  'saint emile harbour',
  'lighthouse island 3',
  'beacon',
  'storm port',
  'mayr promised',
  'waste of money',
];

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});
const temporary = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};

function setUp(count: number): { content: string; data: string; lines: string[]; load: () => LoadedLibrary } {
  const content = temporary('quotebot-snapshot-content-');
  const data = temporary('quotebot-snapshot-data-');
  for (let n = 0; n < count; n++) writeFileSync(join(content, `harbour-${n}.md`), source(n));
  const lines: string[] = [];
  const load = (): LoadedLibrary => loadLibrary(content, { dataDir: data, log: (line) => lines.push(line) });
  return { content, data, lines, load };
}

/** Everything a search answers, read field by field (stored passages read their fields lazily). */
const answers = (library: Library): unknown =>
  QUERIES.map((query) => {
    const result = library.search({ query, limit: 5 });
    return {
      status: result.status,
      suggestions: result.suggestions,
      hits: result.hits.map((hit) => ({
        id: hit.passage.id,
        text: hit.passage.text,
        range: [hit.passage.start, hit.passage.end, hit.passage.paragraph, hit.passage.index],
        score: hit.score,
        highlights: hit.highlights,
        context: hit.context,
        article: hit.article,
      })),
    };
  });

const articleFields = (article: Article): unknown => ({
  slug: article.slug,
  meta: article.meta,
  body: article.body,
  paragraphs: article.paragraphs.map((p) => [p.index, p.text, p.start, p.end]),
  sentences: article.sentences.map((s) => [
    s.id,
    s.slug,
    s.index,
    s.paragraph,
    s.text,
    s.start,
    s.end,
    s.duplicateOf,
    s.heading,
  ]),
});

const indexFields = (index: IndexSnapshot): unknown => ({
  ...index,
  termStems: [...index.termStems],
  postingOffsets: [...index.postingOffsets],
  postings: [...index.postings],
  tokenOffsets: [...index.tokenOffsets],
  tokenTerms: [...index.tokenTerms],
  tokenPositions: [...index.tokenPositions],
  lengths: [...index.lengths],
});

const fresh = (content: string): Library => Library.create(loadContentDir(content).articles);

describe('the library snapshot', () => {
  it('given a saved snapshot then the next load parses nothing and answers as a fresh parse does', () => {
    const { content, load, lines } = setUp(6);
    const first = load();
    expect([first.index, first.parsed]).toEqual(['built', 6]);
    const again = load();
    expect([again.index, again.parsed]).toEqual(['loaded', 0]);
    expect(lines).toEqual(['quotebot: library snapshot built: 6 files parsed']);
    const parsed = fresh(content);
    expect(answers(again.library)).toEqual(answers(parsed));
    expect(again.library.articles.map(articleFields)).toEqual(parsed.articles.map(articleFields));
    expect(again.library.articles.some((a) => a.sentences.some((s) => s.duplicateOf !== undefined))).toBe(
      true,
    );
    expect(again.library.articles.every((a) => a.sentences.at(-1)?.heading === true)).toBe(true);
  });

  it('given a file ending .MD, a subfolder and a .txt then check and the start-up, fresh or from the snapshot, read and name the same', () => {
    const { content, load } = setUp(2);
    writeFileSync(join(content, 'harbour-extra.MD'), source(7));
    mkdirSync(join(content, 'business'));
    writeFileSync(join(content, 'business', 'harbour-9.md'), source(9));
    writeFileSync(join(content, 'notes.txt'), 'Notes\n\nThe council met on Monday.\n');
    const checked = loadContentDir(content);
    const slugs = ['harbour-0', 'harbour-1', 'harbour-extra'];
    expect(checked.articles.map((article) => article.slug)).toEqual(slugs);
    expect(checked.problems.map((problem) => problem.file)).toEqual(['notes.txt', 'business']);
    expect(checked.problems[1]!.message).toBe(
      `business/: a folder, not read: articles are the .md files in ${content} itself (move its articles up into it)`,
    );
    for (const loaded of [load(), load()]) {
      expect(loaded.library.articles.map((article) => article.slug).sort()).toEqual(slugs);
      expect(loaded.problems).toEqual(checked.problems);
    }
  });

  it('given one.md beside one.MD then one is read and the other named', () => {
    const { content, load } = setUp(1);
    writeFileSync(join(content, 'harbour-0.MD'), source(5));
    const { problems } = load();
    expect(problems).toEqual([
      {
        file: 'harbour-0.md',
        message: 'harbour-0.md: the same article name as harbour-0.MD, which is read instead',
      },
    ]);
    expect(loadContentDir(content).problems).toEqual(problems);
  });

  it('given a file touched but unchanged then it is hashed, not parsed', () => {
    const { content, load } = setUp(3);
    load();
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(content, 'harbour-1.md'), later, later);
    expect(load()).toMatchObject({ index: 'loaded', parsed: 0 });
  });

  it('given files added, changed and removed then only those are parsed and the index equals a fresh build', () => {
    const { content, data, load, lines } = setUp(5);
    load();
    writeFileSync(join(content, 'harbour-9.md'), source(9));
    writeFileSync(join(content, 'harbour-2.md'), source(2, ' Pelicans nested on the new pier.'));
    rmSync(join(content, 'harbour-4.md'));
    const updated = load();
    expect([updated.index, updated.parsed]).toEqual(['updated', 2]);
    expect(lines.at(-1)).toBe(
      'quotebot: library snapshot updated: 2 files parsed, 1 file removed, 3 files kept',
    );
    const parsed = fresh(content);
    expect(indexFields(updated.library.exportIndex())).toEqual(indexFields(parsed.exportIndex()));
    expect(answers(updated.library)).toEqual(answers(parsed));
    expect(updated.library.search({ query: 'pelicans pier' }).hits[0]?.passage.id).toBe('harbour-2#6');
    const read = readSnapshot(data, buildHash());
    expect(read.kind).toBe('read');
    expect(load()).toMatchObject({ index: 'loaded', parsed: 0 });
  });

  it('given a changed file that no longer parses then it counts as parsed and not as kept', () => {
    const { content, load, lines } = setUp(3);
    load();
    writeFileSync(join(content, 'harbour-1.md'), source(1).replace('author: Zoë Martin\n', ''));
    writeFileSync(join(content, 'harbour-7.md'), source(7));
    const updated = load();
    expect([updated.index, updated.parsed, updated.problems.length]).toEqual(['updated', 2, 1]);
    expect(lines.at(-1)).toBe(
      'quotebot: library snapshot updated: 2 files parsed, 0 files removed, 2 files kept',
    );
  });

  it('given a running holder then a reload parses the changed file only and saves the snapshot', () => {
    const { content, data } = setUp(4);
    const { holder } = LibraryHolder.load(content, data);
    writeFileSync(join(content, 'harbour-1.md'), source(1, ' Seals slept on the breakwater.'));
    const reload = holder.reload();
    expect(reload).toMatchObject({ articles: 4, keptPrevious: false });
    expect(holder.current.search({ query: 'seals breakwater' }).hits[0]?.passage.id).toBe('harbour-1#6');
    expect(answers(holder.current)).toEqual(answers(fresh(content)));
    holder.flush();
    const lines: string[] = [];
    const loaded = loadLibrary(content, { dataDir: data, log: (line) => lines.push(line) });
    expect([loaded.index, loaded.parsed, lines]).toEqual(['loaded', 0, []]);
  });

  it('given a reload then the holder saves the snapshot on its own and the next load parses nothing', async () => {
    const { content, data } = setUp(4);
    const { holder } = LibraryHolder.load(content, data);
    writeFileSync(join(content, 'harbour-3.md'), source(3, ' Puffins dived off the rocks.'));
    expect(holder.reload()).toMatchObject({ keptPrevious: false });
    const knowsTheEdit = (): boolean => {
      const read = readSnapshot(data, buildHash());
      return read.kind === 'read' && read.snapshot.articles.some((a) => a.body.includes('Puffins'));
    };
    const deadline = Date.now() + 20_000;
    while (!knowsTheEdit()) {
      if (Date.now() > deadline) throw new Error('the snapshot was not saved');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(readdirSync(data)).toEqual([SNAPSHOT_FILE]);
    const lines: string[] = [];
    const loaded = loadLibrary(content, { dataDir: data, log: (line) => lines.push(line) });
    expect([loaded.index, loaded.parsed, lines]).toEqual(['loaded', 0, []]);
    expect(answers(loaded.library)).toEqual(answers(fresh(content)));
  });

  it('given a watcher without an onReload listener then a changed file is still picked up', async () => {
    const { content, data } = setUp(3);
    const { holder } = LibraryHolder.load(content, data);
    const watcher = watchContentDir(holder, { debounceMs: 20, checkEveryMs: 100 });
    try {
      writeFileSync(join(content, 'harbour-2.md'), source(2, ' Otters played by the slipway.'));
      const deadline = Date.now() + 5000;
      while (holder.current.search({ query: 'otters slipway' }).hits.length === 0) {
        if (Date.now() > deadline) throw new Error('the change was not picked up');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    } finally {
      watcher.close();
      holder.flush();
    }
  });

  it.each([
    [
      'written by another version',
      (data: string, content: string) => {
        const { articles } = loadContentDir(content);
        const library = Library.create(articles);
        writeSnapshot(data, 'another-build', { manifest: [], articles, index: library.exportIndex() });
      },
      'another version of quotebot',
    ],
    [
      'cut off while written',
      (data: string) => {
        const file = join(data, SNAPSHOT_FILE);
        truncateSync(file, Math.floor(readFileSync(file).length / 2));
      },
      'cut off',
    ],
    [
      'corrupt in its index',
      (data: string) => {
        const file = join(data, SNAPSHOT_FILE);
        const bytes = readFileSync(file);
        // The first byte after the header: the index's vocabulary, read and checked by every load.
        const at = Math.ceil((24 + bytes.readUInt32LE(8)) / 8) * 8;
        bytes[at] = bytes[at]! ^ 0x55;
        writeFileSync(file, bytes);
      },
      'corrupt (checksum)',
    ],
    [
      'of the format before this one',
      (data: string) => {
        // As an older quotebot left it: its rows lack what this version reads (a passage's flags among them).
        const file = join(data, SNAPSHOT_FILE);
        const bytes = readFileSync(file);
        bytes.writeUInt32LE(SNAPSHOT_FORMAT - 1, 4);
        writeFileSync(file, bytes);
      },
      `it has format ${SNAPSHOT_FORMAT - 1}, this version reads ${SNAPSHOT_FORMAT}`,
    ],
    ['not a snapshot', (data: string) => writeFileSync(join(data, SNAPSHOT_FILE), 'hello'), 'not a quotebot'],
  ])('given a snapshot %s then it is rebuilt with one log line', (_, spoil, reason) => {
    const { content, data, load, lines } = setUp(3);
    load();
    spoil(data, content);
    lines.length = 0;
    const rebuilt = load();
    expect([rebuilt.index, rebuilt.parsed]).toEqual(['built', 3]);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(reason);
    expect(lines[1]).toBe('quotebot: library snapshot built: 3 files parsed');
    expect(answers(rebuilt.library)).toEqual(answers(fresh(content)));
    expect(load()).toMatchObject({ index: 'loaded', parsed: 0 });
  });

  it('given an article text damaged in the snapshot then its first read fails with one log line and the next load rebuilds', () => {
    const { content, data, load, lines } = setUp(3);
    load();
    const file = join(data, SNAPSHOT_FILE);
    const bytes = readFileSync(file);
    // The text of the last article comes last in the file; it is read only when asked for.
    bytes[bytes.length - 40] = bytes[bytes.length - 40]! ^ 0x55;
    writeFileSync(file, bytes);
    lines.length = 0;
    const loaded = load();
    expect([loaded.index, loaded.parsed, lines]).toEqual(['loaded', 0, []]);
    const read = (article: Article): unknown => [article.body, article.sentences.map((s) => s.text)];
    const failures = loaded.library.articles.filter((article) => {
      try {
        read(article);
        return false;
      } catch (error) {
        expect(error).toBeInstanceOf(SnapshotCorruptError);
        return true;
      }
    });
    expect(failures.map((article) => article.slug)).toEqual(['harbour-2']);
    expect(() => read(failures[0]!)).toThrow(SnapshotCorruptError);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /library snapshot .* is corrupt \(the text of "harbour-2" does not match its checksum\)/,
    );
    expect(readdirSync(data)).toEqual([]);
    lines.length = 0;
    const rebuilt = load();
    expect([rebuilt.index, rebuilt.parsed, lines]).toEqual([
      'built',
      3,
      ['quotebot: library snapshot built: 3 files parsed'],
    ]);
    expect(answers(rebuilt.library)).toEqual(answers(fresh(content)));
  });

  it.each([
    ['at most 65,536 terms and passages', 65_536, Uint16Array],
    ['more than 65,536 terms and passages', 65_537, Uint32Array],
  ])('given %s then the postings and token term ids are read back as they were, in %s', (_, count, width) => {
    const data = temporary('quotebot-snapshot-data-');
    // Ids that reach the last term and the last passage: the widest the index has.
    const last = count - 1;
    const postingOffsets = new Uint32Array(count + 1).fill(3, 1);
    const index: IndexSnapshot = {
      version: INDEX_FORMAT_VERSION,
      passageCount: count,
      passageCheck: 7,
      terms: Array.from({ length: count }, (_, id) => `t${id}`),
      stems: ['s'],
      termStems: new Uint32Array(count),
      postingOffsets,
      postings: Uint32Array.of(0, 1, last),
      tokenOffsets: Uint32Array.of(0, 3, 6),
      tokenTerms: Uint32Array.of(0, last, 1, last - 1, 2, last),
      tokenPositions: Uint16Array.of(0, 1, 2, 0, 1, 2),
      lengths: Uint16Array.of(3, 3),
    };
    writeSnapshot(data, 'test-build', { manifest: [], articles: [], index });
    const read = readSnapshot(data, 'test-build');
    if (read.kind !== 'read') throw new Error(`not read: ${JSON.stringify(read)}`);
    expect(read.snapshot.index.postings).toBeInstanceOf(width);
    expect(read.snapshot.index.tokenTerms).toBeInstanceOf(width);
    expect(indexFields(read.snapshot.index)).toEqual(indexFields(index));
  });

  it('given three processes loading at once then the snapshot is whole and no temporary file is left', async () => {
    const { content, data } = setUp(8);
    // The compiled loader (the global setup builds dist/), in plain node processes started together. Its
    // build hash is that of the compiled code, so the snapshot is read back by a process of the same kind.
    const loader = pathToFileURL(join(import.meta.dirname, '../../dist/runtime/library-loader.js')).href;
    const script = [
      `const { loadLibrary } = await import(${JSON.stringify(loader)});`,
      'const { index, parsed, library } = loadLibrary(process.argv[1], { dataDir: process.argv[2], log: () => {} });',
      "const hits = library.search({ query: 'fresh cod lighthouse' }).hits.map((hit) => hit.passage.id);",
      'process.stdout.write(JSON.stringify({ index, parsed, hits }));',
    ].join('\n');
    const run = (): Promise<{ code: number; out: string }> =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, ['--input-type=module', '-e', script, content, data]);
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
        child.on('close', (code) => resolve({ code: code ?? -1, out }));
      });
    const together = await Promise.all([run(), run(), run()]);
    expect(together.map((result) => result.code)).toEqual([0, 0, 0]);
    expect(readdirSync(data)).toEqual([SNAPSHOT_FILE]);
    const after = await run();
    const expected = fresh(content)
      .search({ query: 'fresh cod lighthouse' })
      .hits.map((hit) => hit.passage.id);
    expect(JSON.parse(after.out)).toEqual({ index: 'loaded', parsed: 0, hits: expected });
  }, 60_000);
});

describe('a snapshot loaded for one query (lazyLists)', () => {
  const lazyLoad = (content: string, data: string, lines: string[]): LoadedLibrary =>
    loadLibrary(content, { dataDir: data, lazyLists: true, log: (line) => lines.push(line) });
  /** Where a token list lies in the snapshot file. */
  const tokenSection = (file: string, name: 'tokenTerms' | 'tokenPositions'): [number, number] => {
    const bytes = readFileSync(file);
    const headerLength = bytes.readUInt32LE(8);
    const header = JSON.parse(bytes.toString('utf8', 24, 24 + headerLength)) as {
      sections: Record<string, [number, number]>;
    };
    const base = Math.ceil((24 + headerLength) / 8) * 8;
    const [start, end] = header.sections[name]!;
    return [base + start, base + end];
  };

  it('given a library of several token blocks then it answers and exports as a full load does', () => {
    const { content, data, load, lines } = setUp(400);
    load();
    lines.length = 0;
    const [start, end] = tokenSection(join(data, SNAPSHOT_FILE), 'tokenPositions');
    expect(end - start).toBeGreaterThan(3 * 8192);
    const lazy = lazyLoad(content, data, lines);
    expect([lazy.index, lazy.parsed]).toEqual(['loaded', 0]);
    expect(answers(lazy.library)).toEqual(answers(fresh(content)));
    const { tokenLoader, postingLoader, ...exported } = lazy.library.exportIndex();
    expect([tokenLoader, postingLoader]).not.toContain(undefined);
    expect(indexFields(exported)).toEqual(indexFields(load().library.exportIndex()));
    expect(lines).toEqual([]);
  });

  it('given an edited file then the update reads every token first and gives the index a fresh build gives', () => {
    const { content, data, load, lines } = setUp(40);
    load();
    writeFileSync(join(content, 'harbour-3.md'), source(3, ' Otters played on the slipway.'));
    const updated = lazyLoad(content, data, lines);
    expect([updated.index, updated.parsed]).toEqual(['updated', 1]);
    expect(indexFields(updated.library.exportIndex())).toEqual(indexFields(fresh(content).exportIndex()));
    expect(load()).toMatchObject({ index: 'loaded', parsed: 0 });
  });

  it('given a token block damaged in the snapshot then a full load rebuilds, and a lazy one fails when it reads the block', () => {
    const { content, data, load, lines } = setUp(3);
    load();
    const file = join(data, SNAPSHOT_FILE);
    const spoil = (): void => {
      const bytes = readFileSync(file);
      const [start] = tokenSection(file, 'tokenTerms');
      bytes[start] = bytes[start]! ^ 0x55;
      writeFileSync(file, bytes);
    };
    spoil();
    lines.length = 0;
    expect(load()).toMatchObject({ index: 'built', parsed: 3 });
    expect(lines[0]).toContain('corrupt (checksum)');
    spoil();
    lines.length = 0;
    const lazy = lazyLoad(content, data, lines);
    expect([lazy.index, lines]).toEqual(['loaded', []]);
    expect(() => lazy.library.search({ query: 'fresh cod' })).toThrow(SnapshotCorruptError);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /library snapshot .* is corrupt \(block 0 of tokenTerms does not match its checksum\)/,
    );
    expect(readdirSync(data)).toEqual([]);
    lines.length = 0;
    const rebuilt = lazyLoad(content, data, lines);
    expect([rebuilt.index, lines]).toEqual(['built', ['quotebot: library snapshot built: 3 files parsed']]);
    expect(answers(rebuilt.library)).toEqual(answers(fresh(content)));
  });
});

describe('the CLI', () => {
  it('given a DATA_DIR that is a file then a quote answers and says once that DATA_DIR is a file, not a folder', () => {
    const { content, data } = setUp(2);
    const file = join(data, 'not-a-folder');
    writeFileSync(file, 'notes\n');
    const { code, stdout, stderr } = runCli(['quote', 'fresh cod'], { CONTENT_DIR: content, DATA_DIR: file });
    expect(code).toBe(0);
    expect(stdout).toContain('fresh');
    expect(stderr.trim().split('\n')).toEqual([
      `quotebot: the library snapshot could not be saved: DATA_DIR ${file} is a file, not a folder`,
    ]);
  });

  it(
    'given no DATA_DIR and two content folders used in turn then each keeps a snapshot of its own, reused by its next run',
    { timeout: 60_000 },
    () => {
      const one = setUp(2).content;
      const other = temporary('quotebot-snapshot-other-');
      writeFileSync(join(other, 'lighthouse.md'), source(7));
      // Without DATA_DIR the snapshots are in the package's data folder: removed with the folders.
      for (const content of [one, other])
        dirs.push(snapshotDirOf(content, undefined, resolve(PACKAGE_ROOT, 'data')));
      // At LOG_LEVEL=debug a run says when it read the articles again.
      const articles = (content: string) =>
        runCli(['articles', '--json'], { CONTENT_DIR: content, LOG_LEVEL: 'debug' });
      const firstRuns = [articles(one), articles(other)];
      const again = [articles(one), articles(other)];
      expect(firstRuns.map((run) => run.stderr)).toEqual([
        'quotebot: library snapshot built: 2 files parsed\n',
        'quotebot: library snapshot built: 1 file parsed\n',
      ]);
      // Each folder's second run reads nothing again, and answers from its own articles.
      expect(again.map((run) => run.stderr)).toEqual(['', '']);
      expect(again.map((run) => run.stdout)).toEqual(firstRuns.map((run) => run.stdout));
      expect(again[1]?.stdout).toContain('Harbour news 7');
      expect(again[0]?.stdout).not.toContain('Harbour news 7');
    },
  );

  it(
    'given the default LOG_LEVEL then a first quote and one after an edit say nothing of the snapshot on stderr, and LOG_LEVEL=debug says it',
    { timeout: 60_000 },
    () => {
      const { content, data } = setUp(2);
      const env = { CONTENT_DIR: content, DATA_DIR: data };
      const first = runCli(['quote', 'fresh cod'], env);
      writeFileSync(join(content, 'harbour-0.md'), source(0, ' Gulls followed the ferry.'));
      const edited = runCli(['quote', 'gulls ferry'], env);
      expect([first.code, first.stderr, edited.code, edited.stderr]).toEqual([0, '', 0, '']);
      expect(edited.stdout).toContain('Gulls followed the ferry.');
      writeFileSync(join(content, 'harbour-1.md'), source(1, ' Gulls followed the ferry.'));
      const debug = runCli(['quote', 'gulls ferry'], { ...env, LOG_LEVEL: 'debug' });
      expect(debug.stderr).toBe(
        'quotebot: library snapshot updated: 1 file parsed, 0 files removed, 1 file kept\n',
      );
    },
  );

  it(
    'given a current snapshot then a quote parses no file, and an edit parses that file only',
    { timeout: 60_000 },
    () => {
      const { content, data } = setUp(3);
      const env = { CONTENT_DIR: content, DATA_DIR: data, LOG_LEVEL: 'debug' };
      const first = runCli(['quote', 'fresh cod', '--json'], env);
      expect(first.code).toBe(0);
      expect(first.stderr).toContain('library snapshot built: 3 files parsed');
      const second = runCli(['quote', 'fresh cod', '--json'], env);
      expect(second.stdout).toBe(first.stdout);
      expect(second.stderr).toBe('');
      writeFileSync(join(content, 'harbour-0.md'), source(0, ' Gulls followed the ferry.'));
      const third = runCli(['quote', 'gulls ferry', '--json'], env);
      expect(third.stderr).toContain(
        'library snapshot updated: 1 file parsed, 0 files removed, 2 files kept',
      );
      expect(third.stdout).toContain('harbour-0#6');
    },
  );
});

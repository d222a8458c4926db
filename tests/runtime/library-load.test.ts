import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { articleOrProblem } from '../../runtime/content-dir.js';
import { loadLibraryLazily } from '../../runtime/library-load.js';
import { loadLibrary } from '../../runtime/library-loader.js';
import { scanContent, scanUnparsed } from '../../runtime/snapshot/content-scan.js';

const article = (title: string, text: string): string =>
  `---\ntitle: ${title}\nauthor: Ana Silva\npublication: Garden News\ndate: 2024-05-01\n---\n\n${text}\n`;

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Written a minute ago: not racy (see `RACY_MS`), so a current snapshot takes it by size and mtime. */
function writeAged(path: string, text: string): void {
  writeFileSync(path, text);
  const aMinuteAgo = new Date(Date.now() - 60_000);
  utimesSync(path, aMinuteAgo, aMinuteAgo);
}

/** A content folder of two articles, and a data folder for the snapshot. */
function library(): { content: string; data: string } {
  const dir = mkdtempSync(join(tmpdir(), 'quotebot-lazy-load-'));
  folders.push(dir);
  const content = join(dir, 'content');
  mkdirSync(content);
  writeAged(join(content, 'bees.md'), article('Bees', 'Bees dance in the hive.'));
  writeAged(join(content, 'ferries.md'), article('Ferries', 'The ferry leaves at noon.'));
  return { content, data: join(dir, 'data') };
}

const quiet = { log: () => undefined };

describe('loadLibraryLazily', () => {
  it('given a current snapshot then the scan needs no parser and the library is loaded as it was', async () => {
    const { content, data } = library();
    const built = loadLibrary(content, { dataDir: data, ...quiet });
    expect(scanUnparsed(content, built.state)?.kept).toBe(2);
    const loaded = await loadLibraryLazily(content, { dataDir: data, ...quiet });
    expect(loaded.index).toBe('loaded');
    expect(loaded.parsed).toBe(0);
    expect(loaded.library.articles.map((one) => one.slug)).toEqual(['bees', 'ferries']);
  });

  it('given a file changed since the snapshot then the scan needs the parser, and the load parses that file', async () => {
    const { content, data } = library();
    const built = loadLibrary(content, { dataDir: data, ...quiet });
    writeAged(join(content, 'bees.md'), article('Bees', 'Bees sleep in winter.'));
    expect(scanUnparsed(content, built.state)).toBeUndefined();
    expect(scanContent(content, built.state, undefined, articleOrProblem).parsed).toBe(1);
    const loaded = await loadLibraryLazily(content, { dataDir: data, ...quiet });
    expect(loaded.index).toBe('updated');
    expect(loaded.parsed).toBe(1);
    expect(loaded.library.search({ query: 'winter', limit: 1 }).hits[0]?.passage.text).toBe(
      'Bees sleep in winter.',
    );
  });

  it('given a file that cannot be parsed then it is skipped with its problem, naming the file', async () => {
    const { content, data } = library();
    writeAged(join(content, 'broken.md'), '---\ntitle: "Bees\nauthor: Ana Silva\n---\n\nBees dance.\n');
    const loaded = await loadLibraryLazily(content, { dataDir: data, ...quiet });
    expect(loaded.index).toBe('built');
    expect(loaded.problems.map((problem) => problem.file)).toEqual(['broken.md']);
    expect(loaded.problems[0]?.message).toMatch(/^broken\.md: /);
  });
});

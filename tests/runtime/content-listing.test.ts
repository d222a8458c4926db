import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { articleOrProblem, listingOr, loadContentDir } from '../../runtime/content-dir.js';
import { EMPTY_CONTENT, scanContent } from '../../runtime/snapshot/content-scan.js';

const GOOD =
  '---\ntitle: Bees\nauthor: Ana Silva\npublication: Garden News\ndate: 2024-05-01\n---\n\nBees dance.\n';
const BROKEN = '---\ntitle: "Bees\nauthor: Ana Silva\n---\n\nBees dance.\n';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function folder(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'quotebot-listing-'));
  folders.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('listingOr', () => {
  it('given a listing that works then it is the listing, as it came', () => {
    const listing = { names: ['bees.md'], problems: [{ file: 'notes.txt', message: 'notes.txt: not read' }] };
    expect(listingOr('/nowhere', () => listing)).toBe(listing);
  });

  it('given a folder that does not exist then no names and one problem that says so', () => {
    const missing = join(folder(), 'gone');
    const listing = listingOr(missing, () => {
      throw Object.assign(new Error(`ENOENT: no such file or directory, scandir '${missing}'`), {
        code: 'ENOENT',
      });
    });
    expect(listing).toEqual({
      names: [],
      problems: [{ file: missing, message: `${missing}: the folder does not exist` }],
    });
  });

  it('given any other failure to list then no names and one problem with its message', () => {
    expect(
      listingOr('/content', () => {
        throw new Error('EACCES: permission denied');
      }),
    ).toEqual({
      names: [],
      problems: [{ file: '/content', message: '/content: EACCES: permission denied' }],
    });
  });

  it('given a folder that is gone or a file then loadContentDir and the snapshot scan say the same', () => {
    const missing = join(folder(), 'gone');
    const file = join(folder({ 'bees.md': GOOD }), 'bees.md');
    for (const dir of [missing, file]) {
      const loaded = loadContentDir(dir);
      expect(loaded.articles).toEqual([]);
      expect(loaded.problems).toHaveLength(1);
      expect(scanContent(dir, EMPTY_CONTENT, undefined, articleOrProblem).problems).toEqual(loaded.problems);
    }
    // A watcher's scan of the changed files alone: the folder gone is said the same.
    expect(scanContent(missing, EMPTY_CONTENT, new Set(['bees.md']), articleOrProblem).problems).toEqual(
      loadContentDir(missing).problems,
    );
    expect(loadContentDir(missing).problems[0]!.message).toBe(`${missing}: the folder does not exist`);
  });
});

describe('articleOrProblem', () => {
  it('given a content file then its article', () => {
    const read = articleOrProblem('bees.md', GOOD, '/content/bees.md');
    expect('article' in read && read.article.meta.title).toBe('Bees');
  });

  it('given a file that cannot be used then the problem, naming the file, as both readers of a folder say it', () => {
    const read = articleOrProblem('bees.md', BROKEN, '/content/bees.md');
    if (!('problem' in read)) throw new Error('expected a problem');
    expect(read.problem).toMatch(/^bees\.md/);
    const dir = folder({ 'bees.md': BROKEN });
    const problem = { file: 'bees.md', message: read.problem };
    expect(loadContentDir(dir).problems).toEqual([problem]);
    expect(scanContent(dir, EMPTY_CONTENT, undefined, articleOrProblem).problems).toEqual([problem]);
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LibraryHolder } from '../../runtime/content-watcher.js';
import { loadLibrary } from '../../runtime/library-loader.js';
import { TIDES_FILE } from '../helpers/content.js';

const folders: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A content folder of one article, and a DATA_DIR that is a file. */
function setUp(): { content: string; dataFile: string } {
  const root = mkdtempSync(join(tmpdir(), 'quotebot-snapshot-warn-'));
  folders.push(root);
  const content = join(root, 'content');
  mkdirSync(content);
  writeFileSync(join(root, 'data'), 'notes\n');
  return { content, dataFile: join(root, 'data') };
}

describe('a library snapshot that cannot be saved, in a running bot', () => {
  it('given a warn and a DATA_DIR that is a file then the load says so to warn, and writes no bare line on stderr', () => {
    const { content, dataFile } = setUp();
    writeFileSync(join(content, 'how-the-tides-work.md'), TIDES_FILE);
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const warned: string[] = [];
    const loaded = loadLibrary(content, {
      dataDir: dataFile,
      warn: (line) => warned.push(line),
      log: () => {},
    });
    expect(loaded.library.articles).toHaveLength(1);
    expect(warned).toEqual([
      `quotebot: the library snapshot could not be saved: DATA_DIR ${dataFile} is a file, not a folder`,
    ]);
    // The holder's later saves (after a reload) go the same way.
    const holder = new LibraryHolder(content, loaded.state, dataFile, (line) => warned.push(line));
    writeFileSync(
      join(content, 'how-the-tides-work.md'),
      `${TIDES_FILE}\nThe moon pulls the sea twice a day.\n`,
    );
    holder.reload();
    holder.flush();
    expect(warned).toHaveLength(2);
    expect(stderr).not.toHaveBeenCalled();
  });
});

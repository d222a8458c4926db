import { mkdirSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshotDirOf } from '../../runtime/environment.js';
import { loadLibrary } from '../../runtime/library-loader.js';
import {
  ABANDONED_AFTER_MS,
  CONTENT_FOLDER_FILE,
  LIBRARIES_FOLDER,
  UNNAMED_KEPT_MS,
} from '../../runtime/snapshot/snapshot-folders.js';
import {
  SNAPSHOT_FILE,
  writeSnapshot,
  writeSnapshotInTurns,
  type LibrarySnapshot,
} from '../../runtime/snapshot/snapshot-file.js';
import { Library } from '../../src/index.js';
import { smallArticle, TIDES_FILE } from '../helpers/content.js';
import { temporaryFolder } from '../helpers/temporary.js';

function snapshotOf(): LibrarySnapshot {
  const articles = [smallArticle('tides', 'How the tides work', ['The moon pulls the sea.'])];
  return { manifest: [], articles, index: Library.create(articles).exportIndex() };
}

/** Sets a file's modification time `ms` milliseconds back. */
function age(file: string, ms: number): void {
  const then = (Date.now() - ms) / 1000;
  utimesSync(file, then, then);
}

describe('saving a library snapshot', () => {
  it.each([
    ['writeSnapshot (a command, a start)', (data: string) => void writeSnapshot(data, 'build', snapshotOf())],
    [
      'writeSnapshotInTurns (a running bot)',
      (data: string) => writeSnapshotInTurns(data, 'build', snapshotOf(), () => false),
    ],
  ])(
    'given a temporary file left by a process that ended mid-write and one being written now then %s removes the first and keeps the second',
    async (_, save) => {
      const data = temporaryFolder('quotebot-snapshot-temporaries-');
      const left = `${SNAPSHOT_FILE}.4242.0badf00d.tmp`;
      const writing = `${SNAPSHOT_FILE}.4343.0c0ffee0.tmp`;
      // Old too, but no snapshot's: another tool's file in DATA_DIR stays.
      const other = 'quotebot.db.1.tmp';
      for (const name of [left, writing, other]) writeFileSync(join(data, name), 'part of a file');
      age(join(data, left), ABANDONED_AFTER_MS + 60_000);
      age(join(data, other), ABANDONED_AFTER_MS + 60_000);
      age(join(data, writing), 5_000);
      await save(data);
      expect(readdirSync(data).sort()).toEqual([SNAPSHOT_FILE, writing, other].sort());
    },
  );
});

/** A content folder of one article whose text says `words`. */
function contentFolder(name: string, words: string): string {
  const content = temporaryFolder(`quotebot-${name}-`);
  writeFileSync(
    join(content, `${name}.md`),
    TIDES_FILE.replace('How the Tides Work', words).replace(/\n\n.*\n$/s, `\n\n${words}.\n`),
  );
  return content;
}

/** What the CLI does without DATA_DIR, with `data` as the package's data folder. */
function load(content: string, data: string, lazyLists = false) {
  return loadLibrary(content, {
    dataDir: snapshotDirOf(content, undefined, data),
    lazyLists,
    log: () => undefined,
  });
}

const libraryFolders = (data: string): string[] => readdirSync(join(data, LIBRARIES_FOLDER)).sort();
const folderOf = (content: string, data: string): string => basename(snapshotDirOf(content, undefined, data));

describe("the content folders' own snapshot folders (no DATA_DIR)", () => {
  it('given a content folder that was removed then the next save removes its snapshot folder, and keeps those of the folders still there', () => {
    const data = temporaryFolder('quotebot-data-');
    const harbour = contentFolder('harbour', 'The harbour lights came on');
    const lighthouse = contentFolder('lighthouse', 'The lighthouse keeper waved');
    const ferry = contentFolder('ferry', 'The ferry left at dawn');
    load(harbour, data);
    load(lighthouse, data);
    rmSync(harbour, { recursive: true });
    expect(load(ferry, data).index).toBe('built');
    expect(libraryFolders(data)).toEqual([folderOf(lighthouse, data), folderOf(ferry, data)].sort());
    // Each names its content folder, for the runs after it.
    expect(readFileSync(join(snapshotDirOf(ferry, undefined, data), CONTENT_FOLDER_FILE), 'utf8')).toBe(
      `${ferry}\n`,
    );
    // The folder still there reuses its snapshot.
    expect(load(lighthouse, data).index).toBe('loaded');
  });

  it('given a process reading the snapshot of a content folder that is removed then, once another run removed its snapshot folder, it still answers from it', () => {
    const data = temporaryFolder('quotebot-data-');
    const harbour = contentFolder('harbour', 'The harbour lights came on');
    load(harbour, data);
    // A command reads its posting lists and texts from the file as a query needs them.
    const reading = load(harbour, data, true);
    expect(reading.index).toBe('loaded');
    rmSync(harbour, { recursive: true });
    load(contentFolder('ferry', 'The ferry left at dawn'), data);
    expect(libraryFolders(data)).not.toContain(folderOf(harbour, data));
    const [hit] = reading.library.search({ query: 'harbour lights' }).hits;
    expect(hit?.passage.text).toBe('The harbour lights came on.');
  });

  it('given snapshot folders that name no content folder (an older quotebot wrote them) and one whose removal was cut short then a save removes the unchanged for 30 days and the cut short, and keeps the recent', () => {
    const data = temporaryFolder('quotebot-data-');
    const libraries = join(data, LIBRARIES_FOLDER);
    const folder = (name: string, ageMs: number): void => {
      mkdirSync(join(libraries, name), { recursive: true });
      writeFileSync(join(libraries, name, SNAPSHOT_FILE), 'a snapshot');
      for (const path of [join(libraries, name, SNAPSHOT_FILE), join(libraries, name)]) age(path, ageMs);
    };
    folder('old-posts-0a1b2c3d', UNNAMED_KEPT_MS + 3_600_000);
    folder('recent-posts-4e5f6a7b', UNNAMED_KEPT_MS - 3_600_000);
    folder('.gone-9c8d7e6f.1234abcd.removing', 0);
    const ferry = contentFolder('ferry', 'The ferry left at dawn');
    load(ferry, data);
    expect(libraryFolders(data)).toEqual([folderOf(ferry, data), 'recent-posts-4e5f6a7b'].sort());
  });

  it('given DATA_DIR then a save writes its snapshot there and nothing else, and looks at no other folder', () => {
    const data = temporaryFolder('quotebot-data-');
    const gone = join(data, LIBRARIES_FOLDER, 'gone-0a1b2c3d');
    mkdirSync(gone, { recursive: true });
    writeFileSync(join(gone, CONTENT_FOLDER_FILE), `${join(data, 'no-such-folder')}\n`);
    const ferry = contentFolder('ferry', 'The ferry left at dawn');
    const dataDir = snapshotDirOf(ferry, data, data);
    expect(dataDir).toBe(data);
    loadLibrary(ferry, { dataDir, log: () => undefined });
    expect(readdirSync(data).sort()).toEqual([LIBRARIES_FOLDER, SNAPSHOT_FILE].sort());
    expect(readdirSync(gone)).toEqual([CONTENT_FOLDER_FILE]);
  });
});

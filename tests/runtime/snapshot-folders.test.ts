import { readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ABANDONED_AFTER_MS } from '../../runtime/snapshot/snapshot-folders.js';
import {
  SNAPSHOT_FILE,
  writeSnapshot,
  writeSnapshotInTurns,
  type LibrarySnapshot,
} from '../../runtime/snapshot/snapshot-file.js';
import { Library } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';
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

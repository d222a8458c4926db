import { randomUUID } from 'node:crypto';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * A temporary snapshot file not written to for this long was left by a process that ended while writing it
 * (killed, out of memory, a power cut). A live save writes a few megabytes per turn of the event loop, so
 * its file is seconds old at most.
 */
export const ABANDONED_AFTER_MS = 3_600_000;

const TEMPORARY = '.tmp';

/** Where a process writes `file` before renaming it into place: a name of its own (pid, random). */
export const temporaryOf = (file: string): string =>
  `${file}.${process.pid}.${randomUUID().slice(0, 8)}${TEMPORARY}`;

/**
 * Removes the temporary files of `file` (see `temporaryOf`) beside it that no process writes any more:
 * those older than `ABANDONED_AFTER_MS`. By age, not by process id: the processes of a bot may share
 * DATA_DIR from several hosts or containers, where an id says nothing. Never throws: a file that cannot be
 * looked at or removed is left for the next save.
 */
export function removeAbandonedTemporaries(file: string, now = Date.now()): void {
  const dir = dirname(file);
  const prefix = `${basename(file)}.`;
  try {
    for (const name of readdirSync(dir)) {
      if (!name.startsWith(prefix) || !name.endsWith(TEMPORARY)) continue;
      const path = join(dir, name);
      try {
        if (now - statSync(path).mtimeMs > ABANDONED_AFTER_MS) rmSync(path, { force: true });
      } catch {
        // Renamed into place or removed meanwhile.
      }
    }
  } catch {
    // The folder cannot be read: nothing to tidy.
  }
}

import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

/**
 * The folder of a data folder that holds, each in a folder of its own, the snapshots of content folders
 * other than the package's when no DATA_DIR is set (see `snapshotDirOf`).
 */
export const LIBRARIES_FOLDER = 'libraries';

/**
 * The file in a content folder's own snapshot folder that names the content folder: the folder's name ends
 * in a hash of the path, so this is how a later run tells that the content folder is gone.
 */
export const CONTENT_FOLDER_FILE = 'content-folder';

/**
 * A content folder's own snapshot folder that does not name its content folder (written by a quotebot
 * before they did) is removed once nothing in it has changed for this long.
 */
export const UNNAMED_KEPT_MS = 30 * 24 * 3_600_000;

/** Where `removeLibraryFolder` moves a folder before deleting it. */
const REMOVING = '.removing';

/** `<dataDir>/libraries/<folder name>-<hash of its path>`: the snapshot folder of `contentDir` of its own. */
export function librarySnapshotDir(dataDir: string, contentDir: string): string {
  const name = basename(contentDir)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const hash = createHash('sha256').update(contentDir).digest('hex').slice(0, 8);
  return join(dataDir, LIBRARIES_FOLDER, name === '' ? hash : `${name}-${hash}`);
}

/**
 * After a snapshot of `contentDir` was saved in `snapshotDir`, when that is the content folder's own folder
 * in `libraries/` (see `librarySnapshotDir`): names the content folder in it (`CONTENT_FOLDER_FILE`), and
 * removes the folders beside it that no run can use again, those of content folders that no longer exist
 * (and, for a folder that does not name its own, see `UNNAMED_KEPT_MS`). A folder is renamed first, in one
 * step, then deleted: a process that opened its snapshot keeps reading it (its descriptor keeps the file),
 * one that looks for it afterwards finds none and builds one. Never throws: tidying is for later runs' sake.
 */
export function tidyLibraryFolders(snapshotDir: string, contentDir: string, now = Date.now()): void {
  const libraries = dirname(snapshotDir);
  if (librarySnapshotDir(dirname(libraries), contentDir) !== snapshotDir) return;
  let names: string[];
  try {
    writeFileSync(join(snapshotDir, CONTENT_FOLDER_FILE), `${contentDir}\n`);
    names = readdirSync(libraries);
  } catch {
    return;
  }
  for (const name of names) {
    const folder = join(libraries, name);
    try {
      // What a removal left when its process ended: no process reads a folder once it is renamed.
      if (name.endsWith(REMOVING)) rmSync(folder, { recursive: true, force: true });
      else if (folder !== snapshotDir && unusable(folder, now)) removeLibraryFolder(folder);
    } catch {
      // Removed by another process meanwhile, or not ours to remove: left as it is.
    }
  }
}

/** Whether no run can use the snapshot folder again: its content folder is gone. */
function unusable(folder: string, now: number): boolean {
  try {
    if (!statSync(folder).isDirectory()) return false;
    const named = textOf(join(folder, CONTENT_FOLDER_FILE)).trim();
    if (named !== '') return isGone(named);
    // Not named: written by an older quotebot, or being saved right now (the name is written after the
    // snapshot), whose folder and files are new.
    const changed = [folder, ...readdirSync(folder).map((name) => join(folder, name))].map(
      (path) => statSync(path).mtimeMs,
    );
    return now - Math.max(...changed) > UNNAMED_KEPT_MS;
  } catch {
    return false;
  }
}

function textOf(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
}

/** Known to be missing; one that cannot be looked at now (EACCES, EIO) may well be there. */
function isGone(path: string): boolean {
  try {
    statSync(path);
    return false;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR';
  }
}

function removeLibraryFolder(folder: string): void {
  const removing = join(dirname(folder), `.${basename(folder)}.${randomUUID().slice(0, 8)}${REMOVING}`);
  try {
    renameSync(folder, removing);
  } catch {
    // Another process removed it first.
    return;
  }
  rmSync(removing, { recursive: true, force: true });
}

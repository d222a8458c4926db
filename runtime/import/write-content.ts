import { randomUUID } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { failed, ImportProblemCode, succeeded, type ImportOutcome } from '../../src/index.js';

const errnoOf = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

/** Where a slug's content file lives. */
export const contentPath = (contentDir: string, slug: string): string => join(contentDir, `${slug}.md`);

/** Whether the content folder exists as a folder. */
export function isContentDir(contentDir: string): boolean {
  try {
    return statSync(contentDir).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Writes a content file atomically: a hidden temporary file in the same folder (which the loader and the
 * watcher ignore), flushed, then moved into place. Without `force` the move is a hard link, which fails
 * if the name was taken meanwhile, so an existing article is never replaced by accident. On any failure
 * the temporary file is removed: nothing is left half-written.
 */
export function writeContentFile(
  source: string,
  contentDir: string,
  slug: string,
  markdown: string,
  options: { readonly force?: boolean } = {},
): ImportOutcome<{ path: string; replaced: boolean }> {
  const path = contentPath(contentDir, slug);
  if (!isContentDir(contentDir))
    return failed({ code: ImportProblemCode.NoContentDir, source, path: contentDir });
  const existed = existsSync(path);
  if (existed && !options.force) return failed({ code: ImportProblemCode.SlugTaken, source, slug, path });
  const temporary = join(contentDir, `.${slug}.md.${randomUUID()}.tmp`);
  try {
    const fd = openSync(temporary, 'wx', 0o644);
    try {
      writeSync(fd, markdown);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (options.force) renameSync(temporary, path);
    else {
      try {
        linkSync(temporary, path);
      } catch (error) {
        if (errnoOf(error) === 'EEXIST')
          return failed({ code: ImportProblemCode.SlugTaken, source, slug, path });
        // File systems without hard links: the name was free a moment ago, so a rename is the fallback.
        if (existsSync(path)) return failed({ code: ImportProblemCode.SlugTaken, source, slug, path });
        renameSync(temporary, path);
      }
    }
    return succeeded({ path, replaced: existed });
  } catch (error) {
    return failed({ code: ImportProblemCode.WriteFailed, source, path, detail: errnoOf(error) });
  } finally {
    rmSync(temporary, { force: true });
  }
}

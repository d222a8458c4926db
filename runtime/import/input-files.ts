import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isAddress } from './import-article.js';

/** The files of a folder that an import reads: texts, Markdown and saved pages. */
export const IMPORTED_EXTENSIONS = ['.md', '.markdown', '.txt', '.text', '.html', '.htm'] as const;

/** What `quotebot import a.md b.txt notes/` imports: each file, or a folder that gave nothing to import. */
export type ImportInput =
  | { readonly kind: 'file'; readonly input: string }
  | { readonly kind: 'empty-folder'; readonly input: string }
  | { readonly kind: 'content-folder'; readonly input: string };

const isFolder = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

const imported = (name: string): boolean =>
  !name.startsWith('.') && IMPORTED_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

/**
 * The inputs one by one: an address or a file as given, a folder as its texts, Markdown files and saved pages
 * in name order. Only the files directly in the folder: the content folder reads no subfolder either, and a
 * folder of articles kept by year should not pull in its drafts or assets unasked. The content folder itself
 * is refused: its files are content files already, and importing them would only make second copies.
 */
export function importInputs(inputs: readonly string[], contentDir: string): ImportInput[] {
  return inputs.flatMap((input): ImportInput[] => {
    if (isAddress(input) || !isFolder(input)) return [{ kind: 'file', input }];
    if (resolve(input) === resolve(contentDir)) return [{ kind: 'content-folder', input }];
    const files = readdirSync(input, { withFileTypes: true })
      .filter((entry) => entry.isFile() && imported(entry.name))
      .map((entry) => entry.name)
      .sort();
    return files.length === 0
      ? [{ kind: 'empty-folder', input }]
      : files.map((name) => ({ kind: 'file', input: join(input, name) }));
  });
}

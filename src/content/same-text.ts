import { cleanLine } from '../import/draft.js';

/** A content file's name and its body (the text after its front matter). */
export interface NamedBody {
  readonly file: string;
  readonly body: string;
}

/**
 * The files whose body is the same text as an earlier one's (`same`: that file), in the order given, however
 * their lines and paragraphs are broken: one article imported twice, under two names. A copy is no second
 * article but the same one twice, and the search shows a sentence both say under one of them, so the copy can
 * hide the original.
 */
export function sameTextFiles(files: readonly NamedBody[]): { file: string; same: string }[] {
  const first = new Map<string, string>();
  const copies: { file: string; same: string }[] = [];
  for (const { file, body } of files) {
    const key = cleanLine(body);
    if (key.length === 0) continue;
    const same = first.get(key);
    if (same === undefined) first.set(key, file);
    else copies.push({ file, same });
  }
  return copies;
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const CONTENT = join(import.meta.dirname, '..', 'content');

/**
 * `count` distinct two-word queries from the library's own words (content/), none repeated: pairs of
 * distinct words walked in order from `offset`, so that two runs from different offsets share no query.
 */
export function libraryQueries(count: number, offset: number): string[] {
  const text = readdirSync(CONTENT)
    .filter((file) => file.endsWith('.md'))
    .map((file) => readFileSync(join(CONTENT, file), 'utf8'))
    .join(' ');
  const words = [...new Set(text.toLowerCase().match(/[a-z]{4,}/g) ?? [])];
  const pairs = words.length * (words.length - 1);
  if (offset + count > pairs) throw new Error(`the library has words for ${pairs} distinct queries only`);
  return Array.from({ length: count }, (_, index) => {
    const pair = offset + index;
    const first = Math.floor(pair / (words.length - 1));
    const second = pair % (words.length - 1);
    return `${words[first]} ${words[second >= first ? second + 1 : second]}`;
  });
}

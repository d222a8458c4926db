import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const TWEMOJI_DIR = dirname(require.resolve('@twemoji/svg/package.json'));

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3/u;

/** True for a grapheme that is drawn as an emoji picture rather than from a text font. */
export function isEmoji(grapheme: string): boolean {
  return EMOJI.test(grapheme);
}

const cache = new Map<string, string | null>();

/**
 * The Twemoji SVG of an emoji grapheme as a data URL, or null if Twemoji has none. Twemoji names its files by
 * code point, dropping U+FE0F (the emoji presentation selector) except inside ZWJ sequences.
 */
export function emojiImage(grapheme: string): string | null {
  const known = cache.get(grapheme);
  if (known !== undefined) return known;
  const points = [...grapheme].map((char) => char.codePointAt(0)!.toString(16));
  const names = [points.filter((point) => point !== 'fe0f').join('-'), points.join('-')];
  const file = names.map((name) => join(TWEMOJI_DIR, `${name}.svg`)).find((path) => existsSync(path));
  const image = file ? `data:image/svg+xml;base64,${readFileSync(file).toString('base64')}` : null;
  cache.set(grapheme, image);
  return image;
}

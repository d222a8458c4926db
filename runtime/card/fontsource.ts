import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** One file of a @fontsource package: a subset of the font with the code points it covers. */
export interface FontSubset {
  /** Unique name, e.g. `noto-serif-latin-400-normal`; satori knows the font by it. */
  readonly id: string;
  readonly weight: 400 | 700;
  readonly file: string;
  readonly ranges: readonly (readonly [number, number])[];
}

const require = createRequire(import.meta.url);

/**
 * The subsets of a @fontsource package at one weight, read from its CSS (the `unicode-range` of each
 * `@font-face`), so that only the files a card's text needs are ever read. WOFF, not WOFF2: satori reads
 * TTF, OTF and WOFF only.
 */
export function fontsourceSubsets(pkg: string, weight: 400 | 700): FontSubset[] {
  const css = require.resolve(`${pkg}/${weight}.css`);
  const text = readFileSync(css, 'utf8');
  const subsets: FontSubset[] = [];
  for (const block of text.matchAll(/@font-face\s*{([^}]*)}/g)) {
    const body = block[1] ?? '';
    const url = /url\(\.\/files\/([^)]+\.woff)\)/.exec(body)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
    if (!url || !range) throw new Error(`${css}: a @font-face without a .woff file or unicode-range`);
    subsets.push({
      id: url.replace(/\.woff$/, ''),
      weight,
      file: join(dirname(css), 'files', url),
      ranges: parseUnicodeRange(range),
    });
  }
  if (subsets.length === 0) throw new Error(`${css}: no @font-face`);
  return subsets;
}

/** `U+0-ff,U+131,U+1f1e6-1f1ff` → [[0, 255], [305, 305], …]. */
export function parseUnicodeRange(value: string): [number, number][] {
  return value.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    const start = Number.parseInt(from ?? '', 16);
    const end = to === undefined ? start : Number.parseInt(to, 16);
    if (Number.isNaN(start) || Number.isNaN(end)) throw new Error(`bad unicode-range part "${part}"`);
    return [start, end];
  });
}

export function coversCodePoint(subset: FontSubset, codePoint: number): boolean {
  return subset.ranges.some(([from, to]) => codePoint >= from && codePoint <= to);
}

import { readFileSync } from 'node:fs';
import type { Font } from 'fontkit';
import type { CardFace } from '../../src/card/index.js';
import { emojiImage, isEmoji } from './emoji.js';
import { fontkit } from './engines.js';
import { coversCodePoint, fontsourceSubsets, type FontSubset } from './fontsource.js';
import { sfntFromWoff } from './woff.js';

/** A font file as satori takes it. */
export interface SatoriFont {
  readonly name: string;
  readonly data: Buffer;
  readonly weight: 400 | 700;
  readonly style: 'normal';
}

interface LoadedSubset {
  readonly subset: FontSubset;
  readonly data: Buffer;
  readonly font: Font;
}

/**
 * Each face's fonts in the order they are tried for a character: the face's own (Noto Serif for the quote,
 * Noto Sans for the attribution), then Noto Sans for scripts the serif lacks, then Arabic, Hebrew and
 * Simplified Chinese (which also has Japanese kana). Emoji are pictures from Twemoji.
 */
const FACE_PACKAGES: Record<CardFace, readonly (readonly [string, 400 | 700])[]> = {
  quote: [
    ['@fontsource/noto-serif', 400],
    ['@fontsource/noto-sans', 400],
    ['@fontsource/noto-sans-arabic', 400],
    ['@fontsource/noto-sans-hebrew', 400],
    ['@fontsource/noto-sans-sc', 400],
  ],
  caption: [
    ['@fontsource/noto-sans', 400],
    ['@fontsource/noto-sans-arabic', 400],
    ['@fontsource/noto-sans-hebrew', 400],
    ['@fontsource/noto-sans-sc', 400],
  ],
  'caption-bold': [
    ['@fontsource/noto-sans', 700],
    ['@fontsource/noto-sans-arabic', 400],
    ['@fontsource/noto-sans-hebrew', 400],
    ['@fontsource/noto-sans-sc', 400],
  ],
};

/** Code points that draw nothing and need no glyph. */
const INVISIBLE = /^(?:\s|[\u200b-\u200f\u2060]|[\ufe00-\ufe0f]|[\u{e0020}-\u{e007f}])$/u;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * The card's fonts, read lazily: a subset file (a script's share of a font) is read and parsed the first time
 * a card's text needs one of its characters, then kept. A Latin card never reads the 76 MB of Chinese.
 */
export class FontLibrary {
  private readonly subsets = new Map<string, FontSubset[]>();
  private readonly loaded = new Map<string, LoadedSubset>();
  private readonly resolved = new Map<string, LoadedSubset | null>();
  private readonly widths = new Map<string, number>();
  private readonly fontLists = new Map<string, SatoriFont[]>();

  /** The subset that draws a code point in a face, or null if none of the face's fonts has it. */
  fontFor(codePoint: number, face: CardFace): LoadedSubset | null {
    const key = `${face}:${codePoint}`;
    const known = this.resolved.get(key);
    if (known !== undefined) return known;
    let found: LoadedSubset | null = null;
    for (const [pkg, weight] of FACE_PACKAGES[face]) {
      for (const subset of this.subsetsOf(pkg, weight)) {
        if (!coversCodePoint(subset, codePoint)) continue;
        const loaded = this.load(subset);
        if (loaded.font.hasGlyphForCodePoint(codePoint)) {
          found = loaded;
          break;
        }
      }
      if (found) break;
    }
    this.resolved.set(key, found);
    return found;
  }

  /** Width of `text` at font size 1, shaped by the fonts that will draw it; an emoji is 1 em wide. */
  measure(text: string, face: CardFace): number {
    const key = `${face}\u0000${text}`;
    const known = this.widths.get(key);
    if (known !== undefined) return known;
    let width = 0;
    let run = '';
    let runFont: LoadedSubset | null = null;
    const flush = () => {
      if (run && runFont) width += runFont.font.layout(run).advanceWidth / runFont.font.unitsPerEm;
      run = '';
    };
    for (const { segment } of graphemes.segment(text)) {
      if (isEmoji(segment) && emojiImage(segment)) {
        flush();
        width += 1;
        continue;
      }
      const font = this.fontFor(segment.codePointAt(0)!, face);
      if (font !== runFont) flush();
      runFont = font;
      run += segment;
    }
    flush();
    if (this.widths.size > 50_000) this.widths.clear();
    this.widths.set(key, width);
    return width;
  }

  /** Characters of `text` that no font of the face has and that are no Twemoji emoji. */
  missingGlyphs(text: string, face: CardFace): string[] {
    const missing: string[] = [];
    for (const { segment } of graphemes.segment(text)) {
      if (isEmoji(segment) && emojiImage(segment)) continue;
      for (const char of segment) {
        if (INVISIBLE.test(char) || /\p{M}/u.test(char)) continue;
        if (!this.fontFor(char.codePointAt(0)!, face)) missing.push(char);
      }
    }
    return missing;
  }

  /** The emoji pictures `text` needs, keyed by grapheme (satori's `graphemeImages`). */
  emojiImages(text: string): Record<string, string> {
    const images: Record<string, string> = {};
    for (const { segment } of graphemes.segment(text)) {
      const image = isEmoji(segment) ? emojiImage(segment) : null;
      if (image) images[segment] = image;
    }
    return images;
  }

  /** The names of the loaded subsets of a face, in the order they are tried (a CSS font-family list). */
  familyList(face: CardFace): string {
    const names: string[] = [];
    for (const [pkg, weight] of FACE_PACKAGES[face]) {
      // A package whose CSS was never read has no loaded subset (a Latin card reads no Chinese CSS).
      for (const subset of this.subsets.get(`${pkg}@${weight}`) ?? []) {
        if (this.loaded.has(subset.id)) names.push(subset.id);
      }
    }
    return names.join(', ');
  }

  /** Every loaded font, as one array per set of fonts, so that satori's per-array font cache is reused. */
  satoriFonts(): SatoriFont[] {
    const key = [...this.loaded.keys()].sort().join(',');
    const known = this.fontLists.get(key);
    if (known) return known;
    const fonts = [...this.loaded.values()].map(({ subset, data }) => ({
      name: subset.id,
      data,
      weight: subset.weight,
      style: 'normal' as const,
    }));
    this.fontLists.set(key, fonts);
    return fonts;
  }

  private subsetsOf(pkg: string, weight: 400 | 700): FontSubset[] {
    const key = `${pkg}@${weight}`;
    let list = this.subsets.get(key);
    if (!list) {
      list = fontsourceSubsets(pkg, weight);
      this.subsets.set(key, list);
    }
    return list;
  }

  private load(subset: FontSubset): LoadedSubset {
    let loaded = this.loaded.get(subset.id);
    if (!loaded) {
      // Unpacked once here, so that neither fontkit nor satori inflates it again (see woff.ts).
      const data = sfntFromWoff(readFileSync(subset.file));
      const font = fontkit.create(data);
      if (!('layout' in font)) throw new Error(`${subset.file} is a font collection`);
      loaded = { subset, data, font };
      this.loaded.set(subset.id, loaded);
    }
    return loaded;
  }
}

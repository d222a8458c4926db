import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { sfntFromWoff } from '../../runtime/card/woff.js';

const require = createRequire(import.meta.url);
const fontFile = (pkg: string, file: string) => readFileSync(require.resolve(`${pkg}/files/${file}`));

const asFont = (data: Buffer) => {
  const font = fontkit.create(data);
  if (!('layout' in font)) throw new Error('a collection');
  return font;
};

describe('WOFF unpacked to a plain font', () => {
  it.each([
    ['@fontsource/noto-serif', 'noto-serif-latin-400-normal.woff', 'Zoë Ångström said “naïve”.'],
    ['@fontsource/noto-sans-arabic', 'noto-sans-arabic-arabic-400-normal.woff', 'قال الرئيس إن الانتخابات'],
    ['@fontsource/noto-sans-sc', 'noto-sans-sc-117-400-normal.woff', '选举结'],
  ])('given %s %s then the plain font has the same glyphs and shapes text the same', (pkg, file, text) => {
    const woff = fontFile(pkg, file);
    const sfnt = sfntFromWoff(woff);
    expect(sfnt.readUInt32BE(0)).not.toBe(0x774f4646);
    expect(sfnt.length).toBeGreaterThan(woff.length);
    const [before, after] = [asFont(woff), asFont(sfnt)];
    expect([...text].every((char) => char === ' ' || before.hasGlyphForCodePoint(char.codePointAt(0)!))).toBe(
      true,
    );
    expect(after.numGlyphs).toBe(before.numGlyphs);
    const shape = (font: fontkit.Font) => {
      const run = font.layout(text);
      return run.glyphs.map((glyph, index) => [glyph.id, run.positions[index]!.xAdvance]);
    };
    expect(shape(after)).toEqual(shape(before));
    expect(after.glyphForCodePoint(text.codePointAt(0)!).path.toSVG()).toBe(
      before.glyphForCodePoint(text.codePointAt(0)!).path.toSVG(),
    );
  });

  it('given a font that is not WOFF then it is returned as it is', () => {
    const plain = sfntFromWoff(fontFile('@fontsource/noto-serif', 'noto-serif-latin-400-normal.woff'));
    expect(sfntFromWoff(plain)).toBe(plain);
  });
});

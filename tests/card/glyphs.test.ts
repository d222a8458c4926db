import { describe, expect, it } from 'vitest';
import { CardDrawer } from '../../runtime/card/draw-card.js';
import { FontLibrary } from '../../runtime/card/font-library.js';
import { CardFace } from '../../src/index.js';
import { cardSamples } from './card-samples.js';

const samples = Object.entries(cardSamples());
const fonts = new FontLibrary();

describe('glyph coverage', { timeout: 120_000 }, () => {
  it.each(samples)(
    'given the %s sample then every character is in a loaded font’s cmap or is a Twemoji picture',
    (_, request) => {
      const { author, title, publication } = request.attribution;
      expect(fonts.missingGlyphs(`${request.text}…“`, CardFace.Quote)).toEqual([]);
      expect(fonts.missingGlyphs(`— ${author}, ${publication}`, CardFace.CaptionBold)).toEqual([]);
      expect(fonts.missingGlyphs(`${title} · 2020-05-17`, CardFace.Caption)).toEqual([]);
    },
  );

  it.each(samples)('given the %s sample then satori asked for no font it lacked', async (_, request) => {
    expect((await new CardDrawer(fonts).draw(request)).missingGlyphs).toEqual([]);
  });

  it('given a character no font has then the check reports it (it can fail)', async () => {
    const sample = samples[0]![1];
    const card = await new CardDrawer(fonts).draw({ ...sample, text: 'A private-use \uE000 glyph and ꙮ.' });
    expect(card.missingGlyphs).toEqual(expect.arrayContaining(['\uE000']));
    expect(fonts.missingGlyphs('\uE000', CardFace.Quote)).toEqual(['\uE000']);
  });
});

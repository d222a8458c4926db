import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CardDrawer } from '../../runtime/card/draw-card.js';
import { CARD_COLORS } from '../../runtime/card/theme.js';
import { DEFAULT_CARD_LAYOUT } from '../../src/index.js';
import { cardSamples } from './card-samples.js';
import { decodePng, differingShare, pixelsNot } from './png.js';

const REFERENCES = join(import.meta.dirname, 'reference');
/** Set to write new reference images (then look at each before committing it). */
const UPDATE = process.env['UPDATE_CARD_REFERENCES'] === '1';
/** Font hinting and anti-aliasing may differ a little between resvg builds; layout changes differ a lot. */
const TOLERANCE = 0.005;

const drawer = new CardDrawer();
const samples = Object.entries(cardSamples());
const drawn = new Map<string, ReturnType<CardDrawer['draw']>>();
const draw = (request: (typeof samples)[number][1]) => {
  const key = JSON.stringify(request);
  if (!drawn.has(key)) drawn.set(key, drawer.draw(request));
  return drawn.get(key)!;
};

describe('a drawn card', { timeout: 120_000 }, () => {
  it.each(samples)('given the %s sample then it matches its reference image', async (name, request) => {
    const card = await draw(request);
    const png = decodePng(card.png);
    expect([png.width, png.height]).toEqual([1200, 630]);
    const file = join(REFERENCES, `${name}.png`);
    if (UPDATE || !existsSync(file)) {
      mkdirSync(REFERENCES, { recursive: true });
      writeFileSync(file, card.png);
      if (!UPDATE) throw new Error(`no reference for ${name}: wrote ${file}; look at it, then commit it`);
    }
    expect(differingShare(png, decodePng(readFileSync(file)))).toBeLessThanOrEqual(TOLERANCE);
  });

  it.each(samples)('given the %s sample then nothing is drawn outside the margins', async (_, request) => {
    const png = decodePng((await draw(request)).png);
    const background = CARD_COLORS[request.theme].background;
    const { paddingX, paddingTop } = DEFAULT_CARD_LAYOUT;
    // Highlights reach 4 px past a word; anything further right is an overflow. The top corner holds the
    // decorative quotation mark of right-to-left quotes, which ends above the first line.
    const right = { x0: 1200 - paddingX + 6, y0: paddingTop + 8, x1: 1200, y1: 630 };
    expect(pixelsNot(png, background, right)).toBe(0);
    expect(pixelsNot(png, background, { x0: 12, y0: 630 - 20, x1: 1200, y1: 630 })).toBe(0);
  });

  it.each(samples.filter(([, request]) => request.highlights.length > 0))(
    'given the %s sample with matched words then the highlight colour is on the card',
    async (_, request) => {
      const png = decodePng((await draw(request)).png);
      const highlight = CARD_COLORS[request.theme].highlight;
      const all = { x0: 0, y0: 0, x1: 1200, y1: 630 };
      expect(1200 * 630 - pixelsNot(png, highlight, all)).toBeGreaterThan(500);
    },
  );
});

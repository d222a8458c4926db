import {
  CARD_SIZE,
  CardFace,
  cardAltText,
  layoutCard,
  quoteHeight,
  type CardImage,
  type CardRequest,
  type CardTextBlock,
} from '../../src/card/index.js';
import { loadSatori, Resvg } from './engines.js';
import { FontLibrary } from './font-library.js';
import { CARD_COLORS, type CardColors } from './theme.js';

/** A satori element: a plain object in React's shape (satori needs no React). */
interface Node {
  readonly type: string;
  readonly props: { readonly style?: Record<string, unknown>; readonly children?: unknown };
}

const h = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

const OPENING_MARK = '\u201C';
/** Right-to-left quotes open at the top right, with the mark that faces them. */
const OPENING_MARK_RTL = '\u201D';

/**
 * Draws cards in this thread: the core lays the card out with this library's font metrics, satori turns
 * the layout into an SVG with text as paths, and resvg rasterises it. Costly (tens of ms): call it from a
 * worker thread in a server (see `WorkerCardPainter`).
 */
export class CardDrawer {
  constructor(private readonly fonts = new FontLibrary()) {}

  /** Reads and parses the Latin fonts and starts satori's layout engine, as the first card would. */
  async warm(): Promise<void> {
    await this.draw({
      text: 'Warm-up: the quick brown fox.',
      highlights: [[0, 4]],
      attribution: { author: 'Quotebot', title: 'Warm-up', publication: 'Quotebot', date: '2020-01-01' },
      theme: 'light',
    });
  }

  async draw(request: CardRequest): Promise<CardImage> {
    const fonts = this.fonts;
    const layout = layoutCard(request, (text, face) => fonts.measure(text, face));
    fonts.measure(OPENING_MARK + OPENING_MARK_RTL, CardFace.Quote);
    const colors = CARD_COLORS[request.theme];
    const { author, title, publication, date } = request.attribution;
    const missing = new Set([
      ...fonts.missingGlyphs(`${request.text}…`, CardFace.Quote),
      ...fonts.missingGlyphs(author, CardFace.CaptionBold),
      ...fonts.missingGlyphs(`${title} ${publication} ${date}`, CardFace.Caption),
    ]);
    const satori = await loadSatori();
    const svg = await satori(this.element(layout, colors) as never, {
      ...CARD_SIZE,
      fonts: fonts.satoriFonts(),
      debug: process.env['CARD_DEBUG'] === '1',
      graphemeImages: fonts.emojiImages(`${request.text} ${author} ${title} ${publication}`),
      // Called only for text that no loaded font has: record it rather than draw a box.
      loadAdditionalAsset: (code: string, segment: string) => {
        if (code !== 'emoji') for (const char of segment) if (char.trim()) missing.add(char);
        return Promise.resolve([]);
      },
    });
    const png = new Resvg(svg, {
      fitTo: { mode: 'original' },
      font: { loadSystemFonts: false },
    })
      .render()
      .asPng();
    return {
      // A copy in its own ArrayBuffer, which can be transferred from a worker thread.
      png: new Uint8Array(png),
      ...CARD_SIZE,
      altText: cardAltText(request),
      missingGlyphs: [...missing],
    };
  }

  private element(layout: ReturnType<typeof layoutCard>, colors: CardColors): Node {
    const { options } = layout;
    const quoteFamily = this.fonts.familyList(CardFace.Quote);
    const rtl = layout.quote.direction === 'rtl';
    const block = (text: CardTextBlock, color: string, family: string, weight: number) =>
      h(
        'div',
        { display: 'flex', flexDirection: 'column', fontFamily: family, fontWeight: weight, color },
        text.lines.map((line) =>
          h(
            'div',
            {
              display: 'flex',
              height: text.lineHeight,
              alignItems: 'center',
              justifyContent: text.direction === 'rtl' ? 'flex-end' : 'flex-start',
              fontSize: text.fontSize,
              // Tall scripts (Arabic) would otherwise give highlights a taller box than the line.
              lineHeight: 1.2,
              whiteSpace: 'pre',
            },
            line.items.map((item) =>
              h(
                'div',
                { display: 'flex', marginLeft: item.gapBefore },
                item.parts.map((part) =>
                  h(
                    'span',
                    part.highlighted
                      ? {
                          backgroundColor: colors.highlight,
                          color: colors.highlightText,
                          borderRadius: 6,
                          padding: '0 4px',
                          margin: '0 -4px',
                        }
                      : {},
                    part.text,
                  ),
                ),
              ),
            ),
          ),
        ),
      );
    return h(
      'div',
      {
        ...CARD_SIZE,
        boxSizing: 'border-box',
        display: 'flex',
        flexDirection: 'column',
        backgroundColor: colors.background,
        paddingTop: options.paddingTop,
        paddingLeft: options.paddingX,
        paddingRight: options.paddingX,
        paddingBottom: options.paddingBottom,
        position: 'relative',
      },
      [
        h('div', {
          position: 'absolute',
          left: 0,
          top: 0,
          width: 12,
          height: CARD_SIZE.height,
          backgroundColor: colors.accent,
        }),
        h(
          'div',
          {
            position: 'absolute',
            ...(rtl ? { right: options.paddingX - 58 } : { left: options.paddingX - 58 }),
            top: options.paddingTop - 70,
            fontSize: 150,
            lineHeight: 1,
            fontFamily: quoteFamily,
            color: colors.accent,
          },
          rtl ? OPENING_MARK_RTL : OPENING_MARK,
        ),
        h(
          'div',
          {
            display: 'flex',
            flexDirection: 'column',
            height: quoteHeight(options),
            flexShrink: 0,
            justifyContent: 'center',
          },
          [block(layout.quote, colors.text, quoteFamily, 400)],
        ),
        h('div', { display: 'flex', flexDirection: 'column', marginTop: options.gap }, [
          block(layout.author, colors.text, this.fonts.familyList(CardFace.CaptionBold), 700),
          block(layout.source, colors.muted, this.fonts.familyList(CardFace.Caption), 400),
        ]),
      ],
    );
  }
}

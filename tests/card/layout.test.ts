import { describe, expect, it } from 'vitest';
import {
  CardTheme,
  DEFAULT_CARD_LAYOUT,
  layoutCard,
  textWidth,
  tokenize,
  type CardLine,
  type CardRequest,
  type TextMeasure,
} from '../../src/index.js';
import { drawnParts, visualOrder } from '../../src/card/bidi.js';
import { formatCardDate } from '../../src/card/date.js';

/** Every character half an em wide: simple enough to reason about in a test. */
const HALF_EM: TextMeasure = (text) => [...text].length * 0.5;

function request(text: string, highlights: [number, number][] = []): CardRequest {
  return {
    text,
    highlights,
    attribution: { author: 'A. Writer', title: 'A title', publication: 'The Paper', date: '2020-05-17' },
    theme: CardTheme.Light,
  };
}

const lineText = (line: CardLine) =>
  line.items
    .map((item) => (item.gapBefore > 0 ? ' ' : '') + item.parts.map((part) => part.text).join(''))
    .join('');
const lineWidth = (line: CardLine, fontSize: number) =>
  line.items.reduce(
    (sum, item) => sum + item.gapBefore + HALF_EM(item.parts.map((p) => p.text).join(''), 'quote') * fontSize,
    0,
  );

describe('layoutCard', () => {
  it('given a short quote then it takes the largest size and is not cut', () => {
    const layout = layoutCard(request('Trump muddles through.'), HALF_EM);
    expect(layout.quote.fontSize).toBe(DEFAULT_CARD_LAYOUT.quoteSizes[0]);
    expect(layout.truncated).toBe(false);
    expect(layout.quote.lines.map(lineText)).toEqual(['Trump muddles through.']);
  });

  it('given a longer quote then it shrinks before it cuts, and no line is wider than the card allows', () => {
    const text = 'word '.repeat(60).trim() + '.';
    const layout = layoutCard(request(text), HALF_EM);
    expect(layout.quote.fontSize).toBeLessThan(DEFAULT_CARD_LAYOUT.quoteSizes[0]!);
    expect(layout.truncated).toBe(false);
    for (const line of layout.quote.lines)
      expect(lineWidth(line, layout.quote.fontSize)).toBeLessThanOrEqual(textWidth(DEFAULT_CARD_LAYOUT));
  });

  it('given a quote too long for the smallest size then it ends at a sentence with an ellipsis', () => {
    const sentence = 'This sentence has exactly eight words in it. ';
    const layout = layoutCard(request(sentence.repeat(30).trim()), HALF_EM);
    const lines = layout.quote.lines.map(lineText);
    expect(layout.truncated).toBe(true);
    expect(layout.quote.fontSize).toBe(DEFAULT_CARD_LAYOUT.quoteSizes.at(-1));
    expect(lines.at(-1)).toMatch(/in it\. …$/);
    const height = layout.quote.lines.length * layout.quote.lineHeight;
    expect(height).toBeLessThanOrEqual(630 - 84 - 56 - 28 - 1.32 * 54);
  });

  it('given a long quote with no sentence end then it is cut after a whole word, without a comma', () => {
    const text = Array.from({ length: 200 }, (_, i) => `w${i},`).join(' ');
    const lines = layoutCard(request(text), HALF_EM).quote.lines.map(lineText);
    expect(lines.at(-1)).toMatch(/ w\d+…$/);
  });

  it('given a highlight beyond the cut then the card starts near it with an ellipsis', () => {
    const text = `${'Filler words come first here. '.repeat(40)}The missiles flew.`;
    const start = text.indexOf('missiles');
    const layout = layoutCard(request(text, [[start, start + 8]]), HALF_EM);
    const shown = layout.quote.lines.flatMap((line) => line.items.flatMap((item) => item.parts));
    expect(shown[0]?.text).toBe('…');
    expect(shown.some((part) => part.highlighted && part.text === 'missiles')).toBe(true);
  });

  it('given a highlighted word with punctuation then only the word is highlighted', () => {
    const tokens = tokenize('ahead, election, now', [[7, 15]]);
    expect(tokens[1]?.parts).toEqual([
      { text: 'election', highlighted: true },
      { text: ',', highlighted: false },
    ]);
  });

  it('given two highlighted words with a dash between them, highlighted as one ("fun - fun"), then only the words are', () => {
    const tokens = tokenize('always fun - fun to read', [[7, 16]]);
    expect(tokens.map((token) => token.parts)).toEqual([
      [{ text: 'always', highlighted: false }],
      [{ text: 'fun', highlighted: true }],
      [{ text: '-', highlighted: false }],
      [{ text: 'fun', highlighted: true }],
      [{ text: 'to', highlighted: false }],
      [{ text: 'read', highlighted: false }],
    ]);
  });

  it('given Chinese text then a line may break between characters but not before a full stop', () => {
    const tokens = tokenize('和平进程。北朝鲜');
    expect(tokens.map((token) => token.text)).toEqual(['和', '平', '进', '程。', '北', '朝', '鲜']);
    expect(tokens.slice(1).every((token) => !token.spaceBefore)).toBe(true);
  });

  it('given a very long title then the source line is cut but keeps the date', () => {
    const long = request('Short.');
    const layout = layoutCard(
      { ...long, attribution: { ...long.attribution, title: 'Title word '.repeat(40) } },
      HALF_EM,
    );
    const source = lineText(layout.source.lines[0]!);
    expect(source).toMatch(/…\s·\s2020-05-17$/);
  });

  it('given a credit too long for one line with its publication then the publication moves to the source line, and the title is what is cut', () => {
    const quoted = request('Short.');
    const attribution = {
      ...quoted.attribution,
      author: 'Dr Helen Okoro, quoted by Priya Natarajan-Whitfield',
      title: 'Kelso Bridge closed after engineers find cracks in its main span over the river',
      publication: 'Harbourside Chronicle',
    };
    const layout = layoutCard({ ...quoted, attribution }, HALF_EM);
    expect(lineText(layout.author.lines[0]!)).toBe(`— ${attribution.author}`);
    expect(lineText(layout.source.lines[0]!)).toMatch(/ · Harbourside Chronicle · 2020-05-17$/);
    // A credit that fits keeps its publication beside it.
    const short = layoutCard(quoted, HALF_EM);
    expect(lineText(short.author.lines[0]!)).toBe('— A. Writer, The Paper');
    expect(lineText(short.source.lines[0]!)).toBe('A title · 2020-05-17');
  });
});

describe('visualOrder', () => {
  it('given Arabic words then they run right to left', () => {
    const tokens = tokenize('قال الرئيس إن');
    expect(visualOrder(tokens, 'rtl')).toEqual([2, 1, 0]);
  });

  it('given English inside Arabic then the English keeps its own order', () => {
    const tokens = tokenize('قال New York Times اليوم');
    expect(visualOrder(tokens, 'rtl').map((i) => tokens[i]!.text)).toEqual([
      'اليوم',
      'New',
      'York',
      'Times',
      'قال',
    ]);
  });

  it('given a date after English in a right-to-left line then it reads May 17, 2020', () => {
    const tokens = tokenize('السياسة · May 17, 2020');
    const order = visualOrder(tokens, 'rtl').map((i) => tokens[i]!.text);
    expect(order.join(' ')).toBe('May 17, 2020 · السياسة');
  });

  it('given a right-to-left name followed by a comma then the comma stands at its left, after it in reading', () => {
    const card = layoutCard(
      {
        ...request('قال الرئيس'),
        attribution: {
          author: 'سارة الحسيني',
          title: 'السياسة الخارجية',
          publication: 'The National Interest',
          date: '2020-05-17',
        },
      },
      HALF_EM,
    );
    expect(lineText(card.author.lines[0]!)).toBe('The National Interest ,الحسيني سارة —');
  });

  it('given punctuation around a right-to-left word then it moves only where the bidi rules put it', () => {
    const parts = (text: string, paragraph: 'ltr' | 'rtl', index: number) =>
      drawnParts(tokenize(text), index, paragraph)
        .map((part) => part.text)
        .join('|');
    expect(parts('قال الرئيس.', 'rtl', 1)).toBe('.|الرئيس');
    expect(parts('He said مرحبا, then left', 'ltr', 2)).toBe('مرحبا,');
    expect(parts('He said مرحبا, اليوم', 'ltr', 2)).toBe(',|مرحبا');
    expect(parts('قال (الرئيس)', 'rtl', 1)).toBe('(الرئيس)');
    expect(parts('قال «الرئيس».', 'rtl', 1)).toBe('.|«الرئيس»');
  });

  it('given highlighted punctuation that moves then the highlight moves with it', () => {
    const tokens = tokenize('قال الرئيس!', [[4, 11]]);
    expect(drawnParts(tokens, 1, 'rtl')).toEqual([
      { text: '!', highlighted: true },
      { text: 'الرئيس', highlighted: true },
    ]);
  });
});

describe('the date on a card', () => {
  it('given an article of 2026-04-12 then the card writes it as the chat reply and the command line do', () => {
    expect(formatCardDate('2026-04-12')).toBe('2026-04-12');
    const layout = layoutCard(request('Short.'), HALF_EM);
    expect(lineText(layout.source.lines.at(-1)!)).toMatch(/ · 2020-05-17$/);
  });
});

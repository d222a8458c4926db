import { describe, expect, it } from 'vitest';
import { CardTheme, layoutCard, type CardLine, type TextMeasure } from '../../src/index.js';
import { formatCardDate } from '../../src/card/date.js';

const HALF_EM: TextMeasure = (text) => [...text].length * 0.5;
const lineText = (line: CardLine): string =>
  line.items
    .map((item) => (item.gapBefore > 0 ? ' ' : '') + item.parts.map((part) => part.text).join(''))
    .join('');

describe('a card of an article with no publication', () => {
  it('given no publication, then the card names the author, and the title with the date, nothing else', () => {
    const layout = layoutCard(
      {
        text: 'Four score and seven years ago.',
        highlights: [],
        attribution: {
          author: 'Abraham Lincoln',
          title: 'Address at Gettysburg',
          publication: '',
          date: '1863-11-19',
        },
        theme: CardTheme.Light,
      },
      HALF_EM,
    );
    expect(lineText(layout.author.lines[0]!)).toBe('— Abraham Lincoln');
    expect(lineText(layout.source.lines[0]!)).toBe(`Address at Gettysburg · ${formatCardDate('1863-11-19')}`);
  });
});

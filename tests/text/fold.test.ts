import { describe, expect, it } from 'vitest';
import { foldText, PLAIN_TEXT } from '../../src/text/fold.js';

/** The fold without its shortcut for plain text: what `foldText` gave before it had one. */
const fullFold = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘`´ʼ′]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒]/g, '-')
    .toLowerCase();

describe('foldText', () => {
  it('given each character of plain text, then folds it as the full fold does', () => {
    const plain = [...Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)), ...'’‘“”–—£€'];
    for (const char of plain) {
      expect(PLAIN_TEXT.test(char)).toBe(true);
      expect(foldText(char)).toBe(fullFold(char));
    }
  });

  it('given text with accents, ligatures or other marks, then folds it in full', () => {
    for (const text of ['Café “Noël” – ﬁne', 'Ａｂｃ ½ ´', 'naïve‑ish ″quoted″ …', 'ΣΟΦΟΣ'])
      expect(foldText(text)).toBe(fullFold(text));
  });

  it('given plain sentences, then folds them as the full fold does', () => {
    const text = 'Don’t “Quote” `Me` — it’s £45, or €50 – OK? Trump’s NORTH Korea.';
    expect(foldText(text)).toBe(fullFold(text));
  });
});

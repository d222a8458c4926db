import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { extractArticle } from '../../src/import/extract.js';
import { prepareContentFile } from '../../src/import/prepare.js';
import { quotablePassages } from '../../src/search/catalog.js';
import { isVerse, versesOf } from '../../src/text/verse.js';

const STANZA = [
  'The nets come in at half past five',
  'with silver in the hold,',
  'and every hand that made it home',
  'is worth his weight in gold.',
];
// A stanza that breaks where wrapping would: alone it could be prose, in a poem it is verse.
const LONG_STANZA = [
  'When they closed the cannery in nineteen sixty-one,',
  'they gave the foreman a clock and a pension and a pen.',
  'She kept the tally anyway, and when the day was done',
  'she wrote down every boat, and then again.',
];
const WRAPPED = [
  'The council met on Tuesday to discuss the future of the',
  'harbour, which has lost money for six years running, and',
  'agreed to ask the county for a loan of two million pounds.',
];

/** Imports a text as the command does: the content file and the sentences it quotes. */
function imported(text: string, format: 'text' | 'markdown') {
  const extracted = extractArticle({ source: `song.${format === 'text' ? 'txt' : 'md'}`, text, format });
  if (!extracted.ok) throw new Error('not extracted');
  const file = prepareContentFile('song', extracted.value, {
    overrides: { author: 'Ana Silva', publication: 'Millbrook Gazette', date: '2025-01-14' },
  });
  if (!file.ok) throw new Error(`not prepared: ${JSON.stringify(file.problem)}`);
  const { article, markdown } = file.value;
  return {
    markdown,
    article,
    quotable: quotablePassages(article).map((passage) => passage.text),
    warnings: [...extracted.warnings, ...file.warnings],
  };
}

describe('verse', () => {
  it('given a stanza, hard-wrapped prose, a title over two lines and a sentence per line, then only the stanza is verse', () => {
    expect(isVerse(STANZA)).toBe(true);
    expect(isVerse(WRAPPED)).toBe(false);
    expect(isVerse(['Remarks at the Opening of the', 'Harbourside Community Library'])).toBe(false);
    expect(isVerse(['The bus was late.', 'Agnes waited.', 'The boy came at six.'])).toBe(false);
    expect(isVerse(LONG_STANZA)).toBe(false);
    expect(versesOf([STANZA, LONG_STANZA])).toEqual([true, true]);
    expect(versesOf([STANZA, WRAPPED, WRAPPED])).toEqual([true, false, false]);
  });

  it('given a poem in a text file, then its stanzas keep their line breaks as slashes, in the content file and in quotes', () => {
    const text = `The Cannery\n\n${STANZA.join('\n')}\n\n${LONG_STANZA.join('\n')}\n`;
    const { markdown, quotable, warnings } = imported(text, 'text');
    expect(markdown).toContain(
      'The nets come in at half past five / with silver in the hold, / and every hand that made it home / is worth his weight in gold.',
    );
    expect(quotable).toEqual([
      'The nets come in at half past five / with silver in the hold, / and every hand that made it home / is worth his weight in gold.',
      'When they closed the cannery in nineteen sixty-one, / they gave the foreman a clock and a pension and a pen.',
      'She kept the tally anyway, and when the day was done / she wrote down every boat, and then again.',
    ]);
    expect(warnings).toEqual([]);
  });

  it('given a song whose labels stand on the line above their stanzas, then each label is a heading, never quoted', () => {
    const text = `Harbour Song\n\nVerse 1\n${STANZA.join('\n')}\n\nChorus\n${LONG_STANZA.join('\n')}\n`;
    const { article, quotable } = imported(text, 'text');
    expect(article.paragraphs.map((paragraph) => paragraph.text).slice(0, 2)).toEqual([
      'Verse 1',
      STANZA.join(' / '),
    ]);
    const headings = article.sentences.filter((sentence) => sentence.heading).map((sentence) => sentence.text);
    expect(headings).toEqual(['Verse 1', 'Chorus']);
    expect(quotable.some((sentence) => /Verse|Chorus/.test(sentence))).toBe(false);
  });

  it('given a stanza in a content file written by hand, then it reads as the import writes it', () => {
    const front = '---\ntitle: Harbour Song\nauthor: Ana Silva\npublication: Millbrook Gazette\ndate: 2025-01-14\n---\n';
    const article = parseArticle('song.md', `${front}\n## Chorus\n\n${STANZA.join('\n')}\n`);
    expect(article.sentences.map((sentence) => sentence.text)).toEqual(['Chorus', STANZA.join(' / ')]);
    const { quotable } = imported(`${front}\n## Chorus\n\n${STANZA.join('\n')}\n`, 'markdown');
    expect(quotable).toEqual([STANZA.join(' / ')]);
  });
});

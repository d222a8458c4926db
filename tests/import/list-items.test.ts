import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/import/extract.js';
import { prepareContentFile } from '../../src/import/prepare.js';
import { isQuotable } from '../../src/content/article.js';

/** Imports a text as the command does, with the fields it lacks given: the file, the article, the warnings. */
function imported(text: string, format: 'text' | 'markdown') {
  const extracted = extractArticle({ source: `s.${format === 'text' ? 'txt' : 'md'}`, text, format });
  if (!extracted.ok) throw new Error('not extracted');
  const file = prepareContentFile('s.txt', extracted.value, {
    overrides: { author: 'Ana Silva', publication: 'Millbrook Gazette', date: '2025-01-14' },
  });
  if (!file.ok) throw new Error(`not prepared: ${JSON.stringify(file)}`);
  const { article, markdown } = file.value;
  return {
    markdown,
    quotable: article.sentences.filter(isQuotable).map((sentence) => sentence.text),
    warnings: [...extracted.warnings, ...file.warnings].map((warning) => warning.code),
  };
}

const BAKERY = `What the bakery sells

The bakery on the square has three things going for it.

- fresh bread every morning
- a queue that moves quickly
• Coffee from a local roaster

Opening hours

The bakery opens at seven and shuts at four.
`;

describe('a list’s items through the import', () => {
  it('given bulleted lines in a text file, then each is a list item of the content file, quoted however short', () => {
    const { markdown, quotable, warnings } = imported(BAKERY, 'text');
    expect(markdown).toContain(
      '- fresh bread every morning\n\n- a queue that moves quickly\n\n- Coffee from a local roaster\n\nOpening hours',
    );
    expect(quotable).toEqual([
      'The bakery on the square has three things going for it.',
      'fresh bread every morning',
      'a queue that moves quickly',
      'Coffee from a local roaster',
      'The bakery opens at seven and shuts at four.',
    ]);
    // No "Markdown markers" warning: the marks are the content file's own.
    expect(warnings).toEqual([]);
  });

  it('given a Markdown list item alone between paragraphs, then the content file keeps its mark and quotes it', () => {
    const text =
      '# What the bakery sells\n\nThe bakery opens at seven.\n\n- Sourdough loaves sell out by noon\n\nIt shuts at four.\n';
    const { markdown, quotable, warnings } = imported(text, 'markdown');
    expect(markdown).toContain('\n- Sourdough loaves sell out by noon\n');
    expect(quotable).toContain('Sourdough loaves sell out by noon');
    expect(warnings).toEqual([]);
  });
});

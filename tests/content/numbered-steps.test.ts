import { describe, expect, it } from 'vitest';
import { Library, parseArticle } from '../../src/index.js';
import { extractArticle } from '../../src/import/extract.js';
import { prepareContentFile } from '../../src/import/prepare.js';
import { quotablePassages } from '../../src/search/catalog.js';
import { tokenize } from '../../src/text/tokenize.js';

const FRONT = `---
title: How to Change a Washer
author: Ana Silva
publication: Millbrook Gazette
date: 2025-01-14
---
`;

const GUIDE = `## Replacing the washer

1. Put the plug in the sink.
2. Undo the screw under the cap. Lift off the handle.
3. Loosen the nut with the spanner.

The drip should stop at once; 4 in 5 taps need nothing more.
`;

/** Imports a text as the command does: the content file and its article. */
function imported(text: string, format: 'text' | 'markdown') {
  const extracted = extractArticle({ source: `guide.${format === 'text' ? 'txt' : 'md'}`, text, format });
  if (!extracted.ok) throw new Error('not extracted');
  const file = prepareContentFile('guide', extracted.value, {
    overrides: { author: 'Ana Silva', publication: 'Millbrook Gazette', date: '2025-01-14' },
  });
  if (!file.ok) throw new Error(`not prepared: ${JSON.stringify(file.problem)}`);
  return { ...file.value, warnings: [...extracted.warnings, ...file.warnings] };
}

describe('an ordered list’s numbers', () => {
  it('given numbered steps in a content file, then each step is quoted with its number, and only its first sentence has it', () => {
    const article = parseArticle('guide.md', `${FRONT}\n${GUIDE}`);
    expect(quotablePassages(article).map((passage) => passage.text)).toEqual([
      '1. Put the plug in the sink.',
      '2. Undo the screw under the cap.',
      'Lift off the handle.',
      '3. Loosen the nut with the spanner.',
      'The drip should stop at once; 4 in 5 taps need nothing more.',
    ]);
    const step = article.sentences.find((sentence) => sentence.text.startsWith('3.'))!;
    expect(article.body.slice(step.start, step.end)).toBe(step.text);
  });

  it('given a Markdown guide, then the import keeps the steps’ numbers in the content file, not "- " bullets', () => {
    const { markdown, article, warnings } = imported(`# How to Change a Washer\n\n${GUIDE}`, 'markdown');
    expect(markdown).toContain('1. Put the plug in the sink.\n\n2. Undo the screw under the cap. Lift off the handle.\n\n3. Loosen');
    expect(article.sentences.map((sentence) => sentence.text)).toContain('3. Loosen the nut with the spanner.');
    expect(warnings).toEqual([]);
  });

  it('given numbered lines in a plain text, then each is a step of its own with its number, and a wrapped line that opens with a figure is not', () => {
    const text = [
      'How to Change a Washer',
      '',
      'You need a spanner. The cost went up by',
      '12. That is all.',
      '',
      '1. Put the plug in the sink.',
      '2. Undo the screw under the cap.',
      '3. Loosen the nut with the spanner.',
      '',
      'The drip should stop at once.',
    ].join('\n');
    const { article, warnings } = imported(text, 'text');
    expect(article.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'You need a spanner. The cost went up by 12. That is all.',
      '1. Put the plug in the sink.',
      '2. Undo the screw under the cap.',
      '3. Loosen the nut with the spanner.',
      'The drip should stop at once.',
    ]);
    expect(warnings).toEqual([]);
  });

  it('given numbered fragments of one sentence after its lead-in, then they read as that sentence, without the numbers', () => {
    const body = 'Three stand out:\n\n1. the loss of meadows,\n2. the use of pesticides,\n3. and a warming climate.\n';
    const article = parseArticle('guide.md', `${FRONT}\n${body}`);
    expect(article.sentences.map((sentence) => sentence.text)).toEqual([
      'Three stand out: the loss of meadows, the use of pesticides, and a warming climate.',
    ]);
  });

  it('given a step’s number, then it is no word of the step: a query for the figure finds the sentence that says it', () => {
    expect(tokenize('4. Loosen the nut').map((token) => token.term)).toEqual(['loosen', 'the', 'nut']);
    expect(tokenize('It rose by 4. Then it fell').map((token) => token.term)).toContain('4');
    const library = Library.create([parseArticle('guide.md', `${FRONT}\n${GUIDE}`)]);
    const hits = library.search({ query: '3', limit: 5 }).hits.map((hit) => hit.passage.text);
    expect(hits).toEqual([]);
    expect(library.search({ query: '4', limit: 5 }).hits[0]?.passage.text).toBe(
      'The drip should stop at once; 4 in 5 taps need nothing more.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { prepareContentFile } from '../../src/index.js';

const draft = (paragraphs: string[]) => ({
  title: 'T',
  author: 'A B',
  publication: 'P',
  date: '2020-01-01',
  tags: [],
  paragraphs,
});

describe('an import whose text a person should look at', () => {
  it('given a long body in one paragraph, as a speech pasted without line breaks, then it warns how many sentences', () => {
    const built = prepareContentFile(
      'x.md',
      draft([Array.from({ length: 60 }, (_, i) => `Sentence ${i} ends here.`).join(' ')]),
    );
    expect(built.ok && built.warnings).toEqual([{ code: 'one-paragraph', detail: '60' }]);
  });

  it('given a sentence of thousands of characters, a text with no sentence breaks, then it warns which one', () => {
    const built = prepareContentFile(
      'x.md',
      draft(['A short one.', `${'the farm and the war went on, '.repeat(100)}end.`]),
    );
    expect(built.ok && built.warnings).toEqual([{ code: 'long-sentence', subject: '2', detail: '3004' }]);
  });

  it('given paragraphs of a few sentences each, then it warns of nothing', () => {
    const built = prepareContentFile('x.md', draft(['One. Two.', 'Three. Four.']));
    expect(built.ok && built.warnings).toEqual([]);
  });
});

describe('a date the user gives the import', () => {
  it('given --date written YYYY-MM-DD of a day no calendar has then it is "not a real date", as check says', () => {
    for (const typed of ['2024-02-30', '31 April 2024']) {
      const built = prepareContentFile('x.md', draft(['One.']), { overrides: { date: typed } });
      expect(!built.ok && built.problem.detail).toBe(`date: "${typed}" is not a real date`);
    }
  });

  it('given --date in no form the import reads then it says how to write it', () => {
    const built = prepareContentFile('x.md', draft(['One.']), { overrides: { date: 'soon' } });
    expect(!built.ok && built.problem.detail).toMatch(
      /^date: "soon" is not a date I can read: write it YYYY-MM-DD/,
    );
  });
});

describe('an import of a transcript with notes of what the audience did', () => {
  it('given "(Applause.)" and "(Laughter.)" in its paragraphs, then it says once that they are left out, not that they are Markdown', () => {
    const built = prepareContentFile(
      'x.md',
      draft([
        'Six years ago this was a warehouse. Today it is a library. (Applause.)',
        'I have been breaking that rule ever since. (Laughter.)',
        'Thank you. (Applause.)',
      ]),
    );
    expect(built.ok && built.warnings).toEqual([
      { code: 'transcript-notes', subject: '3', detail: '(Applause.), (Laughter.)' },
    ]);
  });

  it('given a note alone as a paragraph, then it is counted and the paragraphs after it are not said to change', () => {
    const built = prepareContentFile('x.md', draft(['One.', '[Applause]', 'Two.']));
    expect(built.ok && built.warnings).toEqual([
      { code: 'transcript-notes', subject: '1', detail: '[Applause]' },
    ]);
  });

  it('given a paragraph with a note and Markdown markers, then it warns that the paragraph reads differently, as before', () => {
    const built = prepareContentFile('x.md', draft(['It is **bold**. (Applause.)']));
    expect(built.ok && built.warnings.map((warning) => warning.code)).toEqual(['paragraph-changed']);
  });
});

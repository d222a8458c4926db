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

import { describe, expect, it } from 'vitest';
import { extractMarkdown, prepareContentFile } from '../../src/index.js';
import { describeImportWarning } from '../../adapters/cli/import-wording.js';

const draft = (paragraphs: string[]) => ({
  title: 'T',
  author: 'A B',
  publication: 'P',
  date: '2020-01-01',
  tags: [],
  paragraphs,
});

describe('an import of a checklist', () => {
  it('given checked and unchecked items, then it says how many checklist marks are left out, not transcript notes', () => {
    const built = prepareContentFile(
      'x.md',
      draft([
        'The review found three gaps in the rollout plan.',
        '- [x] Turn on request coalescing by default for every region.',
        '- [ ] Add a rate limit of 500 requests to the warm-up job.',
        '[ ] Move upgrades out of peak hours in the change calendar.',
      ]),
    );
    expect(built.ok && built.warnings).toEqual([{ code: 'checklist-marks', subject: '3' }]);
    const words = built.ok ? describeImportWarning(built.warnings[0]!) : '';
    expect(words).toContain('3 checklist marks');
    expect(words).not.toContain('transcript');
  });

  it('given a Markdown task list, then no sentence of the imported file keeps its box', () => {
    const extracted = extractMarkdown(
      'x.md',
      '---\ntitle: T\nauthor: A B\npublication: P\ndate: 2020-01-01\n---\n\nWe agreed on two fixes.\n\n- [ ] Add a rate limit to the warm-up job.\n- [x] Turn on request coalescing by default.\n',
    );
    expect(extracted.ok).toBe(true);
    if (!extracted.ok) return;
    const built = prepareContentFile('x.md', extracted.value);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.value.article.sentences.map((sentence) => sentence.text)).toEqual([
      'We agreed on two fixes.',
      'Add a rate limit to the warm-up job.',
      'Turn on request coalescing by default.',
    ]);
  });
});

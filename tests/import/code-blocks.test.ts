import { describe, expect, it } from 'vitest';
import { extractMarkdown } from '../../src/index.js';
import { describeImportWarning } from '../../adapters/cli/import-wording.js';

const SOURCE = [
  '---\ntitle: T\nauthor: A B\npublication: P\ndate: 2020-01-01\n---\n',
  'We cap the pool at twenty connections per worker.\n',
  '```ini\npool_size = 20\n```\n',
  'The client fails like this when the server closes first:\n',
  '~~~\nError: connection closed\n  at Pool.acquire (pool.js:10:5)\n~~~\n',
].join('\n');

describe('an import of a Markdown file with code blocks', () => {
  it('given two fenced code blocks, then it says that 2 code blocks are kept for search only, each a paragraph as written', () => {
    const extracted = extractMarkdown('x.md', SOURCE);
    expect(extracted.ok).toBe(true);
    if (!extracted.ok) return;
    const warning = extracted.warnings.find((each) => each.code === 'code-blocks');
    expect(warning).toEqual({ code: 'code-blocks', subject: '2' });
    expect(describeImportWarning(warning!)).toMatch(/^2 code blocks are kept for search only/);
    expect(extracted.value.paragraphs).toContain('```ini\npool_size = 20\n```');
    expect(extracted.value.paragraphs).toContain(
      '```\nError: connection closed\n  at Pool.acquire (pool.js:10:5)\n```',
    );
  });

  it('given no code block, then it says nothing of code', () => {
    const extracted = extractMarkdown('x.md', SOURCE.replace(/```[\s\S]*?```\n|~~~[\s\S]*?~~~\n/g, ''));
    expect(extracted.ok && extracted.warnings.some((each) => each.code === 'code-blocks')).toBe(false);
  });
});

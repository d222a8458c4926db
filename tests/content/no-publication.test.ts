import { describe, expect, it } from 'vitest';
import { attributionOf, byline, parseArticle } from '../../src/index.js';

const SPEECH = `---
title: Address at Gettysburg
author: Abraham Lincoln
date: 1863-11-19
---

Four score and seven years ago our fathers brought forth on this continent a new nation.
`;

describe('an article with no publication (a speech, a letter)', () => {
  it('given front matter without publication:, then the file is valid and its credit is the author alone', () => {
    const article = parseArticle('gettysburg.md', SPEECH);
    expect(article.meta.publication).toBe('');
    expect(byline(attributionOf(article))).toBe('Abraham Lincoln');
  });

  it('given front matter with a publication, then the credit still names it', () => {
    const article = parseArticle('gettysburg.md', SPEECH.replace('date:', 'publication: The Star\ndate:'));
    expect(byline(attributionOf(article))).toBe('Abraham Lincoln, The Star');
  });

  it('given a blank publication:, then it is still a problem, as any blank field is', () =>
    expect(() => parseArticle('gettysburg.md', SPEECH.replace('date:', 'publication: ""\ndate:'))).toThrow(
      /publication: must not be empty/,
    ));
});

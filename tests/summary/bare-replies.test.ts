import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/content/parse-article.js';
import { summarize } from '../../src/summary/summarize.js';

const SEMINAR = 'seminar-transcript-too-hot-to-swim-heat-stress-from-molecules-to-streams.md';
const seminar = parseArticle(
  SEMINAR,
  readFileSync(new URL(`../fixtures/lab23/${SEMINAR}`, import.meta.url), 'utf8'),
);

describe('a reply turn that opens with a bare yes or no', () => {
  it('given "Honestly, no." answering an audience question in a seminar, then no summary bullet opens with it', () => {
    for (const length of ['short', 'medium', 'long'] as const) {
      const summary = summarize(seminar, { length });
      if (!summary.found) throw new Error('no summary');
      expect(
        summary.sentences.map((sentence) => sentence.text).filter((text) => text.startsWith('Honestly, no.')),
      ).toEqual([]);
    }
  });
});

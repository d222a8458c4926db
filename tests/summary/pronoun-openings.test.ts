import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/index.js';
import { loadBbcArticles } from '../helpers/bbc.js';

// A sentence that opens on a personal or possessive pronoun ("His aim was…", "They're making…") names
// someone only in the sentence before.
const PRONOUN_OPENING = /^["“]?(?:he|she|it|they|his|her|its|their)(?:['’](?:s|re|ve|ll|d))?\b/i;
const articles = loadBbcArticles();

describe('summaries of the 40 BBC development articles', () => {
  it.each(['short', 'medium', 'long'] as const)(
    'given length %s then a sentence opening on a pronoun comes only after the sentence it points back to',
    (length) => {
      const orphans: string[] = [];
      for (const article of articles) {
        const ids = new Set(summarize(article, { length }).sentences.map((sentence) => sentence.id));
        for (const passage of article.sentences) {
          const before = article.sentences[passage.index - 1];
          if (ids.has(passage.id) && before && !ids.has(before.id) && PRONOUN_OPENING.test(passage.text)) {
            orphans.push(`${article.slug}: ${passage.text.slice(0, 60)}`);
          }
        }
      }
      expect(orphans).toEqual([]);
    },
  );
});

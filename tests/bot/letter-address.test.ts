import { describe, expect, it } from 'vitest';
import { Bot, Library, parseArticle, type BotReply } from '../../src/index.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

// A resignation letter as a teacher pasted it: the line above its salutation says whom it is to.
const letter = parseArticle(
  'letter-of-resignation.md',
  `---
title: Letter of Resignation from the U.S. Army
author: Robert E. Lee
publication: Letter
date: 1861-04-20
---

Hon. Simon Cameron, Secretary of War

Sir:

I have the honor to tender the resignation of my commission as colonel of the First Regiment of Cavalry.

Very respectfully, your obedient servant,

R. E. Lee Colonel First Cavalry
`,
);
const library = Library.create([letter], { lexicon: wordnetLexicon() });
const bot = new Bot(library);
const quoted = (reply: BotReply): string =>
  reply.kind === 'quote' ? reply.hit.passage.text : `(${reply.kind})`;
const ADDRESS = 'Hon. Simon Cameron, Secretary of War';

describe("a letter's address line", () => {
  it('given a search of its words, then it is found', () => {
    expect(quoted(bot.handle({ kind: 'quote', query: 'secretary of war' }))).toBe(ADDRESS);
  });

  it("given the author's name alone, then the quote is the letter's first sentence after it", () => {
    expect(quoted(bot.handle({ kind: 'quote', query: 'lee' }))).toMatch(/^I have the honor/);
    expect(quoted(bot.handle({ kind: 'quote', query: '', author: 'lee' }))).toMatch(/^I have the honor/);
  });

  it('given a random quote, a daily post or a summary, then none of them is the address', () => {
    expect(quoted(bot.handle({ kind: 'quote', query: '' }))).not.toBe(ADDRESS);
    expect(library.offered(letter).map((passage) => passage.text)).not.toContain(ADDRESS);
    const summary = bot.handle(bot.read('summarize the letter'));
    expect(summary.kind).toBe('summary');
    if (summary.kind === 'summary')
      expect(summary.summary.sentences.map((each) => each.text)).not.toContain(ADDRESS);
  });
});

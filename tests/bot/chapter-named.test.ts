import { describe, expect, it } from 'vitest';
import { Bot, Library } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

// A reading group's folder: chapters of two novels, numbered three ways, and a member's review.
const middlemarch = smallArticle('middlemarch-chapter-ii', 'Middlemarch, Chapter II', [
  'Dorothea listened to the talk at dinner with a grave face.',
  'Mr. Casaubon spoke of his great work on the old myths.',
]);
const eyreTwo = smallArticle('jane-eyre-chapter-2', 'Jane Eyre, Chapter 2: The Red Room', [
  'The girl was carried to the red room and locked in.',
  'The room was cold and silent, and she was afraid.',
]);
const eyreThree = smallArticle('jane-eyre-chapter-three', 'Jane Eyre, Chapter Three', [
  'She woke in her own bed with the apothecary beside her.',
  'A kind servant brought her a tart on a painted plate.',
]);
const review = smallArticle('our-review', 'What we thought of the red room', [
  'Most of us found the second chapter the most frightening of the term.',
  'Middlemarch was slower, but rewarded patience.',
]);
const bot = new Bot(Library.create([middlemarch, eyreTwo, eyreThree, review], { lexicon: wordnetLexicon() }));
const summaryOf = (line: string): string | undefined => {
  const reply = bot.handle(bot.read(line));
  return reply.kind === 'summary' && reply.summary.found ? reply.summary.article.slug : undefined;
};

describe('a chapter named by its number, and a work named by its title', () => {
  it('given "Chapter II" and "Chapter 2" of two novels, then "summarize chapter 2" asks which', () => {
    const reply = bot.handle(bot.read('summarize chapter 2'));
    expect(reply).toMatchObject({ kind: 'unknown-article', several: true, textKind: 'chapter' });
    if (reply.kind !== 'unknown-article') return;
    expect([...reply.suggestions].sort()).toEqual(['jane-eyre-chapter-2', 'middlemarch-chapter-ii']);
  });

  it('given the novel named too, then "chapter two of jane eyre" is that chapter', () => {
    expect(summaryOf('summarize chapter two of jane eyre')).toBe('jane-eyre-chapter-2');
  });

  it('given one "Chapter Three", then "summarize chapter 3" and "summarize chapter iii" are it', () => {
    expect(summaryOf('summarize chapter 3')).toBe('jane-eyre-chapter-three');
    expect(summaryOf('summarize chapter iii')).toBe('jane-eyre-chapter-three');
  });

  it('given two chapters titled "Jane Eyre, …", then "summarize jane eyre" asks which', () => {
    const reply = bot.handle(bot.read('summarize jane eyre'));
    expect(reply).toMatchObject({ kind: 'unknown-article', several: true });
    if (reply.kind !== 'unknown-article') return;
    expect([...reply.suggestions].sort()).toEqual(['jane-eyre-chapter-2', 'jane-eyre-chapter-three']);
  });

  it('given two headlines "Brexit: …", then "summarize brexit" is the topic, not a work of two parts', () => {
    const news = new Bot(
      Library.create(
        [
          smallArticle('brexit-talks-stall', 'Brexit: talks stall over fishing', [
            'Brexit talks stalled on Monday over fishing rights.',
            'Both sides said the gap was wide.',
          ]),
          smallArticle('brexit-pm-vote', 'Brexit: PM promises a vote', [
            'The prime minister promised MPs a vote on any Brexit deal.',
            'Critics said the promise came too late.',
          ]),
        ],
        { lexicon: wordnetLexicon() },
      ),
    );
    expect(news.handle(news.read('summarize brexit')).kind).toBe('library-summary');
  });
});

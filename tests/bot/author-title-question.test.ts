import { describe, expect, it } from 'vitest';
import { Bot, Library, type BotReply } from '../../src/index.js';
import { en } from '../../adapters/shared/wording.js';
import { gettysburgAddress } from '../helpers/class-texts.js';
import { smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

// A speech whose text never says the place in its title, beside other texts of its author and of another.
const library = Library.create(
  [
    gettysburgAddress(),
    smallArticle(
      'letter-to-horace-greeley',
      'Letter to Horace Greeley',
      ['My paramount object in this struggle is to save the Union.'],
      'Abraham Lincoln',
      '1862-08-22',
    ),
    smallArticle(
      'state-of-the-union-address-1861',
      'State of the Union Address 1861',
      ['The Union must be preserved, and hence all indispensable means must be employed.'],
      'Abraham Lincoln',
      '1861-12-03',
    ),
    smallArticle(
      'gettysburg-battlefield-guide',
      'A guide to the Gettysburg battlefield',
      ['The battlefield at Gettysburg covers six thousand acres.'],
      'Tess Ward',
    ),
  ],
  { lexicon: wordnetLexicon() },
);
const bot = new Bot(library);
const quoted = (message: string): string => {
  const reply: BotReply = bot.handle(bot.read(message));
  return reply.kind === 'quote' ? reply.hit.passage.text : `(${reply.kind})`;
};

describe('a question naming an author and a word of one of their titles', () => {
  it('given "what did lincoln say at gettysburg?" then the Gettysburg Address is quoted, its opening', () => {
    expect(quoted('what did lincoln say at gettysburg?')).toMatch(/^Four score and seven years ago/);
    expect(quoted('what did lincoln say in the gettysburg address?')).toMatch(
      /^Four score and seven years ago/,
    );
  });

  it('given "what did lincoln say at gettysburg?" then its opening is called the opening, not a random quote; "Next" is one', () => {
    const reply = bot.handle(bot.read('what did lincoln say at gettysburg?'));
    expect(reply).toMatchObject({ kind: 'quote', opening: true });
    if (reply.kind !== 'quote') return;
    expect(en.randomPick(reply)).toBe('the opening of this article');
    expect(reply.followUps.context ?? reply.followUps.share).toMatchObject({ opening: true });
    expect(reply.followUps.next).not.toHaveProperty('opening');
  });

  it('given more words after the title then its best passage for them', () => {
    expect(quoted('what did lincoln say in the gettysburg address about the dead?')).toMatch(
      /^The brave men, living and dead/,
    );
  });

  it('given a title word the author\'s texts say ("union"), then it stays a word to look for in all of theirs', () => {
    const reply = bot.handle({ kind: 'quote', query: 'save the union', author: 'lincoln' });
    expect(reply).toMatchObject({ kind: 'quote', hit: { article: { slug: 'letter-to-horace-greeley' } } });
  });
});

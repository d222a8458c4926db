import { describe, expect, it } from 'vitest';
import { Bot, Library } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

const speech = smallArticle('address', 'The annual address', [
  'Our aim is to place one of our citizens on the moon before this decade is out.',
  'Every man and woman who works deserves a fair wage.',
  'No man is above the law, and no man is below it.',
  'Here tonight is Debra Bissell, who lost her parents.',
]);
const bot = new Bot(Library.create([speech], { lexicon: wordnetLexicon() }));
const quote = (query: string) => bot.handle({ kind: 'quote', query });

describe('given words no passage has all of, some of which it has', () => {
  it('given "man on the moon", then no passage matches, and its rarest word the library has is offered alone ("moon")', () => {
    expect(quote('man on the moon')).toEqual({
      kind: 'no-match',
      query: 'man on the moon',
      suggestions: [],
      alone: 'moon',
    });
  });

  it('given a question about them in chat, then the same reply and hint', () => {
    expect(bot.handle(bot.read('is there a man on the moon?'))).toMatchObject({
      kind: 'no-match',
      alone: 'moon',
    });
  });

  it('given a word the search would take for another ("zebra" for "Debra"), then it is not offered', () => {
    const reply = quote('zebra landing');
    expect(reply.kind).toBe('no-match');
    expect(reply).not.toHaveProperty('alone');
  });

  it('given one word the library lacks, then nothing is offered alone', () => {
    expect(quote('glaciers')).not.toHaveProperty('alone');
  });

  it('given a did-you-mean ("fair wage" of "fair wage in antarctica"), then it is the only hint', () => {
    expect(quote('fair wage in antarctica')).toEqual({
      kind: 'no-match',
      query: 'fair wage in antarctica',
      suggestions: ['fair wage'],
    });
  });
});

import { describe, expect, it } from 'vitest';
import { Bot, converse, Library, type BotReply, type ConversationKey } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

/** A mayor's speech, by "Mayor Daniel Okafor", beside a local story by a reporter. */
const library = Library.create(
  [
    smallArticle(
      'state-of-the-city',
      'State of the City Address 2024',
      [
        'Good evening, and thank you all for coming.',
        'That is not a housing market, that is a housing emergency.',
        'So tonight I am announcing a plan to build five thousand affordable homes by 2030.',
        'Our buses are the third task.',
        'We will raise the levee by four feet and plant ten thousand trees along the riverbank.',
        // The greeting is no random quote: this is the second that reads alone.
        'The new library on Dock Street will open its doors in the spring.',
      ],
      'Mayor Daniel Okafor',
    ),
    smallArticle(
      'millbrook-bridge',
      'Council votes to close Millbrook bridge',
      [
        'The mayor of Millbrook was not at the meeting about housing.',
        'A free shuttle bus will run between the two halves of the town.',
      ],
      'Ana Silva',
    ),
  ],
  { lexicon: wordnetLexicon() },
);

const key: ConversationKey = { platform: 'console', channelId: 'C1', userId: 'U1' };

/** Whose article a reply quotes, how, and what. */
function answered(reply: BotReply): string {
  if (reply.kind !== 'quote') return reply.kind;
  return `${reply.random ? 'random quote' : 'quote'} of ${reply.hit.article.author}: ${reply.hit.passage.text}`;
}

describe('an author named by the title their name opens with ("the mayor" of Mayor Daniel Okafor)', () => {
  it('given "the mayor" or "mayor", then the library calls the author by it', () => {
    expect(library.authorCalled('the mayor')).toBe('Mayor Daniel Okafor');
    expect(library.authorCalled('mayor')).toBe('Mayor Daniel Okafor');
  });

  it.each([
    ['what did the mayor say about housing?', 'quote of Mayor Daniel Okafor: That is not a housing market'],
    ['what does the mayor say about buses', 'quote of Mayor Daniel Okafor: Our buses are the third task.'],
    ['quote the mayor on buses', 'quote of Mayor Daniel Okafor: Our buses are the third task.'],
    ['what did okafor say about buses?', 'quote of Mayor Daniel Okafor: Our buses are the third task.'],
    ['a quote from the mayor', 'random quote of Mayor Daniel Okafor'],
    ['a quote from okafor', 'random quote of Mayor Daniel Okafor'],
  ])('given %j then it is a %j', (text, expected) => {
    const bot = new Bot(library);
    expect(answered(converse(bot, text, key, 0))).toContain(expected);
  });

  it('given "a quote from the mayor" asked again with other random numbers, then it is another of the mayor\'s quotes', () => {
    const texts = [0.1, 0.5, 0.9].map((random) => {
      const reply = converse(new Bot(library, undefined, () => random), 'a quote from the mayor', key, 0);
      return reply.kind === 'quote' ? reply.hit.passage.text : reply.kind;
    });
    expect(new Set(texts).size).toBeGreaterThan(1);
  });
});

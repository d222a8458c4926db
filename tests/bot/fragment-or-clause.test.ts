import { describe, expect, it } from 'vitest';
import { Bot, converse, Library, type ConversationKey } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';

const key: ConversationKey = { platform: 'console', channelId: 'C1', userId: 'U1' };

describe('a one-word quote among sentences that all have the word', () => {
  const bot = new Bot(
    Library.create([
      smallArticle('bakery', 'At the bakery', [
        'We talked about bread for an hour, and the ovens were still warm when we left the building.',
        'Not sourdough!',
        'A sourdough loaf teaches you to wait.',
        'The sourdough phase!',
      ]),
    ]),
  );

  it('given an exclamation of two words and a clause that says something, then the clause first', () => {
    const reply = converse(bot, '/quote sourdough', key, 0);
    if (reply.kind !== 'quote') throw new Error(reply.kind);
    expect(reply.hit.passage.text).toBe('A sourdough loaf teaches you to wait.');
  });

  it('given "next", then the fragments still follow as matches', () => {
    const next = converse(bot, 'next', key, 1);
    if (next.kind !== 'quote') throw new Error(next.kind);
    expect(next.matches).toBe(3);
  });
});

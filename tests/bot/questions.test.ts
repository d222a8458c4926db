import { describe, expect, it } from 'vitest';
import { Bot, parseIntent } from '../../src/index.js';
import { seedLibrary } from '../helpers/content.js';

const bot = new Bot(seedLibrary());
const ask = (message: string) => bot.handle(parseIntent(message));

describe('questions put to the bot in a mention', () => {
  it.each([
    ['@quotebot what did trump say about the election?', /election/i],
    ['<@123> why did north korea stop testing missiles?', /missile/i],
    ['what did kim jong-un say about the us?', /Kim Jong-un/],
  ])('given %j, a question the article answers, then its passage answers it', (message, pattern) => {
    const reply = ask(message);
    expect(reply.kind).toBe('quote');
    if (reply.kind === 'quote') expect(reply.hit.passage.text).toMatch(pattern);
  });

  it.each([
    'what time is it?',
    'who wrote this?',
    'what is the weather like?',
    'when did the hanoi summit fail?',
  ])('given %j, a question about something else, then help names what was not understood', (message) => {
    expect(ask(message)).toMatchObject({ kind: 'help', unknown: message });
  });

  it('given words that are no question, then help answers them even when they match a sentence', () => {
    expect(ask('tell me about the election and the sanctions at length')).toMatchObject({ kind: 'help' });
  });
});

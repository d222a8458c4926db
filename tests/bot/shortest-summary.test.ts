import { describe, expect, it } from 'vitest';
import { answerLine, type ChatState } from '../../adapters/console/console-chat.js';
import { Bot, Library } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

const bot = new Bot(
  Library.create(
    [
      smallArticle('harbour', 'Harbour lights stay on', [
        'The council kept the harbour lights burning through the winter.',
        'Fishing boats came home safely every night.',
        'The lighthouse keeper retired in spring after forty years.',
      ]),
      smallArticle('ferry', 'Ferry timetable changes', [
        'The early ferry now leaves at six.',
        'Workers no longer miss the first train.',
      ]),
    ],
    { lexicon: wordnetLexicon() },
  ),
);
const say = async (state: ChatState, line: string): Promise<string> =>
  (await answerLine(bot, line, state, { color: false })) ?? '';

describe('"shorter" after a summary of one sentence', () => {
  it('given a topic summary of one sentence, then "shorter" says it was the shortest, not the sentence again', async () => {
    const state: ChatState = { followUps: undefined };
    const summary = await say(state, 'summarize what the articles say about the lighthouse keeper');
    expect(summary).toContain('The lighthouse keeper retired');
    expect(await say(state, 'shorter')).toBe('That was already the shortest summary.');
  });

  it('given a summary of several sentences, then "shorter" still shortens it', async () => {
    const state: ChatState = { followUps: undefined };
    await say(state, 'summarize the harbour article in 3 sentences');
    expect(await say(state, 'shorter')).toContain('The council kept the harbour lights');
  });
});

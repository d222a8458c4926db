import { describe, expect, it } from 'vitest';
import { Bot, converse, Library, type ConversationKey } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

// A new user's twinning story and match report (pass 17 #2): a person named doing something, or reported,
// then quoted in the next sentence.
const bot = new Bot(
  Library.create(
    [
      smallArticle(
        'twinning',
        'Twenty years of friendship',
        [
          'Harbury and Bad Kirchheim celebrated twenty years of twinning at the weekend.',
          'Mayor Susan Clarke welcomed the guests in the town hall. "Our towns are small, but our friendship has outlasted three governments," she said.',
        ],
        'Ana Silva',
      ),
      smallArticle(
        'derby',
        'Harbury Town 3-2 Millbrook Rovers',
        [
          'Harbury Town came from behind to beat Millbrook Rovers 3-2 in the derby on Saturday.',
          'Rovers manager Graham Tully said his team had stopped playing after the break. "We had the game won and we gave it away," he said.',
        ],
        'Sam Ortiz',
      ),
    ],
    { lexicon: wordnetLexicon() },
  ),
);
const key: ConversationKey = { platform: 'console', channelId: 'C1', userId: 'U1' };

function answer(text: string, at: number): string | undefined {
  const reply = converse(bot, text, key, at);
  return reply.kind === 'quote' ? reply.hit.passage.text : reply.kind;
}

describe('"what did X say?" of a person the texts quote', () => {
  it('given the mayor named in one sentence and quoted in the next, then "what did the mayor say about friendship?" gets her words', () => {
    expect(answer('what did the mayor say about friendship?', 0)).toBe(
      '"Our towns are small, but our friendship has outlasted three governments," she said.',
    );
    const reply = converse(bot, 'what did the mayor say about friendship?', key, 1);
    if (reply.kind !== 'quote') throw new Error(reply.kind);
    const [start, end] = reply.hit.highlights[0]!;
    expect(reply.hit.passage.text.slice(start, end)).toBe('friendship');
  });

  it('given a manager reported first and quoted after, then "what did tully say?" gets his quoted words', () =>
    expect(answer('what did tully say?', 10)).toBe('"We had the game won and we gave it away," he said.'));

  it("given a question that asks of no one's words, then the search's own first answer", () =>
    expect(answer('what did the guests see in the town hall?', 20)).toBe(
      'Mayor Susan Clarke welcomed the guests in the town hall.',
    ));
});

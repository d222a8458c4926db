import { describe, expect, it } from 'vitest';
import { answerLine, type ChatState } from '../../adapters/console/console-chat.js';
import { Bot, Library } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

// Two letters and a speech in a club's archive; a report says "letter" and "speech" in passing.
const harbourLetter = smallArticle(
  'letter-to-the-council',
  'Letter to the Harbour Council',
  ['We ask the council to keep the harbour lights burning through the winter.', 'The boats need them.'],
  'Ada Marsh',
  '2023-02-01',
);
const ferryLetter = smallArticle(
  'letter-on-the-ferry',
  'Letter on the ferry timetable',
  ['The early ferry should leave at six, not seven.', 'Workers miss the first train.'],
  'Omar Reyes',
  '2023-05-01',
);
const speech = smallArticle(
  'opening-speech',
  'Speech at the opening of the new pier',
  ['The new pier will carry boats for fifty years.', 'We thank the builders for their care.'],
  'Nina Holt',
  '2024-06-01',
);
const report = smallArticle('pier-report', 'Pier opens to crowds', [
  'A letter from the mayor was read out before the speech.',
  'Crowds filled the pier all afternoon.',
]);
const bot = new Bot(
  Library.create([harbourLetter, ferryLetter, speech, report], { lexicon: wordnetLexicon() }),
);
const say = (state: ChatState, line: string) => answerLine(bot, line, state, { color: false });

describe('"summarize the letter" when several articles are letters', () => {
  it('given two letters, then the reply says 2 articles are letters and asks which, not what the texts say of "letter"', async () => {
    const reply = bot.handle(bot.read('summarize the letter'));
    expect(reply).toMatchObject({ kind: 'unknown-article', several: true, textKind: 'letter' });
    if (reply.kind !== 'unknown-article') return;
    expect([...reply.suggestions].sort()).toEqual(['letter-on-the-ferry', 'letter-to-the-council']);
    const answer = (await say({ followUps: undefined }, 'summarize the letter')) ?? '';
    expect(answer).toMatch(/^2 articles are letters: 1\. /);
    expect(answer).toContain('“Letter to the Harbour Council”, 2023-02-01');
    expect(answer).toContain('Which one did you mean? Say its number.');
  });

  it('given the list, then its number picks the letter to summarise', async () => {
    const state: ChatState = { followUps: undefined };
    const list = (await say(state, 'summarize the letter')) ?? '';
    const second =
      list.indexOf('2023-02-01') > list.indexOf('2023-05-01') ? 'Harbour Council' : 'ferry timetable';
    expect(await say(state, '2')).toContain(second);
  });

  it('given one speech, then "summarize the speech" summarises it', () => {
    const reply = bot.handle(bot.read('summarize the speech'));
    expect(reply.kind).toBe('summary');
    if (reply.kind === 'summary' && reply.summary.found)
      expect(reply.summary.article.slug).toBe('opening-speech');
  });

  it('given "summarize letter" with no "the", then it is still what the texts say of the word', () => {
    expect(bot.handle(bot.read('summarize letter')).kind).not.toBe('unknown-article');
  });
});

import { describe, expect, it } from 'vitest';
import { answerLine, type ChatState } from '../../adapters/console/console-chat.js';
import { Bot, Library } from '../../src/index.js';
import { choicePicked, weekdayOf } from '../../src/bot/choice-answer.js';
import { attributionOf } from '../../src/content/article.js';
import { smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

// Two articles whose titles both say "ferry": a Monday report and a Tuesday follow-up, by two writers.
const library = Library.create(
  [
    smallArticle(
      'ferry-strike',
      'Ferry crews walk out over pay',
      ['Ferry crews walked out on Monday in a dispute over pay.', 'Islanders were left without a service.'],
      'Nina Holt',
      '2024-04-08',
    ),
    smallArticle(
      'ferry-deal',
      'Ferry strike ends with a pay deal',
      ['The ferry strike ended on Tuesday after crews accepted a pay deal.', 'Sailings resume at dawn.'],
      'Omar Reyes',
      '2024-04-09',
    ),
    smallArticle('harbour-lights', 'Harbour lights return', ['The harbour lights were switched on again.']),
  ],
  { lexicon: wordnetLexicon() },
);
const bot = new Bot(library);
const nextWeek = new Bot(
  Library.create(
    [
      smallArticle('bridge-shut', 'Old bridge shut', ['The old bridge was shut on Monday.']),
      smallArticle('bridge-open', 'Bridge to reopen next week', ['The bridge reopens to cars next week.']),
    ],
    { lexicon: wordnetLexicon() },
  ),
);

/** A console chat that has just been asked which ferry article was meant. */
async function asked(): Promise<{ say: (line: string) => Promise<string | undefined>; list: string }> {
  const state: ChatState = { followUps: undefined };
  const say = (line: string) => answerLine(bot, line, state, { color: false });
  return { say, list: (await say('summarize the ferry article')) ?? '' };
}

describe('"Which one did you mean?" and its answer', () => {
  it("given several articles match a summary request, then the list shows each one's title and date", async () => {
    const { list } = await asked();
    expect(list).toContain('Which one did you mean?');
    expect(list).toContain('“Ferry crews walk out over pay”, 2024-04-08');
    expect(list).toContain('“Ferry strike ends with a pay deal”, 2024-04-09');
  });

  it('given the answer "2", "the second one", "the newer one", "the one from tuesday" or "the one by reyes", then that article is summarised', async () => {
    const { list } = await asked();
    const second = list.indexOf('2024-04-09') > list.indexOf('2024-04-08') ? 'ferry-deal' : 'ferry-strike';
    const titles = {
      'ferry-deal': 'Ferry strike ends with a pay deal',
      'ferry-strike': 'Ferry crews walk out over pay',
    };
    for (const [answer, slug] of [
      ['2', second],
      ['the second one', second],
      ['the newer one', 'ferry-deal'],
      ['the older one', 'ferry-strike'],
      ['the one from tuesday', 'ferry-deal'],
      ['the one by reyes', 'ferry-deal'],
      ['Nina Holt', 'ferry-strike'],
    ] as const) {
      const { say } = await asked();
      const reply = await say(answer);
      expect([answer, reply]).toEqual([answer, expect.stringContaining(titles[slug])]);
    }
  });

  it('given "next" after the list, then it is no pick, though a title says "next"', async () => {
    const state: ChatState = { followUps: undefined };
    const say = (line: string) => answerLine(nextWeek, line, state, { color: false });
    expect(await say('summarize the bridge article')).toContain('Which one did you mean?');
    expect(await say('next')).not.toContain('Summary of');
  });

  it('given another message after the list, then it is read on its own and the list is forgotten', async () => {
    const { say } = await asked();
    expect(await say('/quote harbour')).toContain('harbour lights');
    expect(await say('the newer one')).not.toContain('Ferry strike ends');
  });

  it('given the answer with a quote request, then the quote is from the article picked', async () => {
    const state: ChatState = { followUps: undefined };
    const say = (line: string) => answerLine(bot, line, state, { color: false });
    const list = (await say('/quote pay article:ferry')) ?? '';
    const second = list.indexOf('2024-04-09') > list.indexOf('2024-04-08') ? 'Omar Reyes' : 'Nina Holt';
    expect(await say('2')).toContain(second);
  });
});

describe('choicePicked', () => {
  const choices = library.articles.filter((article) => article.slug.startsWith('ferry')).map(attributionOf);

  it('given a weekday, then the date written YYYY-MM-DD says it', () => {
    expect(weekdayOf('2024-04-08')).toBe('monday');
    expect(weekdayOf('April 8')).toBeUndefined();
  });

  it('given words that pick none, several or a place past the list, then none is picked', () => {
    expect(choicePicked('3', choices)).toBeUndefined();
    expect(choicePicked('summarize the harbour article about its lights', choices)).toBeUndefined();
    expect(choicePicked('ferry', choices)).toBeUndefined();
  });
});

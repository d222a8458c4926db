import { describe, expect, it } from 'vitest';
import { answerLine, type ChatState } from '../../../adapters/console/console-chat.js';
import { Bot, Library } from '../../../src/index.js';
import { smallArticle } from '../../helpers/content.js';
import { wordnetLexicon } from '../../helpers/lexicon.js';

// Eight yearly letters of a club's chair: "summarize the letter" names all eight (pass 21: eight speeches in one line).
const years = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023];
const letters = years.map((year) =>
  smallArticle(
    `letter-${year}`,
    `Letter to members ${year}`,
    [`In ${year} the club mended ${year - 2000} boats.`, 'We thank every volunteer.'],
    'Ada Marsh',
    `${year}-03-01`,
  ),
);
const bot = new Bot(Library.create(letters, { lexicon: wordnetLexicon() }));
const say = (state: ChatState, line: string) => answerLine(bot, line, state, { color: false });

describe('a "Which one did you mean?" list of many articles (new-user pass 21)', () => {
  it('given eight letters, then the reply lists the newest five and counts the other three', async () => {
    const answer = (await say({ followUps: undefined }, 'summarize the letter')) ?? '';
    expect(answer).toMatch(/^8 articles are letters: 1\. “Letter to members 2023”/);
    expect(answer).toContain('5. “Letter to members 2019”');
    expect(answer).not.toContain('2018');
    expect(answer).toContain('and 3 more. Which one did you mean? Say its number or words of its title.');
  });

  it('given the short list, then a word of the title of one not shown still picks it', async () => {
    const state: ChatState = { followUps: undefined };
    await say(state, 'summarize the letter');
    expect(await say(state, '2017')).toContain('Summary of “Letter to members 2017”');
  });

  it('given a list of five or fewer, then every one is shown and no count is added', async () => {
    const five = new Bot(Library.create(letters.slice(0, 5), { lexicon: wordnetLexicon() }));
    const answer =
      (await answerLine(five, 'summarize the letter', { followUps: undefined }, { color: false })) ?? '';
    expect(answer).toContain('5. “Letter to members 2016”');
    expect(answer).toMatch(/Which one did you mean\? Say its number\.$/);
  });
});

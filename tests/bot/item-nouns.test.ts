import { describe, expect, it } from 'vitest';
import { Bot, Library, type BotReply } from '../../src/index.js';
import { ITEM_NOUNS, ITEM_PLURALS } from '../../src/bot/item-nouns.js';
import { smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

// A podcast's library: episodes titled "Episode N: …", and a listener letter that names an episode in its text
// and says "debate".
const library = Library.create(
  [
    smallArticle(
      'ep12',
      'Episode 12: Luis Ortega on kitchen burnout',
      [
        'Luis Ortega ran a restaurant kitchen for eleven years before he walked out one night in August.',
        'He says the burnout came slowly, one double shift at a time, until he could no longer taste the food.',
        'Now he cooks for his family on Sundays and teaches knife skills twice a week.',
      ],
      'Maya Chen',
      '2024-03-01',
    ),
    smallArticle(
      'ep13',
      'Episode 13: The four-day week debate',
      [
        'Two managers argue for and against a four-day week in small firms.',
        'Priya says the fifth day off made her team sharper and cut sick leave by a third.',
        'Tom answers that customers still call on Fridays and somebody has to pick up.',
      ],
      'Maya Chen',
      '2024-03-15',
    ),
    smallArticle(
      'mail',
      'Listener mail: your letters on rest',
      [
        'A nurse from Leeds wrote in about night shifts and the quiet of the ward at four in the morning.',
        'She writes: I listened to the Luis Ortega episode twice and cried both times.',
        'This week Maya hosts her first debate, and the letters about it are already arriving.',
      ],
      'Dev Anand',
      '2024-03-10',
    ),
    smallArticle(
      'ep14',
      'Episode 14: Why night owls are not lazy',
      [
        'Night owls are not lazy, says the sleep researcher Hannah Berg, whose body clocks simply run late.',
        'Forcing an early start on a late chronotype costs them an hour of sleep every working day.',
      ],
      'Maya Chen',
      '2024-04-01',
    ),
  ],
  { lexicon: wordnetLexicon() },
);
const bot = new Bot(library);
const answer = (line: string): BotReply => bot.handle(bot.read(line));
const summarised = (reply: BotReply): string =>
  reply.kind === 'summary' ? reply.summary.article.slug : `(${reply.kind})`;

describe('the nouns for an item of the library', () => {
  it('given the vocabulary, then it has each noun once and a plural for each, and leaves "issue" out', () => {
    expect(new Set(ITEM_NOUNS).size).toBe(ITEM_NOUNS.length);
    expect(ITEM_PLURALS).toHaveLength(ITEM_NOUNS.length);
    expect(ITEM_NOUNS).toEqual(expect.arrayContaining(['article', 'episode', 'transcript', 'chapter']));
    expect(ITEM_PLURALS).toEqual(expect.arrayContaining(['articles', 'episodes', 'stories', 'speeches']));
    expect(ITEM_NOUNS).not.toContain('issue');
  });

  it('given "what\'s the newest episode?", then the newest episode is the answer, as "the latest article" is of all', () => {
    // Changed on purpose (s46-late1): an episode asked for is the newest or oldest episode, as "summarize the
    // latest episode" takes it, not the newest or oldest item of any kind.
    expect(bot.read("what's the newest episode?")).toEqual({
      kind: 'articles',
      fact: 'newest',
      article: 'ep14',
      noun: 'episode',
    });
    expect(bot.read('which is the oldest episode?')).toEqual({
      kind: 'articles',
      fact: 'oldest',
      article: 'ep12',
      noun: 'episode',
    });
    expect(bot.read('what is the latest article?')).toEqual({ kind: 'articles', fact: 'newest' });
  });

  it('given "how many episodes are there?", then the count is the answer, as for articles', () => {
    for (const line of [
      'how many episodes are there?',
      'how many transcripts do you have?',
      'how many articles are there?',
    ])
      expect([line, bot.read(line)]).toEqual([line, { kind: 'articles', fact: 'count' }]);
  });

  it('given "summarize the latest episode", then the newest episode is summarised (here the newest article)', () => {
    // The request names the newest episode itself: in a library whose newest item is no episode, it stays the
    // episode (tests/bot/newest-of-kind.test.ts).
    expect(bot.read('summarize the latest episode')).toMatchObject({ kind: 'summary', article: 'ep14' });
    expect(summarised(answer('summarize the latest episode'))).toBe('ep14');
  });

  it('given "list the episodes", then the list of articles is the answer, of an author too', () => {
    expect(bot.read('list the episodes')).toEqual({ kind: 'articles' });
    expect(bot.read('list the episodes by maya chen')).toEqual({ kind: 'articles', author: 'maya chen' });
    expect(bot.read('which episode is about sleep?')).toEqual({ kind: 'articles', about: 'sleep' });
  });

  it('given "summarize the <title words> episode", then that titled article is summarised, not a letter quoting them', () => {
    for (const line of [
      'summarize the Luis Ortega episode',
      '@quotebot summarize the Luis Ortega episode',
      'summarize the luis ortega article',
      'summarize the kitchen burnout piece',
      "what's the luis ortega episode about?",
      'the luis ortega episode',
    ])
      expect([line, summarised(answer(line))]).toEqual([line, 'ep12']);
    expect(summarised(answer('summarize the debate episode'))).toBe('ep13');
  });

  it('given a follow-up or a question naming an episode, then it reads as it does with "article"', () => {
    expect(bot.read('does the debate episode mention fridays?')).toMatchObject({
      kind: 'quote',
      described: true,
    });
    expect(bot.read('what does the debate episode say about sick leave?')).toMatchObject({ kind: 'summary' });
  });

  it('given a noun that also names what an item tells of, then "who wrote the report?" stays a question of the texts', () => {
    expect(bot.read('who wrote the report?').kind).not.toBe('articles');
    // Of several episodes among other texts: those episodes, each with who wrote it (was the whole list).
    expect(bot.read('who wrote the episode?')).toEqual({ kind: 'articles', fact: 'named', noun: 'episode' });
    expect(bot.read('what did he say in his last speech?').kind).not.toBe('articles');
  });

  it('given "which", "what" or "how many" before a noun that also names other things, then it is searched, not the list', () => {
    for (const line of [
      'how many posts were cut?',
      'what letters did she send?',
      'what letters did kim send to trump?',
      'how many speeches did he give?',
      'which addresses were raided?',
      'how many interviews did she give?',
    ])
      expect([line, bot.read(line).kind]).not.toEqual([line, 'articles']);
    expect(bot.read('what episodes do you have?').kind).toBe('articles');
    expect(bot.read('how many essays did maya chen write?').kind).toBe('articles');
  });
});

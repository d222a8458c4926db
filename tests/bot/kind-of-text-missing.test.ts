import { describe, expect, it } from 'vitest';
import { answerLine } from '../../adapters/console/console-chat.js';
import { Bot, Library, parseArticle, type Article, type BotReply } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

/** A feature that asks "the question" more than once: the dictionary's word beside "interview". */
const feature = smallArticle('river-feature', 'The long road back for the river', [
  'The question is where it floods and how fast.',
  'The chromium question',
  'Otters came back to the river in 2014.',
]);
const notice = smallArticle('pool-notice', 'Swimming pool to reopen', [
  'The swimming pool will reopen on Saturday after a new roof was fitted.',
]);

/** An interview in "Q:" / "A:" paragraphs whose title does not call it one. */
const beekeeper: Article = parseArticle(
  'ten-minutes-with-the-beekeeper.md',
  [
    '---',
    'title: Ten minutes with the beekeeper',
    'author: Sam Patel',
    'publication: Coast Weekly',
    'date: 2024-05-20',
    '---',
    '',
    'Gwen Morgan keeps 42 hives on the slopes above the town.',
    '',
    'Q: How did you start keeping bees?',
    '',
    'A: My grandfather kept hives behind the orchard, and I took them over when I was nineteen.',
    '',
    'Q: What is the biggest threat to bees today?',
    '',
    'A: The varroa mite, without a doubt.',
    '',
  ].join('\n'),
);

const botOf = (articles: readonly Article[]): Bot =>
  new Bot(Library.create(articles, { lexicon: wordnetLexicon() }));
const said = (bot: Bot, text: string): BotReply => bot.handle(bot.read(text, { botName: 'quotebot' }));

describe('a kind of text that no article is ("summarize the interview")', () => {
  it('given no article called an interview or shaped as one, then the reply says none is and names the newest, not what the feature says of "question"', () => {
    const bot = botOf([feature, notice]);
    for (const text of ['summarize the interview', 'tl;dr of the interview', 'summarize interview']) {
      const reply = said(bot, text);
      expect(reply.kind, text).toBe('unknown-article');
      if (reply.kind !== 'unknown-article') continue;
      expect(reply.textKind).toBe('interview');
      expect(reply.count).toBe(2);
      expect([...reply.suggestions].sort()).toEqual([
        'Swimming pool to reopen',
        'The long road back for the river',
      ]);
    }
  });

  it('given the console chat, then it answers in one line that no article is an interview and what there is', async () => {
    const answer =
      (await answerLine(
        botOf([feature, notice]),
        'summarize the interview',
        { followUps: undefined },
        { color: false },
      )) ?? '';
    expect(answer).toMatch(/^No article here is an interview\. The 2 there are: /);
    expect(answer).toContain('Swimming pool to reopen');
    expect(answer).not.toMatch(/question/i);
  });

  it('given an article of "Q:" and "A:" paragraphs whose title does not say interview, then "summarize the interview" is its summary', () => {
    const reply = said(botOf([feature, beekeeper, notice]), 'summarize the interview');
    expect(reply.kind).toBe('summary');
    if (reply.kind === 'summary') expect(reply.summary.article.slug).toBe('ten-minutes-with-the-beekeeper');
  });

  it('given "interview" without "the" and a story that says it, then it is still a topic, as any word the texts say', () => {
    const jobs = smallArticle('job-fair', 'Job fair draws crowds', [
      'Hundreds queued for a job interview at the new factory on Monday.',
      'The factory will hire two hundred people this year.',
    ]);
    const reply = said(botOf([feature, notice, jobs]), 'summarize interview');
    expect(reply.kind).not.toBe('unknown-article');
  });

  it('given a kind every text is ("the story"), then it is not refused for want of a title that says it', () => {
    expect(said(botOf([feature, notice]), 'summarize the story').kind).not.toBe('unknown-article');
  });
});

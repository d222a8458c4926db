import { describe, expect, it } from 'vitest';
import { Bot, Library } from '../../src/index.js';
import { parseArticle } from '../../src/content/parse-article.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

/** An article with its own publication: a parents' association's guide and its newsletter, and a paper's report. */
function article(slug: string, title: string, publication: string, sentences: readonly string[]) {
  const front = [
    '---',
    `title: ${JSON.stringify(title)}`,
    'author: Rosa Lind',
    `publication: ${publication}`,
  ];
  return parseArticle(
    `${slug}.md`,
    `${[...front, 'date: 2024-04-01', '---'].join('\n')}\n\n${sentences.join('\n\n')}\n`,
  );
}
const guide = article('meeting-guide', 'Meeting Guide: Budgets and Trips', 'Oak School PTA', [
  'Should the spring trips be paid for from the fair money?',
  'How many trips can one class take in a year?',
  'The budget is set in June.',
]);
const newsletter = article('pta-newsletter', 'Spring Newsletter', 'Oak School PTA', [
  'The museum trips sold out in a day.',
  'The fair raised more than last year.',
]);
const report = article('trips-report', 'Schools cut back on trips', 'Valley Gazette', [
  'Schools across the valley are cutting back on trips as coach prices rise.',
  'Heads say the trips matter for children who rarely travel.',
]);
const bot = new Bot(Library.create([guide, newsletter, report], { lexicon: wordnetLexicon() }));

describe('what a document named by its kind says about a topic', () => {
  for (const line of [
    'summarize what the pta guide asks about trips',
    'summarize what the meeting guide says about trips',
  ])
    it(`given "${line}", then the summary is of that guide alone, on trips`, () => {
      const reply = bot.handle(bot.read(line));
      expect(reply.kind).toBe('summary');
      if (reply.kind !== 'summary' || !reply.summary.found) return;
      expect(reply.summary.article.slug).toBe('meeting-guide');
      expect(bot.read(line)).toMatchObject({ topic: 'trips', article: 'meeting-guide' });
    });
});

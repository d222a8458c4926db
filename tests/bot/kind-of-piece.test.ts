import { describe, expect, it } from 'vitest';
import { Bot, Library, type BotReply } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

// A paper's library: each piece's title names its kind in a paper's own words, some in two ("long read").
const library = Library.create(
  [
    smallArticle('railway-town', 'The long read: how a market town lost its railway', [
      'For a hundred years the railway carried wool, coal and people through the market town.',
      'When the line closed in 1965 the station became a car park and the goods yard a supermarket.',
      'Older residents still remember the last train, which left in silence on a wet Sunday morning.',
    ]),
    smallArticle('cafe-review', 'Review: a riverside cafe worth the detour', [
      'The riverside cafe serves the best lemon cake in the county, with strong coffee and a view of the water.',
      'Service was slow on a busy Saturday, but the staff were friendly and the prices fair.',
    ]),
    smallArticle('flood-live', 'Live blog: flood warnings as the river rises', [
      'Flood warnings are in place for the whole valley this evening.',
      'Residents near the river are asked to move their cars to higher ground.',
    ]),
    smallArticle('library-release', 'Press release: town library opens on Sundays', [
      'The town library will open on Sundays from next month.',
      'Families asked for Sunday opening in a survey last year, the council said.',
    ]),
    smallArticle('bus-lane', 'Council approves bus lane on Mill Road', [
      'The council voted on Tuesday night to build a bus lane along Mill Road.',
    ]),
  ],
  { lexicon: wordnetLexicon() },
);
const bot = new Bot(library);
const summarised = (reply: BotReply): string =>
  reply.kind === 'summary' ? reply.summary.article.slug : `(${reply.kind})`;

describe('a kind of piece named in two words, as a paper names it', () => {
  it('given "summarize the long read", then the long read is summarised, not "read" as a topic', () => {
    for (const [line, slug] of [
      ['summarize the long read', 'railway-town'],
      ['summarise the live blog', 'flood-live'],
      ['summary of the press release please', 'library-release'],
      ['summarize the review', 'cafe-review'],
    ] as const)
      expect([line, summarised(bot.handle(bot.read(line)))]).toEqual([line, slug]);
  });
});

import { describe, expect, it } from 'vitest';
import { answerLine, type ChatState } from '../../adapters/console/console-chat.js';
import { Bot, Library } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

// A club's documents named as its members name them: proposals by number, a game's releases by version. The
// second proposal's text says "12 weeks", which a search for "12" finds. The releases are older than the
// proposals, so a number read as a year ("prop 8": year 8) would offer the releases first.
const documents = [
  smallArticle(
    'prop-007-night-walks',
    'PROP-007: Night walks on the moor',
    ['Night walks start from the chapel car park at nine.', 'Every walker carries a red lamp.'],
    'Tess Ward',
    '2025-05-01',
  ),
  smallArticle(
    'prop-009-hut-rota',
    'PROP-009: A rota for the hut',
    ['The hut rota runs for 12 weeks before we review it.', 'Each member takes one weekend a season.'],
    'Tess Ward',
    '2025-06-01',
  ),
  smallArticle('changes-in-lanterns-3-4-0', 'Changes in Lanterns 3.4.0', [
    'The lantern menu now opens with the space bar.',
    'Saved games load twice as fast.',
  ]),
  smallArticle('changes-in-lanterns-3-5-0', 'Changes in Lanterns 3.5.0', [
    'Lanterns can now be renamed.',
    'The map shows every hut.',
  ]),
];
const bot = new Bot(Library.create(documents, { lexicon: wordnetLexicon() }));

const chat = (on: Bot) => {
  const state: ChatState = { followUps: undefined };
  return async (line: string): Promise<string> => (await answerLine(on, line, state, { color: false })) ?? '';
};

describe('a document named by its identifier', () => {
  it.each(['summarize prop 7', 'summarize prop-007', 'summarize PROP7', 'summarize the prop 007'])(
    'given "%s", then the summary is of PROP-007',
    async (line) => {
      const said = await chat(bot)(line);
      expect(said).toContain('PROP-007: Night walks on the moor');
      expect(said).not.toContain('PROP-009');
    },
  );

  it.each([
    ['summarize the v3.4.0 changes', 'Changes in Lanterns 3.4.0'],
    ['summarize 3.4', 'Changes in Lanterns 3.4.0'],
    ['summarize 3.5', 'Changes in Lanterns 3.5.0'],
  ])('given "%s", then the summary is of %s', async (line, title) => {
    const said = await chat(bot)(line);
    expect(said).toContain(title);
    expect(said).not.toContain('What 2 articles say');
  });

  it('given /summary article:prop 9, then the article is PROP-009', () =>
    expect(bot.handle(bot.read('/summary article:"prop 9"'))).toMatchObject({
      kind: 'summary',
      summary: { article: { slug: 'prop-009-hut-rota' } },
    }));

  it('given a version of which two titles have the leading part ("3"), then neither is named by it', () =>
    expect(Library.create(documents).articleNamed('3')).toBeUndefined());

  it('given "prop 8", which no title carries, then the proposals are offered first', () =>
    expect(Library.create(documents).similarArticles('prop 8').slice(0, 2).sort()).toEqual([
      'prop-007-night-walks',
      'prop-009-hut-rota',
    ]));

  it('given /summary article:prop 8, then no article, the proposals offered first, and 8 is no year', () => {
    const reply = bot.handle(bot.read('/summary article:"prop 8"'));
    expect(reply).toMatchObject({ kind: 'unknown-article' });
    expect(reply).not.toHaveProperty('number');
    expect((reply as unknown as { suggestions: string[] }).suggestions.slice(0, 2).sort()).toEqual([
      'prop-007-night-walks',
      'prop-009-hut-rota',
    ]);
  });

  it.each([
    ['what changed in 3.5', 'Changes in Lanterns 3.5.0'],
    ["what's new in v3.4.0?", 'Changes in Lanterns 3.4.0'],
    ['what is different in prop 9?', 'PROP-009: A rota for the hut'],
  ])('given "%s", then the summary of %s', async (line, title) =>
    expect(await chat(bot)(line)).toContain(`Summary of “${title}”`),
  );

  it('given "what changed in the hut?" (no identifier), then no summary', async () =>
    expect(await chat(bot)('what changed in the hut?')).not.toContain('Summary of'));
});

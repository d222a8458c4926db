import { describe, expect, it } from 'vitest';
import { answerLine } from '../../adapters/console/console-chat.js';
import { Bot, Library } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

const library = Library.create([
  smallArticle('uganda-bans-play', 'Uganda bans Vagina Monologues', [
    'The authorities banned the play on Friday.',
    'Its producers said they would appeal.',
  ]),
  smallArticle('story-010', 'Harbour lights return to Kampala', ['The lights were switched on again.']),
  smallArticle('a-new-ferry', 'A new ferry for the islands', ['The ferry carries two hundred people.']),
]);
const bot = new Bot(library);

const suggested = (reply: ReturnType<Bot['handle']>): readonly string[] =>
  reply.kind === 'unknown-article' ? reply.suggestions : [`(${reply.kind})`];

describe('a misspelt article name', () => {
  it('given a word of a slug or title one slip away then the closest article is suggested, not a weak one', () => {
    expect(library.similarArticles('ugnada')).toEqual(['uganda-bans-play']);
    expect(library.similarArticles('ugnda-bans')).toEqual(['uganda-bans-play']);
    expect(library.similarArticles('kampla')).toEqual(['story-010']);
    expect(library.similarArticles('the vagina monolgues')).toEqual(['uganda-bans-play']);
  });

  it('given a word too far from every title then nothing is suggested as near', () => {
    expect(library.similarArticles('zebra')).toEqual([]);
  });

  it('given /quote with words or none, and /summary, then each suggests the article', () => {
    expect(suggested(bot.handle({ kind: 'quote', query: 'play', article: 'ugnada' }))).toEqual([
      'uganda-bans-play',
    ]);
    expect(suggested(bot.handle({ kind: 'quote', query: '', article: 'ugnada' }))).toEqual([
      'uganda-bans-play',
    ]);
    expect(suggested(bot.handle({ kind: 'summary', article: 'ugnada' }))).toEqual(['uganda-bans-play']);
    expect(suggested(bot.handle(bot.read('/summary article:ugnada')))).toEqual(['uganda-bans-play']);
  });

  it('given /quote article:ugnada typed in the chat then the reply asks "did you mean" the article', async () => {
    const said = await answerLine(
      bot,
      '/quote article:ugnada play',
      { followUps: undefined },
      { color: false },
    );
    expect(said).toContain('There is no article “ugnada”');
    expect(said).toContain('uganda-bans-play');
  });
});

describe('an article name several titles have', () => {
  const levy = new Bot(
    Library.create(
      [
        smallArticle('levy-wins-prize', 'Levy takes book prize', [
          'Novelist Andrea Levy has won the book prize for her novel Small Island.',
          'The judges called the novel a generous book.',
        ]),
        smallArticle('levy-tipped', 'Levy tipped for book prize', [
          'Novelist Andrea Levy is favourite to win the book prize.',
          'Bookmakers have placed her novel at 6/4.',
        ]),
        smallArticle('parents-speech', 'Address on families', [
          "We can't ask governments to raise children for us.",
          'We must help families with the cost of child care.',
        ]),
      ],
      { lexicon: wordnetLexicon() },
    ),
  );
  const ask = (line: string) => answerLine(levy, line, { followUps: undefined }, { color: false });

  it('given "summarize the levy article", then the reply says both Levy articles match, not that there is none', async () => {
    expect(levy.handle(levy.read('summarize the levy article'))).toEqual({
      kind: 'unknown-article',
      article: 'levy',
      suggestions: ['levy-tipped', 'levy-wins-prize'],
      several: true,
      choices: [
        expect.objectContaining({
          slug: 'levy-tipped',
          title: 'Levy tipped for book prize',
          date: '2024-03-01',
        }),
        expect.objectContaining({
          slug: 'levy-wins-prize',
          title: 'Levy takes book prize',
          date: '2024-03-01',
        }),
      ],
    });
    expect(await ask('summarize the levy article')).toBe(
      '2 articles match “levy”: 1. “Levy tipped for book prize”, 2024-03-01 (levy-tipped); 2. “Levy takes book prize”, 2024-03-01 (levy-wins-prize). Which one did you mean? Say its number.',
    );
    expect(await ask('/quote novel article:levy')).not.toContain('There is no article');
  });

  it('given words side by side in one title ("summarize levy tipped"), then that article is summarised, with no article mixed in by a synonym', () => {
    const reply = levy.handle(levy.read('summarize levy tipped'));
    expect(reply).toMatchObject({
      kind: 'summary',
      summary: { article: { slug: 'levy-tipped' }, topic: null },
    });
    // Words another article says too stay a topic across the library.
    expect(levy.handle(levy.read('summarize book prize'))).toMatchObject({ kind: 'library-summary' });
  });
});

import { describe, expect, it } from 'vitest';
import { answerLine, type ChatState } from '../../adapters/console/console-chat.js';
import { loadSotuArticles } from '../../bench/sotu-corpus.js';
import type { Bot, BotReply } from '../../src/index.js';
import { ENGLISH, LYON, VENDANGES, languageBot } from '../helpers/language-articles.js';

/** Three addresses, all in English, with the runtime's language detector. */
const addresses = languageBot(
  loadSotuArticles([
    '1807_thomas_jefferson_dr.json',
    '1975_gerald_r_ford_r.json',
    '2002_george_w_bush_r.json',
  ]),
);
const ask = (bot: Bot, message: string, state: ChatState = { followUps: undefined }) =>
  answerLine(bot, message, state, { color: false });
const reply = (bot: Bot, message: string): BotReply => bot.handle(bot.read(message));
const NOT_IN = (language: string) =>
  `I cannot translate: summaries are in the article's own words and language, not in ${language}.`;

describe('a summary asked in a language ("summarize the article in french")', () => {
  it.each([
    ['summarize the article in french', 'French'],
    ['summary in spanish please', 'Spanish'],
    ['@quotebot tl;dr in german', 'German'],
    ['can you summarize it into italian?', 'Italian'],
  ])(
    'given %j and no article in that language, then the summary comes anyway, saying it is in the article’s own language',
    async (message, language) => {
      const request = addresses.read(message);
      expect(request.kind === 'summary' && request.topic).toBeUndefined();
      expect(reply(addresses, message)).toMatchObject({
        kind: 'summary',
        summary: { found: true, article: { title: 'State of the Union 2002' } },
        untranslated: language,
      });
      const said = (await ask(addresses, message))!;
      expect(said).toMatch(/^Summary of “State of the Union 2002” \(George W Bush\):\n• /u);
      expect(said).toContain(`\n${NOT_IN(language)}\n`);
    },
  );

  it('given an article named with it ("summarize the ford speech in french"), then that article’s summary, saying so, not a topic "ford speech french"', async () => {
    const said = (await ask(addresses, 'summarize the ford speech in french'))!;
    expect(said).toMatch(/^Summary of “State of the Union 1975” \(Gerald R Ford\):\n• /u);
    expect(said).toContain(NOT_IN('French'));
  });

  it('given a topic with it ("summarize the part about taxes in german"), then what the addresses say about taxes, saying so', async () => {
    expect(addresses.read('summarize the part about taxes in german')).toMatchObject({
      topic: 'taxes',
      language: 'german',
    });
    const said = (await ask(addresses, 'summarize the part about taxes in german'))!;
    expect(said).toMatch(/^What \d articles say about taxes:/u);
    expect(said).toMatch(
      /\nI cannot translate: summaries are in each article's own words and language, not in German\.$/u,
    );
  });

  it('given "summarize it in french" after a quote, then that article’s summary, saying so', async () => {
    const state: ChatState = { followUps: undefined };
    expect(await ask(addresses, '/quote energy supplies', state)).toContain('Gerald R Ford');
    const said = (await ask(addresses, 'summarize it in french', state))!;
    expect(said).toMatch(/^Summary of “State of the Union 1975”/u);
    expect(said).toContain(NOT_IN('French'));
  });

  it('given "summarize it in 2 sentences in french" after a summary, then that summary at that count, saying so', async () => {
    const state: ChatState = { followUps: undefined };
    await ask(addresses, '/summary article:ford', state);
    const said = (await ask(addresses, 'summarize it in 2 sentences in french', state))!;
    expect(said.split('\n').filter((line) => line.startsWith('• '))).toHaveLength(2);
    expect(said).toMatch(/^Summary of “State of the Union 1975”/u);
    expect(said).toContain(NOT_IN('French'));
  });

  it('given the language its article is in ("summarize it in english"), then the summary alone', async () => {
    expect(reply(addresses, 'summarize the article in english')).not.toHaveProperty('untranslated');
    expect(await ask(addresses, 'summarize the ford speech in english')).not.toContain('translate');
  });

  it('given one article in that language and nothing else named, then that article, as "summarize the french article" is', async () => {
    const french = languageBot([...ENGLISH, LYON]);
    for (const message of ['summarize the article in french', 'summary in french please'])
      expect(reply(french, message), message).toMatchObject({
        kind: 'summary',
        summary: { article: { slug: LYON.slug }, topic: null },
      });
    expect(reply(french, 'summarize the article in french')).not.toHaveProperty('untranslated');
    expect(await ask(french, 'summarize the wine article in french')).toContain(NOT_IN('French'));
  });

  it('given two articles in that language, then it asks which, as "summarize the french article" does', () => {
    const french = languageBot([...ENGLISH, LYON, VENDANGES]);
    expect(reply(french, 'summarize the article in french')).toMatchObject({
      kind: 'unknown-article',
      article: 'french',
      several: true,
    });
  });

  it('given words after "in" that name no language ("in french ports", "in 1975"), then they are read as before', () => {
    expect(addresses.read('summarize what it says about trade in french ports')).toMatchObject({
      topic: 'trade in french ports',
    });
    expect(addresses.read('summarize the speech in 1975')).not.toHaveProperty('language');
    expect(addresses.read('summarize the debate in congress')).not.toHaveProperty('language');
  });
});

import { describe, expect, it } from 'vitest';
import {
  articleSuggestions,
  querySuggestions,
  timeZoneSuggestions,
} from '../../../adapters/discord/autocomplete.js';
import { decodePick, type QuotePick } from '../../../adapters/discord/query-pick.js';
import { StateStore } from '../../../adapters/discord/state-store.js';
import { Bot, Library, type QuoteReply } from '../../../src/index.js';
import { seedLibrary } from '../../helpers/content.js';
import { testArticle } from './fixtures.js';

/** Forty long sentences that all mention the election. */
function manyElectionsBot(): Bot {
  const sentences = Array.from(
    { length: 40 },
    (_, i) =>
      `Observer number ${i + 1} wrote at considerable length that the election in district ${i + 1} was ${'very '.repeat(i % 7)}closely fought and hard to call.`,
  );
  return new Bot(Library.create([testArticle('many-elections', [sentences.join(' ')])]));
}

describe('Discord autocomplete', () => {
  it('given a word found in forty sentences, then 25 ranked choices with names and values of at most 100', () => {
    const bot = manyElectionsBot();
    const picks = new StateStore<QuotePick>();
    const choices = querySuggestions(bot, 'election', undefined, picks);
    expect(choices).toHaveLength(25);
    for (const choice of choices) {
      expect(choice.name.length).toBeGreaterThan(0);
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
    expect(new Set(choices.map((choice) => choice.name)).size).toBe(25);
    expect(choices[0]!.value).toBe('election');
  });

  it('given a picked suggestion, then /quote answers with exactly the sentence picked', () => {
    const bot = new Bot(seedLibrary());
    const picks = new StateStore<QuotePick>();
    const choices = querySuggestions(bot, 'missile', undefined, picks);
    expect(choices.length).toBeGreaterThan(2);
    const shown = choices.map((choice) => {
      const pick = decodePick(choice.value, picks);
      if (pick === 'expired') throw new Error('pick expired');
      const reply = bot.handle({ kind: 'quote', query: pick.query, position: pick.hit }) as QuoteReply;
      const text = reply.hit.passage.text.replace(/\s+/g, ' ');
      expect(text.startsWith(choice.name.replace(/…$/, ''))).toBe(true);
      return reply.hit.passage.id;
    });
    expect(new Set(shown).size).toBe(choices.length);
  });

  it('given a query typed without picking, then it is read as the words typed (best hit)', () => {
    const picks = new StateStore<QuotePick>();
    expect(decodePick('election ahead', picks)).toEqual({ query: 'election ahead', hit: 0 });
  });

  it('given a query too long for a choice value, then the pick is kept in the store, and expires with it', () => {
    const bot = manyElectionsBot();
    const picks = new StateStore<QuotePick>();
    const query = `election ${'district '.repeat(12)}`.trim();
    const choices = querySuggestions(bot, query, undefined, picks);
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.every((choice) => choice.value.length <= 100)).toBe(true);
    expect(decodePick(choices[1]?.value ?? choices[0]!.value, picks)).toMatchObject({ query });
    expect(decodePick(choices[0]!.value, new StateStore<QuotePick>())).toBe('expired');
  });

  it('given nothing typed yet, then there are no choices', () => {
    expect(querySuggestions(new Bot(seedLibrary()), '  ', undefined, new StateStore())).toEqual([]);
  });

  it('given words of a title, then the article is offered by its slug', () => {
    const choices = articleSuggestions(new Bot(seedLibrary()), 'muddling');
    expect(choices).toEqual([
      {
        name: "Donald Trump's Own Version of Muddling Through on North Korea — Eric Ballbach, 2020-05-17",
        value: 'donald-trumps-own-version-of-muddling-through-on-north-korea',
      },
    ]);
    expect(articleSuggestions(new Bot(seedLibrary()), 'zebra')).toEqual([]);
  });

  it('given part of a city, then matching IANA time zones are offered, at most 25', async () => {
    const values = async (typed: string) => (await timeZoneSuggestions(typed)).map((choice) => choice.value);
    expect(await values('paris')).toContain('Europe/Paris');
    expect(await values('new york')).toContain('America/New_York');
    expect((await values('mumbai'))[0]).toBe('Asia/Kolkata');
    expect(await values('')).toHaveLength(25);
  });
});

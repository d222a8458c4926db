import { describe, expect, it } from 'vitest';
import { renderReply as renderForDiscord } from '../../adapters/discord/render-reply.js';
import { renderReply as renderForSlack } from '../../adapters/slack/render-reply.js';
import { renderForTerminal, terminalStyleFor } from '../../adapters/terminal/render.js';
import { cardAltText, cardRequestForHit } from '../../src/card/request.js';
import { passageCredit } from '../../src/content/passage-speaker.js';
import { Bot, Library, type BotReply } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';
import { DEFAULT_NAMES } from './slack/fixtures.js';

/** A local report by its writer that quotes an engineer by name, and a council that speaks unnamed. */
const report = smallArticle(
  'pier-closed',
  'Pier closed after storm damage',
  [
    'The Victoria Pier was closed on Friday after a storm tore away part of its deck.',
    'Dr Ann Cole, a structural engineer at Coastal University, said the damage was serious. "Salt water has reached the steel frame. It will need a full survey before anyone walks on it again," she said.',
    'A spokesman for the council said the pier would stay shut "for as long as it takes".',
  ],
  'Tess Ward',
);
const library = Library.create([report], { lexicon: wordnetLexicon() });
const bot = new Bot(library);
const quote = (query: string): Extract<BotReply, { kind: 'quote' }> => {
  const reply = bot.handle({ kind: 'quote', query });
  if (reply.kind !== 'quote') throw new Error(reply.kind);
  return reply;
};

describe('a quotation a report credits to a person it names (new-user pass 19, #2)', () => {
  it('given her quoted words, then every surface credits her, quoted by the writer, and keeps the title', () => {
    const reply = quote('full survey');
    expect(reply.speaker).toEqual({ name: 'Dr Ann Cole', as: 'quoted' });
    expect(renderForTerminal(reply, terminalStyleFor(false, {}))).toContain(
      '— Dr Ann Cole, quoted by Tess Ward, “Pier closed after storm damage”, Coast Weekly, 2024-03-01',
    );
    expect(renderForDiscord(reply, false).embeds?.[0]?.author?.name).toBe('Dr Ann Cole, quoted by Tess Ward');
    expect(JSON.stringify(renderForSlack(reply, DEFAULT_NAMES, 'public').blocks)).toContain(
      'Dr Ann Cole, quoted by Tess Ward',
    );
    const card = cardRequestForHit(reply.hit, undefined, reply.speaker);
    expect(card.attribution).toMatchObject({
      author: 'Dr Ann Cole, quoted by Tess Ward',
      title: 'Pier closed after storm damage',
      publication: 'Coast Weekly',
    });
    expect(cardAltText(card)).toContain(
      '— Dr Ann Cole, quoted by Tess Ward, “Pier closed after storm damage”',
    );
    expect(passageCredit(report, reply.hit.passage, wordnetLexicon()).author).toBe(
      'Dr Ann Cole, quoted by Tess Ward',
    );
  });

  it('given the first sentence of her quotation, whose speaker the sentence that ends it names, then it is hers too', () =>
    expect(quote('salt water steel frame').speaker).toEqual({ name: 'Dr Ann Cole', as: 'quoted' }));

  it("given her words reported without quotation marks, the writer's own, or words of no one named, then the writer's credit stays", () => {
    for (const query of ['damage was serious', 'storm tore away', 'as long as it takes']) {
      const reply = quote(query);
      expect(reply.speaker).toBeUndefined();
      expect(renderForTerminal(reply, terminalStyleFor(false, {}))).toContain('— Tess Ward, “Pier closed');
    }
  });
});

describe('a quotation after the words that say whose it is ("Sir Peter Lowe said: …")', () => {
  const harbour = smallArticle(
    'harbour-plan',
    'Harbour plan approved',
    [
      'The council approved the harbour plan on Tuesday.',
      'Sir Peter Lowe said: "We fought for this plan for a decade."',
      'Ann Ward said the vote was "a gift to the town".',
    ],
    'Tess Ward',
  );
  const ask = (query: string) =>
    new Bot(Library.create([harbour], { lexicon: wordnetLexicon() })).handle({ kind: 'quote', query });

  it('given the quotation it introduces, then the quote credits him, quoted by the writer', () => {
    const reply = ask('fought decade');
    expect(reply.kind === 'quote' && reply.speaker).toEqual({ name: 'Sir Peter Lowe', as: 'quoted' });
  });

  it("given words in quotation marks inside the writer's own sentence, then the writer's credit stays", () => {
    const reply = ask('gift town');
    expect(reply.kind === 'quote' && reply.speaker).toBeUndefined();
  });
});

describe('a quotation in a wire story, whose byline is its publication', () => {
  const wire = smallArticle(
    'wire-fares',
    'Ferry fares to rise',
    ['Fares on the island ferry will rise in May. "We have no choice," said Tom Reid, who runs the line.'],
    'Coast Weekly',
  );
  const reply = new Bot(Library.create([wire], { lexicon: wordnetLexicon() })).handle({
    kind: 'quote',
    query: 'no choice',
  });

  it('given the quote, then its credit names the publication once, as the writer', () => {
    if (reply.kind !== 'quote') throw new Error(reply.kind);
    expect(renderForTerminal(reply, terminalStyleFor(false, {}))).toContain(
      '— Tom Reid, quoted by Coast Weekly, “Ferry fares to rise”, 2024-03-01',
    );
    expect(cardAltText(cardRequestForHit(reply.hit, undefined, reply.speaker))).toContain(
      '— Tom Reid, quoted by Coast Weekly, “Ferry fares to rise”, 2024-03-01',
    );
  });
});

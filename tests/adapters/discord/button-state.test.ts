import { describe, expect, it } from 'vitest';
import { loadBbcArticles } from '../../../bench/bbc-corpus.js';
import { QuoteAction, quoteButtonIds, readQuoteButton } from '../../../adapters/discord/button-state.js';
import { StateStore, type QuoteQuery } from '../../../adapters/discord/state-store.js';
import { Bot, Library, type QuoteReply, type QuoteRequest } from '../../../src/index.js';
import { bridgeStory } from '../../helpers/bridge-story.js';

/** The quote "what else did he say?" picks after a quote of Rod Eddington in the BA story. */
function saidElseReply(): QuoteReply {
  const bot = new Bot(Library.create(loadBbcArticles().filter((each) => each.slug === 'bbc-business-004')));
  const reply = bot.handle({
    kind: 'quote',
    query: '',
    article: 'bbc-business-004',
    position: 3,
    saidElse: { speaker: 'Rod Eddington' },
  });
  if (reply.kind !== 'quote') throw new Error(`no quote: ${reply.kind}`);
  return reply;
}

/** Each button's request as a click reads it back from its custom_id. */
function clicked(reply: QuoteReply, store: StateStore<QuoteQuery>): Record<string, QuoteRequest | string> {
  return Object.fromEntries(
    Object.entries(quoteButtonIds(reply, true, store)).map(([action, id]) => {
      const state = readQuoteButton(id, store);
      return [action, typeof state === 'object' ? state.request : String(state)];
    }),
  );
}

describe('Discord quote buttons of a quote "what else did he say?" picked', () => {
  it('given its buttons, then Context, Post and Card ask for it as his words, and Next for another random quote', () => {
    const reply = saidElseReply();
    const { context, share, card, next } = reply.followUps;
    const read = clicked(reply, new StateStore<QuoteQuery>());
    expect(read[QuoteAction.Context]).toEqual(context);
    expect(read[QuoteAction.Post]).toEqual({ ...share, withContext: false });
    expect(read[QuoteAction.Card]).toEqual(card);
    expect(read[QuoteAction.Next]).toEqual({ ...next, withContext: false });
    expect(next?.saidElse).toBeUndefined();
  });

  it('given an article slug too long for a custom_id, then the stored state keeps whose words they are', () => {
    const reply = saidElseReply();
    const long = 'a-very-long-slug-'.repeat(5);
    const withSlug = (request: QuoteRequest): QuoteRequest => ({ ...request, article: long });
    const { context, share, card, next } = reply.followUps;
    const stored: QuoteReply = {
      ...reply,
      followUps: {
        share: withSlug(share),
        ...(context ? { context: withSlug(context) } : {}),
        ...(card ? { card: withSlug(card) } : {}),
        ...(next ? { next: withSlug(next) } : {}),
      },
    };
    const read = clicked(stored, new StateStore<QuoteQuery>());
    expect(read[QuoteAction.Context]).toMatchObject({
      article: long,
      saidElse: { speaker: 'Rod Eddington' },
    });
    expect(read[QuoteAction.Next]).not.toHaveProperty('saidElse');
  });

  it('given a query with a colon and no saidElse, then it reads back whole', () => {
    const store = new StateStore<QuoteQuery>();
    expect(readQuoteButton('q:n:1:00::@:time: money', store)).toMatchObject({
      request: { query: 'time: money', position: 1 },
    });
  });
});

describe('Discord quote buttons of "what\'s the latest on…" (the article\'s lead first)', () => {
  const reply = ((): QuoteReply => {
    const bot = new Bot(Library.create(bridgeStory()));
    const answer = bot.handle(bot.read("what's the latest on the bridge?"));
    if (answer.kind !== 'quote') throw new Error(`no quote: ${answer.kind}`);
    return answer;
  })();

  it('given its buttons, then each reads back the lead-first order its position counts in', () => {
    const read = clicked(reply, new StateStore<QuoteQuery>());
    expect(read[QuoteAction.Next]).toMatchObject({ position: 1, leadFirst: true });
    expect(read[QuoteAction.Post]).toMatchObject({ position: 0, leadFirst: true });
    expect(read[QuoteAction.Card]).toMatchObject({ position: 0, leadFirst: true, card: true });
  });

  it("given an article slug too long for a custom_id, then the order is still in the id beside the store's key", () => {
    const long = 'a-very-long-slug-'.repeat(5);
    const withSlug = (request: QuoteRequest): QuoteRequest => ({ ...request, article: long });
    const { share, next } = reply.followUps;
    const stored: QuoteReply = { ...reply, followUps: { share: withSlug(share), next: withSlug(next!) } };
    const store = new StateStore<QuoteQuery>();
    const ids = quoteButtonIds(stored, true, store);
    expect(ids[QuoteAction.Next]!.length).toBeLessThanOrEqual(100);
    expect(readQuoteButton(ids[QuoteAction.Next]!, store)).toMatchObject({
      request: { article: long, position: 1, leadFirst: true },
    });
  });

  it("given an id written before the order existed, then it reads in the matches' own order", () => {
    const read = readQuoteButton('q:n:1:00:bridge-reopens:@:bridge', new StateStore<QuoteQuery>());
    expect(read).toMatchObject({ request: { position: 1 } });
    expect(typeof read === 'object' ? read.request : undefined).not.toHaveProperty('leadFirst');
  });
});

describe("Discord quote buttons of an article's opening, asked for by its title", () => {
  it('given its buttons, then Context, Post and Card ask for it as the opening, and Next for a random quote', () => {
    const bot = new Bot(Library.create(loadBbcArticles().filter((each) => each.slug === 'bbc-business-004')));
    const reply = bot.handle({
      kind: 'quote',
      query: '',
      article: 'bbc-business-004',
      position: 0,
      opening: true,
    });
    if (reply.kind !== 'quote') throw new Error(`no quote: ${reply.kind}`);
    const { context, share, card, next } = reply.followUps;
    const read = clicked(reply, new StateStore<QuoteQuery>());
    expect(share.opening).toBe(true);
    expect(read[QuoteAction.Context]).toEqual(context);
    expect(read[QuoteAction.Post]).toEqual({ ...share, withContext: false });
    expect(read[QuoteAction.Card]).toEqual(card);
    expect(read[QuoteAction.Next]).toEqual({ ...next, withContext: false });
    expect(next?.opening).toBeUndefined();
  });
});

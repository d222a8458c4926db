import { describe, expect, it } from 'vitest';
import { dailyPostBody } from '../../adapters/discord/daily-poster.js';
import { renderReply as renderDiscord } from '../../adapters/discord/render-reply.js';
import { renderDailyPost } from '../../adapters/slack/render-daily-post.js';
import { renderReply as renderSlack } from '../../adapters/slack/render-reply.js';
import { renderForTerminal } from '../../adapters/terminal/render.js';
import { cardAltText, cardRequestForHit } from '../../src/card/request.js';
import { layoutCard } from '../../src/card/layout.js';
import { consolePostText } from '../../runtime/daily/console-poster.js';
import { Bot, byline, Library, type DailyPostRequest, type QuoteReply } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';
import { DEFAULT_NAMES } from './slack/fixtures.js';

/** A wire story: its author is its publication, as an imported BBC article's is. */
const WIRE = smallArticle(
  'fuel-prices',
  'High fuel prices hit profits',
  ['British Airways has blamed high fuel prices for a 40% drop in profits.'],
  'Coast Weekly',
);

function wireQuote(): QuoteReply {
  const reply = new Bot(Library.create([WIRE])).handle({ kind: 'quote', query: 'fuel prices' });
  if (reply.kind !== 'quote') throw new Error(`expected a quote, got ${reply.kind}`);
  return reply;
}

const textOf = (value: unknown): string => JSON.stringify(value);

describe('an article whose author is its publication', () => {
  it('given a byline, then the publication is said once, and beside another author as before', () => {
    expect(byline({ author: 'Coast Weekly', publication: 'Coast Weekly' })).toBe('Coast Weekly');
    expect(byline({ author: 'BBC News', publication: 'bbc news ' })).toBe('BBC News');
    expect(byline({ author: 'Tess Ward', publication: 'Coast Weekly' })).toBe('Tess Ward, Coast Weekly');
  });

  it('given a quote of it, then no platform credits "Coast Weekly, Coast Weekly"', () => {
    const reply = wireQuote();
    const rendered = [
      renderForTerminal(reply, { color: false }),
      textOf(renderDiscord(reply, false, {})),
      textOf(renderSlack(reply, DEFAULT_NAMES, 'public')),
    ];
    for (const text of rendered) {
      expect(text).toContain('Coast Weekly');
      expect(text).not.toMatch(/Coast Weekly(,| ·) Coast Weekly/);
    }
  });

  it('given /articles, then each line credits it once', () => {
    const reply = new Bot(Library.create([WIRE])).handle({ kind: 'articles' });
    expect(renderForTerminal(reply, { color: false })).toContain('— Coast Weekly, 2024-03-01');
  });

  it('given a quote card, then its caption and its alt text credit it once', () => {
    const request = cardRequestForHit(wireQuote().hit);
    const { author } = layoutCard(request, (text) => [...text].length * 0.5);
    const caption = author.lines.map((line) =>
      line.items.flatMap((item) => item.parts.map((part) => part.text)).join(' '),
    );
    expect(caption).toEqual(['— Coast Weekly']);
    expect(cardAltText(request)).toMatch(/— Coast Weekly, “High fuel prices hit profits”, 2024-03-01$/);
  });

  it('given a daily post of it, then the console, Discord and Slack posts credit it once', () => {
    const { hit } = wireQuote();
    const request = {
      schedule: { platform: 'console', channelId: 'general' },
      passage: hit.passage,
      article: hit.article,
      localDate: '2024-03-02',
      nonce: 'n1',
      attempt: 1,
    } as unknown as DailyPostRequest;
    const slack = renderDailyPost(request);
    const posts = [
      consolePostText(request),
      textOf(dailyPostBody(request)),
      slack.text,
      textOf(slack.blocks?.at(-1)),
    ];
    for (const text of posts) expect(text.split('Coast Weekly')).toHaveLength(2);
  });

  it('given a console schedule set as a card, then its post says the console posts the text', () => {
    const { hit } = wireQuote();
    const base = {
      passage: hit.passage,
      article: hit.article,
      localDate: '2024-03-02',
      nonce: 'n1',
      attempt: 1,
    };
    const post = (card: boolean) =>
      consolePostText({
        ...base,
        schedule: { platform: 'console', channelId: 'general', card },
      } as unknown as DailyPostRequest).split('\n')[0];
    expect(post(true)).toBe(
      '[daily console:general 2024-03-02] (a card on Discord and Slack; the console posts its text)',
    );
    expect(post(false)).toBe('[daily console:general 2024-03-02]');
  });
});

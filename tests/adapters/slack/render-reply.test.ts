import { describe, expect, it } from 'vitest';
import { Bot, COMMANDS, Library, type BotReply, type QuoteReply } from '../../../src/index.js';
import { slackCommandNames } from '../../../adapters/slack/command-names.js';
import { decodeQuoteState, QuoteAction } from '../../../adapters/slack/button-state.js';
import type { SlackMessage } from '../../../adapters/slack/blocks.js';
import { renderReply } from '../../../adapters/slack/render-reply.js';
import { DEFAULT_NAMES, hostileBot, testArticle } from './fixtures.js';
import { seedLibrary, smallArticle } from '../../helpers/content.js';

/** Every mrkdwn/plain text object in a message, with the block it is in. */
function textsOf(message: SlackMessage): { type: string; text: string; block: string }[] {
  const found: { type: string; text: string; block: string }[] = [];
  const walk = (node: unknown, block: string): void => {
    if (Array.isArray(node)) return node.forEach((child) => walk(child, block));
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    if (
      (record['type'] === 'mrkdwn' || record['type'] === 'plain_text') &&
      typeof record['text'] === 'string'
    )
      found.push({ type: record['type'], text: record['text'], block });
    for (const value of Object.values(record)) walk(value, block);
  };
  for (const block of message.blocks) walk(block, block.type);
  return found;
}

/** Markup that would notify or link, other than the article links the renderer makes itself. */
function dangerousMarkup(text: string): string[] {
  return [...text.matchAll(/<[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => !/^<https:\/\/example\.com\//.test(tag));
}

function expectWithinLimits(message: SlackMessage): void {
  expect(message.blocks.length).toBeLessThanOrEqual(50);
  for (const { text, block } of textsOf(message)) {
    expect(text.length).toBeLessThanOrEqual(3000);
    if (block === 'section') expect(text.length).toBeGreaterThan(0);
  }
  expect(message.text.length).toBeLessThanOrEqual(3000);
}

function quoteReply(text: string, highlights: QuoteReply['hit']['highlights'], total = 3): QuoteReply {
  return {
    kind: 'quote',
    query: 'election',
    hit: {
      passage: { id: 'x#0', slug: 'x', index: 0, paragraph: 0, text, start: 0, end: text.length },
      article: {
        slug: 'x',
        title: 'T <!everyone>',
        author: '<@U1>',
        publication: 'P & Q',
        date: '2020-01-01',
        url: 'https://example.com/x?a=1&b=2',
      },
      score: 1,
      highlights,
      context: { before: 'Before <!channel>.', after: 'After <@U2>.' },
    },
    position: 0,
    matches: total,
    moreMatches: false,
    article: undefined,
    withContext: false,
    card: false,
    followUps: {
      ...(total > 1 ? { next: { kind: 'quote', query: 'election', position: 1, withContext: false } } : {}),
      context: { kind: 'quote', query: 'election', position: 0, withContext: true },
      share: { kind: 'quote', query: 'election', position: 0, withContext: false },
    },
  };
}

describe('renderReply: quotes', () => {
  it('given a quote from an article full of Slack markup then the words are bold and nothing notifies or links', () => {
    const reply = hostileBot().handle({ kind: 'quote', query: 'election' });
    const message = renderReply(reply, DEFAULT_NAMES, 'public');
    const texts = textsOf(message);
    const quote = texts.find((t) => t.block === 'section')!.text;
    expect(quote).toBe('“The *election* matters to &lt;@U123&gt; &amp; &lt;#C123|general&gt; alike.”');
    for (const { text } of texts) expect(dangerousMarkup(text)).toEqual([]);
    expect(dangerousMarkup(message.text)).toEqual([]);
    expect(JSON.stringify(message)).not.toContain('link_names');
  });

  it('given a passage with <!channel> and * then it renders inert, and mrkdwn texts are verbatim', () => {
    const text = 'Call <!channel> and *everyone* about the election';
    const at = text.indexOf('election');
    const message = renderReply(quoteReply(text, [[at, at + 8]]), DEFAULT_NAMES, 'public');
    const section = message.blocks[0] as { text: { text: string; verbatim: boolean } };
    expect(section.text.text).toBe('“Call &lt;!channel&gt; and ∗everyone∗ about the *election*”');
    expect(section.text.verbatim).toBe(true);
    for (const { text: t } of textsOf(message)) expect(dangerousMarkup(t)).toEqual([]);
  });

  it('given an article with a URL then the attribution links its escaped title in a context block', () => {
    const message = renderReply(quoteReply('The election.', [[4, 12]]), DEFAULT_NAMES, 'public');
    const context = textsOf(message).filter((t) => t.block === 'context');
    expect(context[0]!.text).toBe(
      '— &lt;@U1&gt;, <https://example.com/x?a=1&amp;b=2|T &lt;!everyone&gt;>, P &amp; Q, 2020-01-01',
    );
    expect(context[1]!.text).toBe('match 1 of 3');
  });

  it('given a private reply then it has Next match, Context and Share in channel, each carrying its follow-up', () => {
    const message = renderReply(quoteReply('The election.', [[4, 12]]), DEFAULT_NAMES, 'private');
    const actions = message.blocks.find((b) => b.type === 'actions') as {
      elements: { action_id: string; value: string; text: { text: string } }[];
    };
    expect(actions.elements.map((e) => [e.action_id, e.text.text])).toEqual([
      [QuoteAction.Next, 'Next match'],
      [QuoteAction.Context, 'Context'],
      [QuoteAction.Share, 'Share in channel'],
    ]);
    expect(decodeQuoteState(actions.elements[0]!.value)).toEqual({
      request: { kind: 'quote', query: 'election', position: 1, withContext: false },
      private: true,
    });
    expect(decodeQuoteState(actions.elements[2]!.value)).toEqual({
      request: { kind: 'quote', query: 'election', position: 0, withContext: false },
      private: false,
    });
  });

  it('given a public reply with one match and its context shown then no button is offered', () => {
    const one = quoteReply('The election.', [[4, 12]], 1);
    const reply = { ...one, withContext: true, followUps: { share: one.followUps.share } };
    const message = renderReply(reply, DEFAULT_NAMES, 'public');
    expect(message.blocks.some((b) => b.type === 'actions')).toBe(false);
    const context = textsOf(message).filter((t) => t.block === 'context');
    expect(context.map((t) => t.text)).toContain('…Before &lt;!channel&gt;.');
    expect(context.map((t) => t.text)).toContain('After &lt;@U2&gt;.…');
  });

  it('given a 10,000-character sentence then it is split into sections of at most 3000 and all of it is shown', () => {
    const words = Array.from({ length: 1500 }, (_, i) => (i % 10 === 0 ? 'election' : `word${i}`));
    const text = words.join(' ');
    expect(text.length).toBeGreaterThanOrEqual(10_000);
    const highlights = [...text.matchAll(/election/g)].map((m) => [m.index, m.index + 8] as const);
    const message = renderReply(quoteReply(text, highlights), DEFAULT_NAMES, 'private');
    expectWithinLimits(message);
    const sections = textsOf(message).filter((t) => t.block === 'section');
    expect(sections.length).toBeGreaterThanOrEqual(4);
    const shown = sections.map((s) => s.text).join(' ');
    for (const word of ['word1', 'word777', 'word1499']) expect(shown).toContain(word);
    expect(message.blocks.at(-1)!.type).toBe('actions');
  });

  it('given a 10,000-character sentence of mentions, markup and bold words then each section is whole mrkdwn and notifies nobody', () => {
    const pieces = ['<!channel>', '<@U123>', '*not bold*', '_x_', '`code`', 'a & b', 'election'];
    const text = Array.from({ length: 1300 }, (_, i) => pieces[i % pieces.length]).join(' ');
    expect(text.length).toBeGreaterThanOrEqual(10_000);
    const highlights = [...text.matchAll(/election/g)].map((m) => [m.index, m.index + 8] as const);
    const message = renderReply(quoteReply(text, highlights), DEFAULT_NAMES, 'private');
    expectWithinLimits(message);
    const sections = textsOf(message).filter((t) => t.block === 'section');
    expect(sections.length).toBeGreaterThanOrEqual(4);
    for (const { text: shown } of sections) {
      expect(dangerousMarkup(shown)).toEqual([]);
      // Bold opens and closes in the same section, and no entity is cut in two.
      expect(shown.split('*').length % 2).toBe(1);
      expect(shown).not.toMatch(/&[a-z]*$|&[a-z]*[^a-z;]/);
    }
    expect(dangerousMarkup(message.text)).toEqual([]);
  });

  it('given a 300,000-character sentence then the message is cut to 50 blocks, keeping attribution and buttons', () => {
    const text = Array.from({ length: 40_000 }, (_, i) => `w${i}`).join(' ');
    const message = renderReply(quoteReply(text, []), DEFAULT_NAMES, 'private');
    expectWithinLimits(message);
    expect(message.blocks).toHaveLength(50);
    expect(message.blocks.at(-2)!.type).toBe('context');
    expect(message.blocks.at(-1)!.type).toBe('actions');
  });
});

describe('renderReply: other replies', () => {
  it('given no match for a query of mentions then the query is shown escaped', () => {
    const message = renderReply(
      { kind: 'no-match', query: '<!channel> <@U123> &', suggestions: ['<!here>'] },
      DEFAULT_NAMES,
      'private',
    );
    const [section] = textsOf(message);
    expect(section!.text).toBe(
      'No passage matches “&lt;!channel&gt; &lt;@U123&gt; &amp;”. Did you mean “&lt;!here&gt;”?',
    );
    expect(dangerousMarkup(message.text)).toEqual([]);
  });

  it('given no match with a word that finds passages alone, then the reply names it with the Slack command', () => {
    const message = renderReply(
      { kind: 'no-match', query: 'man on the moon', suggestions: [], alone: 'moon' },
      DEFAULT_NAMES,
      'private',
    );
    const [section] = textsOf(message);
    expect(section!.text).toMatch(
      /^No passage matches “man on the moon”\. Try `\/\S*quote moon` for “moon” alone\.$/,
    );
  });

  it('given help then usages carry the Slack names, /quotebot-help for help', () => {
    const bot = hostileBot();
    const message = renderReply(bot.handle({ kind: 'help' }), DEFAULT_NAMES, 'private');
    const all = textsOf(message)
      .map((t) => t.text)
      .join('\n');
    expect(all).toContain(
      '`/quote [words] [author:&lt;name&gt;] [article:&lt;slug&gt;] [private:true] [card:true]`',
    );
    expect(all).toContain('`/quotebot-help [command]`');
    expectWithinLimits(message);
    // In a library of one's own, its mention examples are the library's words, not the bundled article's.
    const own = new Bot(
      Library.create([
        smallArticle('harbour-ferries', 'Harbour ferries return', [
          'The harbour ferries sail again after the winter storms.',
          'Crews repaired the pier over three weeks.',
          'The first crossing left at dawn with forty passengers.',
        ]),
      ]),
    );
    const mentions = textsOf(renderReply(own.handle({ kind: 'help' }), DEFAULT_NAMES, 'private')).find((t) =>
      t.text.startsWith('Or mention me'),
    )?.text;
    expect(mentions).toContain(`“quote ${own.exampleWord()}”`);
    expect(mentions).not.toMatch(/election|sanctions/);
    // What was not understood is one line, with what to try in the Slack names, not every command.
    const unknown = renderReply(
      bot.handle({ kind: 'help', unknown: '<!here> hi' }),
      DEFAULT_NAMES,
      'private',
    );
    const line = textsOf(unknown)
      .map((t) => t.text)
      .join('\n');
    expect(line).toContain('I did not understand “&lt;!here&gt; hi”. Ask me for a quote (`/quote election`)');
    expect(line).toContain('`/quotebot-help` lists everything.');
    expect(line).not.toContain('[card:true]');
    expectWithinLimits(unknown);
  });

  it('given the newest article summarised for want of a name then a line says how to pick another', () => {
    const summary = hostileBot().handle({ kind: 'summary' });
    const all = textsOf(renderReply({ ...summary, newest: true } as BotReply, DEFAULT_NAMES, 'public'))
      .map((t) => t.text)
      .join('\n');
    expect(all).toContain(
      'That is the newest article. `/summary article:&lt;slug or title words&gt;` summarises another, `/summary all` every article in a sentence.',
    );
    const author = { name: 'Eric Ballbach', articles: 2 };
    const theirs = textsOf(
      renderReply({ ...summary, newest: true, author } as BotReply, DEFAULT_NAMES, 'public'),
    )
      .map((t) => t.text)
      .join('\n');
    expect(theirs).toContain(
      'That is the newest of Eric Ballbach\'s 2 articles. `/summary article:&lt;slug or title words&gt;` summarises another, `/summary all author:"Eric Ballbach"` each of them in a sentence.',
    );
  });

  it('given a follow-up with nothing to follow on an app with renamed commands, then the reply names its commands', () => {
    const names = slackCommandNames(COMMANDS, { prefix: 'qb-', overrides: { quote: '/q' } });
    const said = (reason: 'no-quote' | 'only-match' | 'longest'): string =>
      textsOf(renderReply({ kind: 'no-follow-up', reason }, names, 'private'))
        .map((t) => t.text)
        .join('\n');
    expect(said('no-quote')).toBe('Ask for a quote first, e.g. `/q election`');
    expect(said('only-match')).toBe(
      'That was the only match: ask for other words, or `/q` with none for a random quote.',
    );
    expect(said('longest')).toBe(
      'That was already the longest summary: `/qb-summary sentences:&lt;n&gt;` gives an exact length, up to 50 sentences.',
    );
  });

  it('given "post a quote every morning" then one line says the /daily set that does it and where to read more, in the Slack names', () => {
    const bot = hostileBot();
    const message = renderReply(bot.handle(bot.read('post a quote every morning')), DEFAULT_NAMES, 'public');
    const [section, ...rest] = textsOf(message);
    expect(rest).toEqual([]);
    expect(section!.text).toBe(
      'To post a quote in this channel every day, type `/daily set time:9am timezone:Europe/Berlin` with your own timezone or city (`timezone:new york`); only workspace admins and owners (and the users in SLACK_DAILY_ADMINS) may. `/quotebot-help command:daily` says more: other days, one article, a card.',
    );
    expectWithinLimits(message);
  });

  it('given small talk then one line says what to try, with the Slack names, and no command list', () => {
    const message = renderReply(hostileBot().handle({ kind: 'help', brief: true }), DEFAULT_NAMES, 'public');
    const all = textsOf(message)
      .map((t) => t.text)
      .join('\n');
    expect(all).toContain('`/quotebot-help` lists everything');
    expect(all).not.toContain('[author:');
    expectWithinLimits(message);
  });

  it('given a long summary then its sentences fill sections within the limits', () => {
    const paragraphs = Array.from(
      { length: 60 },
      (_, i) =>
        `Paragraph ${i} says the election & the <@U${i}> vote matter a great deal to the country. ${'Filler words here. '.repeat(3)}`,
    );
    const bot = new Bot(Library.create([testArticle('long', paragraphs)]));
    const reply = bot.handle({ kind: 'summary', length: 'long', article: 'long' });
    expect(reply.kind).toBe('summary');
    const message = renderReply(reply, DEFAULT_NAMES, 'public');
    expectWithinLimits(message);
    for (const { text } of textsOf(message)) expect(dangerousMarkup(text)).toEqual([]);
  });

  it('given the articles list then each title links and the page is named', () => {
    const bot = hostileBot();
    const message = renderReply(bot.handle({ kind: 'articles' }), DEFAULT_NAMES, 'private');
    const [section] = textsOf(message);
    expect(section!.text).toContain('*Articles* (page 1 of 1, 1 in all)');
    expect(section!.text).toContain(
      '• <https://example.com/hostile|Tricky &lt;b&gt;Title&lt;/b&gt; &amp; ∗Co∗> — A. &lt;@U999&gt; Writer',
    );
  });

  it('given the articles about words, and an author, then the words and the note are escaped', () => {
    const bot = new Bot(seedLibrary());
    const about = renderReply(
      bot.handle({ kind: 'articles', about: 'sanctions <!everyone>' }),
      DEFAULT_NAMES,
      'public',
    );
    expect(textsOf(about)[0]!.text).toContain(
      '*Articles about “sanctions &lt;!everyone&gt;”* (page 1 of 1, 1 in all)',
    );
    const theirs = renderReply(
      bot.handle({ kind: 'articles', author: 'ballbach', about: 'sanctions' }),
      DEFAULT_NAMES,
      'public',
    );
    expect(textsOf(theirs)[0]!.text).toContain(
      '*Articles by Eric Ballbach about “sanctions”* (page 1 of 1, 1 in all)',
    );
    const author = renderReply(
      bot.handle({ kind: 'quote', query: 'who is eric ballbach' }),
      DEFAULT_NAMES,
      'public',
    );
    const text = textsOf(author)
      .map((block) => block.text)
      .join('\n');
    expect(text).toContain(
      '*Eric Ballbach*\nEric Ballbach is a research fellow at the Institute of Korean Studies.',
    );
    expect(text).toContain('*Their article*');
    for (const { text: shown } of textsOf(about)) expect(dangerousMarkup(shown)).toEqual([]);
  });
});

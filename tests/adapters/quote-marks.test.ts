import { describe, expect, it } from 'vitest';
import { renderReply as renderDiscord } from '../../adapters/discord/render-reply.js';
import { dailyPostBody } from '../../adapters/discord/daily-poster.js';
import { renderDailyPost } from '../../adapters/slack/render-daily-post.js';
import { renderReply as renderSlack } from '../../adapters/slack/render-reply.js';
import { renderForTerminal } from '../../adapters/terminal/render.js';
import { cardAltText, cardRequestForHit } from '../../src/card/request.js';
import { Bot, Library, type DailyPostRequest } from '../../src/index.js';
import { asPiece, quoteMarksFor, withBalancedMarks } from '../../src/text/quote-marks.js';
import { summarize } from '../../src/summary/summarize.js';
import { smallArticle } from '../helpers/content.js';
import { DEFAULT_NAMES } from './slack/fixtures.js';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A quote reply as the console, Discord, Slack, their daily posts and a card's alt text show it. */
function everySurface(reply: ReturnType<Bot['handle']>): string[] {
  if (reply.kind !== 'quote') throw new Error(`expected a quote, got ${reply.kind}`);
  const post = { passage: reply.hit.passage, article: reply.hit.article } as DailyPostRequest;
  return [
    renderForTerminal(reply, { color: false }),
    JSON.stringify(renderDiscord(reply, false, {})),
    JSON.stringify(renderSlack(reply, DEFAULT_NAMES, 'public')),
    JSON.stringify(renderDailyPost(post)),
    JSON.stringify(dailyPostBody(post)),
    cardAltText(cardRequestForHit(reply.hit)),
  ];
}

describe('the quotation marks a quote is shown between', () => {
  it('given a passage that is one quotation in its own marks then it gets no more of them', () => {
    expect(
      quoteMarksFor('"That means there are a limited number of new opportunities for workers."'),
    ).toEqual(['', '']);
    expect(quoteMarksFor('“It is a very good result.”')).toEqual(['', '']);
  });

  it('given a passage with no quotation then it gets “ and ”; one that quotes someone and goes on, ‘ and ’', () => {
    expect(quoteMarksFor('The dollar rose.')).toEqual(['“', '”']);
    // Nested quotations alternate: the passage's own double marks inside single ones.
    expect(quoteMarksFor('"We are pleased," said Mr Smith.')).toEqual(['‘', '’']);
    expect(quoteMarksFor('"Yes," he said. "No."')).toEqual(['‘', '’']);
    expect(quoteMarksFor('She was “terrified of losing in front of my grandmother.”')).toEqual(['‘', '’']);
  });

  it('given a passage that opens a quotation going on past it, or closes one begun before it, then it gets the one mark that balances it, curly', () => {
    expect(quoteMarksFor('"Some countries have tried to use fixed exchange rates.')).toEqual(['', '”']);
    expect(quoteMarksFor('“Some countries have tried to use fixed exchange rates.')).toEqual(['', '”']);
    expect(quoteMarksFor('It has been a very good year for us."')).toEqual(['“', '']);
    expect(quoteMarksFor('It has been a very good year for us.”')).toEqual(['“', '']);
    expect(quoteMarksFor('I do not wish to make any judgements," Mr Chidambaram said.')).toEqual(['“', '']);
    expect(
      quoteMarksFor('Writing in the Echo, the Bishop said: "Conspiracy theories are always fun.'),
    ).toEqual(['', '”']);
    expect(quoteMarksFor('The Bishop said: “Conspiracy theories are always fun.')).toEqual(['', '”']);
  });
});

describe('a passage that is one quotation, as each platform shows it', () => {
  const said = '"That means there are a limited number of new opportunities for workers."';
  const bot = new Bot(
    Library.create([smallArticle('jobs', 'Jobs', [said, 'Other news about the harbour.'])]),
  );
  const reply = bot.handle({ kind: 'quote', query: 'opportunities' });

  it('given the console, Discord and Slack, then none shows it between a second pair of marks', () => {
    const rendered = [
      renderForTerminal(reply, { color: false }),
      JSON.stringify(renderDiscord(reply, false, {})),
      JSON.stringify(renderSlack(reply, DEFAULT_NAMES, 'public')),
    ];
    for (const text of rendered) {
      expect(text).toContain('opportunities');
      expect(text).not.toMatch(/“\\?"That means/);
    }
  });

  it('given the Slack daily post and the alt text of a quote card, then neither does', () => {
    if (reply.kind !== 'quote') throw new Error(`expected a quote, got ${reply.kind}`);
    const post = renderDailyPost({
      passage: reply.hit.passage,
      article: reply.hit.article,
    } as DailyPostRequest);
    const alt = cardAltText(cardRequestForHit(reply.hit));
    for (const text of [JSON.stringify(post), alt]) expect(text).not.toMatch(/“\\?"That means/);
  });
});

describe('a passage that opens a quotation going on past it, on a card', () => {
  it('given the card of its hit, then the card text closes the quotation and the highlights move with any mark added', () => {
    const library = Library.create([
      smallArticle('rates', 'Rates', [
        '"Some countries have tried to use fixed exchange rates.',
        'Others let them float," said the minister.',
      ]),
    ]);
    const opens = library.search({ query: 'fixed exchange' }).hits[0]!;
    const card = cardRequestForHit(opens);
    expect(card.text).toBe('“Some countries have tried to use fixed exchange rates.”');
    expect(card.highlights.map(([a, b]) => card.text.slice(a, b))).toEqual(['fixed exchange']);
    const closes = cardRequestForHit(library.search({ query: 'float minister' }).hits[0]!);
    expect(closes.text).toBe('“Others let them float,” said the minister.');
    expect(closes.highlights.map(([a, b]) => closes.text.slice(a, b))).toEqual(['float', 'minister']);
    expect(cardAltText(card)).toMatch(/^Quote card: “Some countries .* rates\.” — /);
  });

  it('given one that opens a quotation after words of its own, then the alt text shows it with the marks the console shows, not between ‘ and ’', () => {
    const bot = new Bot(
      Library.create([
        smallArticle('echo', 'Echo', [
          'Writing in the Echo, the Bishop said: "Conspiracy theories are always fun to read.',
          'Dan Brown is the best writer in the genre."',
        ]),
      ]),
    );
    const reply = bot.handle({ kind: 'quote', query: 'conspiracy theories' });
    if (reply.kind !== 'quote') throw new Error(`expected a quote, got ${reply.kind}`);
    const shown = renderForTerminal(reply, { color: false }).split('\n')[0]!;
    expect(shown).toBe('Writing in the Echo, the Bishop said: “Conspiracy theories are always fun to read.”');
    expect(cardAltText(cardRequestForHit(reply.hit))).toMatch(new RegExp(`^Quote card: ${escape(shown)} — `));
  });
});

describe('a summary sentence shown on its own', () => {
  it('given a quotation that runs past it or began before it then it gets the one mark that balances it, its marks curly', () => {
    expect(withBalancedMarks('"Nobody from the council came.')).toBe('“Nobody from the council came.”');
    expect(withBalancedMarks('I\'d still be asleep," she said.')).toBe("“I'd still be asleep,” she said.");
    expect(withBalancedMarks('"Now people come," she said.')).toBe('“Now people come,” she said.');
    expect(withBalancedMarks('“It was a shock,” she said.')).toBe('“It was a shock,” she said.');
    expect(withBalancedMarks('The council met.')).toBe('The council met.');
  });

  it('given a summary in the terminal then its bullet is balanced, as a quote of it would be', () => {
    const article = smallArticle('flood', 'Flood', [
      'The river rose overnight.',
      '"Nobody from the council came. If it was not for Dave I would still be asleep," she said.',
    ]);
    const summary = summarize(article, { topic: 'council' });
    expect(renderForTerminal({ kind: 'summary', summary }, { color: false })).toContain(
      '• “Nobody from the council came.”',
    );
  });
});

describe('a piece of a long sentence cut at its semicolons, as each platform shows it', () => {
  // Over 500 characters: search quotes its parts, cut after each semicolon.
  const long =
    'The Congress should act on three measures this year, each of them long delayed and each of them needed by the towns and the families that depend on them: (1) First, a new tax credit for the small firms that hire young workers in the towns hit hardest by the closing of the mills and the mines; (2) Second, passage of the tax reforms previously urged, to remove unwarranted tax preferences and to apply withholding to dividends and interest as to wages; and (3) Third, extension of the present excise and corporation tax rates for another full year, so that the budget stays whole.';
  const bot = new Bot(Library.create([smallArticle('taxes', 'Taxes', [long, 'Other news.'])]));

  it('given the pieces then one that goes on from the part before opens with "…", one the sentence goes on after ends with "…" for its semicolon', () => {
    expect(asPiece('and (3) Third, extension of the present excise;')).toEqual({
      text: 'and (3) Third, extension of the present excise',
      lead: '…',
      trail: '…',
    });
    expect(asPiece('(2) Second, passage of the tax reforms;')).toMatchObject({ lead: '', trail: '…' });
    expect(asPiece('eBay said profits rose.')).toEqual({
      text: 'eBay said profits rose.',
      lead: '',
      trail: '',
    });
  });

  it('given a piece found in the console, Discord, Slack and on a card, then each shows it as a piece, never its semicolon', () => {
    const reply = bot.handle({ kind: 'quote', query: 'excise corporation' });
    if (reply.kind !== 'quote') throw new Error(`expected a quote, got ${reply.kind}`);
    expect(reply.hit.passage.text).toMatch(/^and \(3\) Third/);
    const middle = bot.handle({ kind: 'quote', query: 'unwarranted preferences' });
    if (middle.kind !== 'quote') throw new Error(`expected a quote, got ${middle.kind}`);
    expect(middle.hit.passage.text).toMatch(/wages;$/);
    expect(renderForTerminal(reply, { color: false })).toMatch(/^“…and \(3\) Third/);
    expect(renderForTerminal(middle, { color: false })).toMatch(/as to wages…”/);
    expect(JSON.stringify(renderDiscord(middle, false, {}))).toContain('as to wages…”');
    expect(JSON.stringify(renderSlack(middle, DEFAULT_NAMES, 'public'))).toContain('as to wages…”');
    const card = cardRequestForHit(middle.hit);
    expect(card.text).toMatch(/as to wages…$/);
    expect(card.highlights.map(([a, b]) => card.text.slice(a, b))).toEqual(['unwarranted', 'preferences']);
  });
});

describe('a passage that quotes someone in straight double marks, as each platform shows it', () => {
  const said =
    '"We were told this was a consultation, but the decision was made before anyone asked us," said Tom Hale, who has run a hardware shop on the street for 31 years.';
  const bot = new Bot(
    Library.create([smallArticle('lane', 'Bus lane', [said, 'Other news about the harbour.'])]),
  );
  const reply = bot.handle({ kind: 'quote', query: 'hardware shop' });
  const curled =
    '‘“We were told this was a consultation, but the decision was made before anyone asked us,” said Tom Hale';

  it('given its piece, then its marks are curly, one for one, so that its highlights stay where they were', () => {
    const piece = asPiece(said);
    expect(piece.text).toBe(said.replace('"', '“').replace('"', '”'));
    expect(piece.text).toHaveLength(said.length);
    // One that is a quotation in its own marks shows them curly too; one shown between “ and ” has none.
    expect(asPiece('"Yes, it is."').text).toBe('“Yes, it is.”');
    expect(asPiece('Yes, it is.').text).toBe('Yes, it is.');
    expect(asPiece('companies that "offshore" jobs, they said').text).toBe(
      'companies that “offshore” jobs, they said',
    );
  });

  it('given the console, Discord and Slack, then the inner marks are “ and ” inside ‘ and ’, none straight', () => {
    for (const text of everySurface(reply)) {
      expect(text.replace(/[*_]/g, '')).toContain(curled);
      expect(text).not.toContain('‘\\"');
      expect(text).not.toContain('‘"');
    }
  });
});

describe('a passage that is one quotation in straight double marks, as each platform shows it', () => {
  const said = '"Now the children come to look for otters under the old bridge."';
  const bot = new Bot(
    Library.create([
      smallArticle('otters', 'Otters return', ['The river was clean by 2010, said the warden.', said]),
    ]),
  );
  const reply = bot.handle({ kind: 'quote', query: 'otters bridge' });
  const curled = '“Now the children come to look for otters under the old bridge.”';

  it('given the console, Discord, Slack, a daily post and a card, then its marks are curly and none is added', () => {
    if (reply.kind !== 'quote') throw new Error(`expected a quote, got ${reply.kind}`);
    const card = cardRequestForHit(reply.hit);
    for (const text of [...everySurface(reply), card.text]) {
      expect(text.replace(/[*_]/g, '')).toContain(curled);
      expect(text).not.toContain('"Now');
      expect(text).not.toContain('““');
    }
    expect(card.highlights.map(([a, b]) => card.text.slice(a, b))).toEqual(['otters', 'bridge']);
  });
});

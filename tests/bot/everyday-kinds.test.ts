import { describe, expect, it } from 'vitest';
import { Bot, Library, type Article, type BotReply } from '../../src/index.js';
import { articlesOfKind } from '../../src/bot/text-kind.js';
import { smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

/** A recipe whose title does not say it is one; its second paragraph does ("This recipe makes…"). */
const recipe = smallArticle('ginger-loaf', "Aunt May's sticky ginger loaf", [
  'Every winter my aunt baked this loaf for the church bazaar.',
  'This recipe makes one loaf, enough for eight slices.',
  'Beat the butter and the sugar until pale.',
  'Add the eggs one at a time, mixing well after each one.',
  'Bake for 50 minutes, until a skewer comes out clean.',
]);
/** A review its title calls one. */
const review = smallArticle('kettle-review', 'Brewline K3 review: a quiet kettle at last', [
  'The Brewline K3 boils a full litre in three minutes.',
  'At 48 decibels it is the quietest kettle I have tested.',
  'The lid hinge feels cheap.',
]);
/** News that says "recipe" of something else, and "this review" only in its fourth paragraph. */
const news = smallArticle('ring-road', 'Council delays ring road decision', [
  'The council delayed its decision on the ring road until May.',
  'Traders called the plan a recipe for gridlock.',
  'The council has asked consultants to look at the costs again.',
  'This review will report to councillors in the spring.',
]);
/** News whose opening quotes someone on "this recipe": their words, not the text calling itself one. */
const quoted = smallArticle('bake-off', 'Village bake-off raises £900', [
  'The village bake-off raised £900 for the hospice on Saturday.',
  '“This recipe has been in my family for a century,” said the winner, Joan Pike.',
]);

const botOf = (articles: readonly Article[]): Bot =>
  new Bot(Library.create(articles, { lexicon: wordnetLexicon() }));
const said = (bot: Bot, text: string): BotReply => bot.handle(bot.read(text, { botName: 'quotebot' }));
const wholeSummaryOf = (reply: BotReply): string | undefined =>
  reply.kind === 'summary' && reply.summary.topic === null ? reply.summary.article.slug : undefined;

describe('an article named by an everyday kind of text ("the recipe", "the review")', () => {
  it('given a text that calls itself a recipe in its opening, a title that says review, and news that says neither of itself, then each kind finds its one article', () => {
    const all = [recipe, review, news, quoted];
    expect(articlesOfKind(all, 'the recipe')).toEqual([recipe]);
    expect(articlesOfKind(all, 'review')).toEqual([review]);
    expect(articlesOfKind(all, 'the newsletter')).toEqual([]);
  });

  it('given "this review" only past the opening, or "this recipe" only in a quotation, then the text is no review or recipe', () => {
    expect(articlesOfKind([news, quoted], 'the review')).toEqual([]);
    expect(articlesOfKind([news, quoted], 'the recipe')).toEqual([]);
  });

  it('given a review titled so and a text that calls itself "this review", then the title decides', () => {
    const selfNamed = smallArticle('toaster-notes', 'Notes on a toaster', [
      'In this review I look at the Crumbly T2 toaster.',
      'It browns evenly.',
    ]);
    expect(articlesOfKind([selfNamed, review], 'the review')).toEqual([review]);
    expect(articlesOfKind([selfNamed, news], 'the review')).toEqual([selfNamed]);
  });

  it('given "summarize the recipe" or "tl;dr of the review", then the article’s own summary, not a digest of the word', () => {
    const bot = botOf([recipe, review, news, quoted]);
    expect(wholeSummaryOf(said(bot, 'summarize the recipe'))).toBe('ginger-loaf');
    expect(wholeSummaryOf(said(bot, 'summary recipe'))).toBe('ginger-loaf');
    expect(wholeSummaryOf(said(bot, 'tl;dr of the review'))).toBe('kettle-review');
  });

  it('given "does the recipe mention eggs?", then the recipe’s sentence with eggs', () => {
    const bot = botOf([recipe, review, news, quoted]);
    for (const text of [
      'does the recipe mention eggs?',
      'are eggs mentioned in the recipe?',
      'does that recipe talk about eggs',
    ]) {
      const reply = said(bot, text);
      expect(reply.kind, text).toBe('quote');
      if (reply.kind !== 'quote') continue;
      expect(reply.hit.article.slug).toBe('ginger-loaf');
      expect(reply.hit.passage.text).toBe('Add the eggs one at a time, mixing well after each one.');
    }
  });

  it('given "does the review mention the lid?" and "does the recipe mention chocolate?", then the review’s sentence, and that the recipe does not discuss chocolate', () => {
    const bot = botOf([recipe, review, news, quoted]);
    const lid = said(bot, 'does the review say anything about the lid?');
    expect(lid.kind).toBe('quote');
    if (lid.kind === 'quote') expect(lid.hit.article.slug).toBe('kettle-review');
    expect(said(bot, 'does the recipe mention chocolate?')).toMatchObject({
      kind: 'no-match',
      query: 'chocolate',
      articleTitle: "Aunt May's sticky ginger loaf",
    });
  });

  it('given no recipe and news that says "recipe", then "summarize the recipe" and "does the recipe mention gridlock?" are answered as before: what the texts say of the words', () => {
    const bot = botOf([review, news, quoted]);
    expect(said(bot, 'summarize the recipe').kind).toBe('library-summary');
    expect(bot.read('does the recipe mention gridlock?')).toEqual({
      kind: 'help',
      unknown: 'does the recipe mention gridlock?',
    });
  });

  it('given two recipes, then "the recipe" names neither, as before', () => {
    const second = smallArticle('scones', 'Cheese scones', [
      'This recipe makes twelve scones.',
      'Rub the butter into the flour.',
    ]);
    const bot = botOf([recipe, second, news]);
    expect(wholeSummaryOf(said(bot, 'summarize the recipe'))).toBeUndefined();
    expect(bot.read('does the recipe mention eggs?')).toMatchObject({ kind: 'help' });
  });

  it('given "the spending review", then no review article is named by "spending"', () => {
    const bot = botOf([recipe, review, news]);
    expect(bot.read('does the spending review mention gridlock?')).toMatchObject({ kind: 'help' });
  });
});

describe('an article named by its title words and kind, minutes, an FAQ or a diary (new-user pass 18, #7)', () => {
  const minutes = smallArticle('club-minutes', 'Reading Club Minutes: March Meeting', [
    'Nine members met in the back room of the Crown on Tuesday.',
    'The treasurer reported a balance of £90.',
  ]);
  const faq = smallArticle('garden-faq', 'Frequently Asked Questions', [
    'A full plot costs £45 a year.',
    'You may keep chickens with the committee’s consent.',
  ]);
  const poem = smallArticle('keeper', "The Lighthouse Keeper's Son", [
    'He counted ships the way some people count sheep.',
    'The light goes round above the empty hulls.',
  ]);
  const diary = smallArticle('walking-diary', 'Three Days on the Coast Path', [
    'Day one. The path left the harbour at seven and the rain came at ten.',
    'Day two. The crossing to the island takes forty minutes by boat.',
    'Day three. I ate the best chips of my life in the last village.',
  ]);
  // A race report that says "minutes" and a "lighthouse" in its text: the word a topic would find.
  const race = smallArticle('harbour-race', 'Harbour race won in record time', [
    'The winner finished in 41 minutes, two minutes inside the record.',
    'The course turned at the lighthouse.',
  ]);
  const guide = smallArticle('dripping-tap', 'How to Fix a Dripping Tap', [
    'Turn off the water supply under the sink.',
    'Loosen the headgear nut with a spanner.',
  ]);
  // "how to" inside words of a title is no guide.
  const somehow = smallArticle('somehow-together', 'Somehow Together Again', [
    'The band played its first concert in ten years.',
  ]);
  const bot = botOf([minutes, faq, poem, diary, race, guide, somehow]);

  it('given "summarize the minutes", "the faq", "the diary" or "the lighthouse poem", then the article they name, not a topic', () => {
    expect(wholeSummaryOf(said(bot, 'summarize the minutes'))).toBe('club-minutes');
    expect(wholeSummaryOf(said(bot, 'summarize the faq'))).toBe('garden-faq');
    expect(wholeSummaryOf(said(bot, 'summary faq'))).toBe('garden-faq');
    expect(wholeSummaryOf(said(bot, 'summarize the diary'))).toBe('walking-diary');
    expect(wholeSummaryOf(said(bot, 'summarize the lighthouse poem'))).toBe('keeper');
  });

  it('given "summarize the guide", then the text whose title says "How to", and no title with "how to" inside its words', () => {
    expect(wholeSummaryOf(said(bot, 'summarize the guide'))).toBe('dripping-tap');
    expect(articlesOfKind(bot.library.articles, 'guide')?.map((article) => article.slug)).toEqual([
      'dripping-tap',
    ]);
  });

  it('given "summarize the lighthouse" (no kind), then no article is named by it; and "the race minutes" is the one title with "race"', () => {
    expect(said(bot, 'summarize the lighthouse').kind).not.toBe('unknown-article');
    expect(wholeSummaryOf(said(bot, 'summarize the race minutes'))).toBe('harbour-race');
  });
});

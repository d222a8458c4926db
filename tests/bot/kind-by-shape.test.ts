import { describe, expect, it } from 'vitest';
import { Bot, Library, parseArticle, type BotReply } from '../../src/index.js';
import { articlesOfKind } from '../../src/bot/text-kind.js';
import { smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

/** A poem whose title and publication do not say it is one: its stanzas do. */
const poem = smallArticle('keepers-daughter', "The Keeper's Daughter", [
  'She counted ships the way some count sheep, / one light for every vessel, / two for every storm.',
  'In winter the fog came in like a coat. / She learned the horn by heart, / its long low moan.',
  'They gave her father a clock and a pen. / She kept the logbook anyway, / and then again.',
]);
/** Song lyrics: verse's shape, and a title that says what they are. */
const song = smallArticle('harbour-lights', 'Harbour Lights (song lyrics)', [
  'So light the harbour lights, my love, / and leave the door unbarred, / for the sea is wide.',
  'The boats come in at half past five / with silver in the hold, / and every wife is there.',
]);
/** Two languages side by side: one break per paragraph is no stanza. */
const bilingual = smallArticle('story-time', 'Bilingual Story Time', [
  'Story time is on Saturdays. / La hora del cuento es los sábados.',
  'It is free. / Es gratuita.',
]);
/** The one text of a fiction page. */
const story = parseArticle(
  'last-bus.md',
  '---\ntitle: The Last Bus\nauthor: Ruth Abernethy\npublication: The Friday Fiction Page\ndate: 2025-02-07\n---\n\nAgnes waited at the stop for twenty minutes.\n\nThe bus came at last.\n',
);
/** The newest article, which a summary of nothing in particular gives. */
const newest = parseArticle(
  'council.md',
  '---\ntitle: Council Closes Libraries\nauthor: Harriet Vance\npublication: Millbrook Gazette\ndate: 2025-03-12\n---\n\nThe council wants to close the libraries on Sundays.\n',
);

const bot = new Bot(Library.create([poem, song, bilingual, story, newest], { lexicon: wordnetLexicon() }));
const said = (text: string): BotReply => bot.handle(bot.read(text, { botName: 'quotebot' }));
const summaryOf = (reply: BotReply): string | undefined =>
  reply.kind === 'summary' ? reply.summary.article.slug : undefined;

describe('a kind of text told by its shape, and named without "the"', () => {
  it('given verse whose title names no kind, then it is the poem; lyrics titled so are the song, not a poem', () => {
    const all = [poem, song, bilingual, story, newest];
    expect(articlesOfKind(all, 'the poem')).toEqual([poem]);
    expect(articlesOfKind(all, 'the song')).toEqual([song]);
  });

  it.each([
    ['summarize the poem', 'keepers-daughter'],
    ['summarize the song', 'harbour-lights'],
    ['summary story', 'last-bus'],
    ['summarize story', 'last-bus'],
    ['summarize the story', 'last-bus'],
  ])('given %j, then the summary is of %s', (message, slug) => {
    expect(summaryOf(said(message))).toBe(slug);
  });

  it('given "summary" and a word that is every text ("article"), then it is still the newest article', () => {
    expect(summaryOf(said('summary article'))).toBe('council');
  });
});

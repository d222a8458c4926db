import { describe, expect, it } from 'vitest';
import {
  Bot,
  converse,
  Library,
  parseArticle,
  type BotReply,
  type ConversationKey,
} from '../../src/index.js';
import { articlesOfKind } from '../../src/bot/text-kind.js';
import { smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

const speech = smallArticle(
  'baths-opening',
  'Remarks at the Opening of the Harbour Baths',
  [
    'The new baths will open every morning of the year at six o’clock.',
    'Every child in the town will learn to swim there for free.',
    'A town that swims together is a town that stays together.',
  ],
  'Ann Lee',
);
// An essay that says "lecture" once: a relative of "speech" in one sentence.
const essay = smallArticle(
  'letters-by-hand',
  'Why We Should Keep Writing Letters by Hand',
  [
    'The handwritten letter is worth keeping because of its slowness.',
    'Students who write by hand remember more of a lecture than those who type.',
    'Paper does not need a password, a charger or a company that stays in business.',
  ],
  'Jo Whitfield',
);
const story = smallArticle('bus-lane', 'Council approves bus lane on Mill Road', [
  'The council voted 7-4 on Tuesday night to build a dedicated bus lane along Mill Road.',
  'Shop owners on Mill Road said they would lose trade to the retail park.',
]);

const key: ConversationKey = { platform: 'console', channelId: 'C1', userId: 'U1' };
const whole = (reply: BotReply): string | undefined =>
  reply.kind === 'summary' && reply.summary.topic === null ? reply.summary.article.slug : undefined;

describe('an article named by the kind of text it is ("summarize the speech")', () => {
  it('given a title that calls its text remarks, then "the speech", "speech" and "the lecture" name it', () => {
    expect(articlesOfKind([speech, essay, story], 'the speech')).toEqual([speech]);
    expect(articlesOfKind([speech, essay, story], 'lecture')).toEqual([speech]);
    expect(articlesOfKind([speech, essay, story], 'the article')).toEqual([]);
    expect(articlesOfKind([speech, essay, story], 'the harbour')).toBeUndefined();
  });

  it('given a speech titled "Remarks at…" and an essay that says "lecture", then "summarize the speech" is the speech, as "summarize the baths speech" is', () => {
    const bot = new Bot(Library.create([speech, essay, story], { lexicon: wordnetLexicon() }));
    for (const text of ['summarize the speech', 'summary speech', 'summarize the baths speech'])
      expect(whole(converse(bot, text, { ...key, userId: text }, 0)), text).toBe('baths-opening');
  });

  it('given a speech titled "Remarks at…", then "does the speech mention swimming?" is its sentence, and "is the pier in the speech?" that it does not discuss it', () => {
    const bot = new Bot(Library.create([speech, essay, story], { lexicon: wordnetLexicon() }));
    const reply = bot.handle(bot.read('does the speech mention swimming?'));
    expect(reply.kind).toBe('quote');
    if (reply.kind === 'quote') expect(reply.hit.article.slug).toBe('baths-opening');
    expect(bot.handle(bot.read('is the pier in the speech?'))).toMatchObject({
      kind: 'no-match',
      articleTitle: 'Remarks at the Opening of the Harbour Baths',
    });
  });

  it('given no speech and an essay that says "lecture" in one sentence, then "summarize the speech" is no summary of the whole essay', () => {
    const bot = new Bot(Library.create([essay, story], { lexicon: wordnetLexicon() }));
    const reply = converse(bot, 'summarize the speech', key, 0);
    expect(whole(reply)).toBeUndefined();
  });
});

describe('"the story" of a library with one piece of fiction (new-user pass 18, #2)', () => {
  const fiction = parseArticle(
    'last-bus.md',
    [
      '---',
      'title: The Last Bus Home',
      'author: Ruth Abbot',
      'publication: The Friday Fiction Page',
      'date: 2024-02-07',
      '---',
      '',
      'The bus was late, and Agnes had been standing at the stop for twenty minutes.',
      '',
      '"Is this the stop for the town?" the boy asked.',
      '',
      'Agnes said nothing for a while.',
      '',
    ].join('\n'),
  );
  const storyTime = smallArticle('story-time', 'Story Time at the Library Returns', [
    'Every Saturday children gather in the library for a story.',
    'The sessions are free.',
  ]);
  // The newest article (smallArticle's date is 2024-03-01), which "summarize the story" gave before.
  const column = smallArticle('sunday-libraries', 'Keep the Libraries Open on Sundays', [
    'The council wants to close every branch library on Sundays.',
    'Write to your councillor before the vote.',
  ]);
  const botOf = (): Bot =>
    new Bot(Library.create([fiction, storyTime, column], { lexicon: wordnetLexicon() }));

  it('given a fresh chat, then "summarize the story" and /summary story are both the text of the fiction page', () => {
    const bot = botOf();
    expect(whole(converse(bot, 'summarize the story', key, 0))).toBe('last-bus');
    expect(whole(bot.handle({ kind: 'summary', topic: 'story' }))).toBe('last-bus');
  });

  it('given a quote from an article, then "summarize the story" (and "in 2 sentences") is that article', () => {
    const bot = botOf();
    const conversation = { ...key, userId: 'quoted' };
    converse(bot, '/quote children gather', conversation, 0);
    expect(whole(converse(bot, 'summarize the story', conversation, 1))).toBe('story-time');
    converse(bot, '/quote Agnes', conversation, 2);
    const reply = converse(bot, 'summarize the story in 2 sentences', conversation, 3);
    expect(whole(reply)).toBe('last-bus');
    if (reply.kind === 'summary') expect(reply.summary.sentences).toHaveLength(2);
  });

  it('given a quote, then "summarize the article about councils" still names another article', () => {
    const bot = botOf();
    const conversation = { ...key, userId: 'about' };
    converse(bot, '/quote Agnes', conversation, 0);
    expect(whole(converse(bot, 'summarize the article about the council', conversation, 1))).not.toBe(
      'last-bus',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { Bot, Library, parseArticle, type BotReply } from '../../src/index.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

/** A content file of a podcast's library. */
const file = (slug: string, title: string, publication: string, date: string, body: string) =>
  parseArticle(
    `${slug}.md`,
    `---\ntitle: "${title}"\nauthor: Rosa Delgado\npublication: ${publication}\ndate: ${date}\n---\n\n${body}\n`,
  );

/** An episode's transcript: its title says "Episode", its speakers take turns. */
const episode = file(
  'episode-3-ana-ruiz-on-digging',
  'Green Fingers Episode 3: Ana Ruiz on Digging',
  'Green Fingers Radio',
  '2025-03-02',
  [
    'Rosa Delgado: Welcome back. My guest today is Ana Ruiz, who has worked one allotment for twenty years.',
    'Ana Ruiz: Thanks, Rosa. I stopped digging my beds ten years ago and the soil has never been better.',
    'Rosa Delgado: Why did you stop?',
    'Ana Ruiz: My back gave up first, and then I noticed the worms had been doing the work all along.',
    'Rosa Delgado: And the pond?',
    'Ana Ruiz: The pond brought the frogs back within a single summer, and the slugs went with them.',
  ].join('\n\n'),
);
/** A transcript whose title names no episode: its turns say what it is. */
const untitled = file(
  'the-compost-question',
  'The Compost Question',
  'Green Fingers Radio',
  '2025-03-09',
  [
    'Rosa Delgado: Today, compost. Ben Osei runs the heaps at the community garden.',
    'Ben Osei: A heap wants air, water and patience, and most people give it only the first.',
    'Rosa Delgado: How long does it take?',
    'Ben Osei: A year if you leave it alone, three months if you turn it every week.',
  ].join('\n\n'),
);
/** The notes of the first episode, published later: its title says "Episode" too, and "Show Notes". */
const notes = file(
  'episode-3-show-notes-ana-ruiz-on-digging',
  'Episode 3 Show Notes: Ana Ruiz on Digging',
  'Green Fingers Radio',
  '2025-03-16',
  'Gardener Ana Ruiz explains why she stopped digging her beds. She also tells how a pond brought the frogs back.',
);
/** A blog's post. */
const post = file(
  'why-we-garden',
  'Why We Garden',
  'Green Fingers Blog',
  '2025-03-20',
  'We started the show because an allotment taught us patience. Every season repays the one before it.',
);
/** The newest text of all: a newsletter, none of the kinds asked for. */
const newsletter = file(
  'spring-newsletter',
  'Spring Newsletter',
  'Green Fingers Radio',
  '2025-03-30',
  'The seed swap is on the first Saturday of April. Bring seeds in paper envelopes, labelled with the year.',
);

const bot = new Bot(
  Library.create([episode, untitled, notes, post, newsletter], { lexicon: wordnetLexicon() }),
);
const said = (text: string): BotReply => bot.handle(bot.read(text, { botName: 'quotebot' }));
const summaryOf = (reply: BotReply): string | undefined =>
  reply.kind === 'summary' ? reply.summary.article.slug : reply.kind;

describe('the newest of a kind of text, and a title named with its kind', () => {
  it.each([
    // The newest transcript, though the show notes of an older one say "Episode" and are newer.
    ['summarize the latest episode', 'the-compost-question'],
    ['summarize the newest transcript', 'the-compost-question'],
    // A "show" is a podcast's episode in everyday words.
    ['summarize the latest show', 'the-compost-question'],
    ['summarize the latest show notes', 'episode-3-show-notes-ana-ruiz-on-digging'],
    // The blog says its texts are posts.
    ['summarize the latest post', 'why-we-garden'],
    // "Article" is every text: the newest of all, as before.
    ['summarize the latest article', 'spring-newsletter'],
  ])('given %j, then the summary is of %s', (message, slug) => {
    expect(summaryOf(said(message))).toBe(slug);
  });

  it('given a title\'s words and "episode", of an episode and its show notes titled alike, then it is the episode', () => {
    expect(summaryOf(said('summarize the ana ruiz episode'))).toBe('episode-3-ana-ruiz-on-digging');
    expect(summaryOf(said('summarize the ana ruiz show notes'))).toBe(
      'episode-3-show-notes-ana-ruiz-on-digging',
    );
  });
});

describe('the newest or oldest of a kind of text, asked as a fact of the library', () => {
  const factOf = (reply: BotReply): string | undefined =>
    reply.kind === 'articles' ? reply.articles[0]?.slug : reply.kind;

  it.each([
    // The newest transcript, as "summarize the latest episode" takes it, not the newsletter newer than all.
    ["what's the newest episode?", 'the-compost-question'],
    ["what's the newest post?", 'why-we-garden'],
    ["what's the newest show?", 'the-compost-question'],
    ['which is the oldest episode?', 'episode-3-ana-ruiz-on-digging'],
    ['which is the oldest post?', 'why-we-garden'],
    // "Article" is every text, and the library has no speech: the newest or oldest of all, as before.
    ["what's the newest article?", 'spring-newsletter'],
    ["what's the newest speech?", 'spring-newsletter'],
    ["what's the oldest one?", 'episode-3-ana-ruiz-on-digging'],
  ])('given %j, then the answer is %s', (message, slug) => {
    expect(factOf(said(message))).toBe(slug);
  });

  it('given "what\'s the newest episode?", then the answer says it is the newest episode', () => {
    expect(said("what's the newest episode?")).toMatchObject({
      kind: 'articles',
      fact: 'newest',
      noun: 'episode',
    });
    expect(said("what's the newest article?")).not.toHaveProperty('noun');
  });
});

describe('the oldest or newest of a kind named in everyday words', () => {
  const text = (slug: string, title: string, date: string, body: string) =>
    parseArticle(
      `${slug}.md`,
      `---\ntitle: "${title}"\nauthor: Ada Reyes\npublication: Town Archive\ndate: ${date}\n---\n\n${body}\n`,
    );
  const archive = new Bot(
    Library.create(
      [
        text(
          'harbour-address',
          'Address at the Harbour Opening',
          '1901-05-01',
          'We open this harbour for every boat.',
        ),
        text(
          'school-lecture',
          'Lecture on the New School',
          '1910-09-01',
          'A school is a town that plans ahead.',
        ),
        text(
          'letter-to-the-mayor',
          'Letter to the Mayor',
          '1905-02-01',
          'Dear Sir, the bridge needs mending.',
        ),
        text(
          'letter-to-the-council',
          'Letter to the Council',
          '1908-02-01',
          'Dear Sirs, the lamps are out again.',
        ),
        text('market-report', 'Market Report', '1912-01-01', 'Prices of grain rose this spring.'),
      ],
      { lexicon: wordnetLexicon() },
    ),
  );
  const factOf = (message: string): string | undefined => {
    const reply = archive.handle(archive.read(message, { botName: 'quotebot' }));
    return reply.kind === 'articles' ? reply.articles[0]?.slug : reply.kind;
  };

  it.each([
    // A talk is a speech or lecture, as its title says; a note a letter: not the newest text of all.
    ["what's the oldest talk?", 'harbour-address'],
    ["what's the newest talk?", 'school-lecture'],
    ["what's the newest note?", 'letter-to-the-council'],
    ["what's the oldest speech?", 'harbour-address'],
  ])('given %j, then the answer is %s', (message, slug) => {
    expect(factOf(message)).toBe(slug);
  });
});

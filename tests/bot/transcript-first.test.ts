import { describe, expect, it } from 'vitest';
import { Bot, Library, parseArticle, type BotReply } from '../../src/index.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

/** A content file of a podcast's library, published on the episode's day. */
const file = (slug: string, title: string, author: string, body: string) =>
  parseArticle(
    `${slug}.md`,
    `---\ntitle: "${title}"\nauthor: ${author}\npublication: Green Fingers Radio\ndate: 2025-03-02\n---\n\n${body}\n`,
  );

const LINE = 'The pond brought the frogs back within a single summer, and the slugs went with them.';

/** The episode: the guest says the line in her turn. */
const episode = file(
  'episode-3-ana-ruiz-on-digging',
  'Episode 3: Ana Ruiz on Digging',
  'Rosa Delgado',
  [
    'Rosa Delgado: Welcome back. My guest today is Ana Ruiz, who has worked one allotment for twenty years.',
    'Ana Ruiz: Thanks, Rosa. I stopped digging my beds ten years ago and the soil has never been better.',
    'Rosa Delgado: And the pond?',
    `Ana Ruiz: ${LINE} I had no idea it would be that quick.`,
    'Rosa Delgado: What would you tell a beginner?',
    'Ana Ruiz: Leave the soil alone and let the worms do the work.',
  ].join('\n\n'),
);
/** Its show notes, shorter, repeating the line in a paragraph of their own. */
const notes = file(
  'episode-3-show-notes',
  'Episode 3 Show Notes: Ana Ruiz on Digging',
  'Ben Osei',
  [
    'Gardener Ana Ruiz explains why she stopped digging her beds.',
    LINE,
    'Write to the show and we may read your letter on air.',
  ].join('\n\n'),
);

const bot = new Bot(Library.create([notes, episode], { lexicon: wordnetLexicon() }));
const said = (text: string): BotReply => bot.handle(bot.read(text, { botName: 'quotebot' }));

describe('a line both an episode and its show notes carry', () => {
  it("given the line punctuated otherwise in the notes, then it is shown once, as the episode's", () => {
    const other = file(
      'episode-3-show-notes',
      notes.meta.title,
      'Ben Osei',
      `Ana Ruiz: “${LINE.replace('.', '!')}”`,
    );
    const library = Library.create([other, episode], { lexicon: wordnetLexicon() });
    const hits = library.search({ query: 'pond brought the frogs back', limit: 5 }).hits;
    expect(hits.map((hit) => hit.article.slug)).toEqual(['episode-3-ana-ruiz-on-digging']);
  });

  it("given /quote of the line, then the quote is the episode's, credited to the guest who said it", () => {
    const reply = said('/quote pond brought the frogs back');
    expect(reply.kind).toBe('quote');
    if (reply.kind !== 'quote') return;
    expect(reply.hit.article.slug).toBe('episode-3-ana-ruiz-on-digging');
    expect(reply.hit.passage.text).toBe(LINE);
  });
});

import { describe, expect, it } from 'vitest';
import { Bot, Library } from '../../src/index.js';
import { parseArticle } from '../../src/content/parse-article.js';
import type { Article } from '../../src/content/article.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

/** A content file of a research library: front matter, then paragraphs (headings as lines of their own). */
function article(slug: string, meta: Record<string, string>, paragraphs: readonly string[]): Article {
  const front = Object.entries(meta).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return parseArticle(`${slug}.md`, ['---', ...front, '---', '', paragraphs.join('\n\n'), ''].join('\n'));
}

// A lab's reading list: a journal paper, a seminar transcript, a protocol and a newspaper's story on the
// paper, dated so that the story is not the newest.
const paper = article(
  'kelp-paper',
  {
    title: 'Warming shortens the growing season of kelp forests',
    author: 'Ines Moreau, Tariq Bello and Lena Voss',
    publication: 'Marine Ecology Progress Series',
    date: '2024-02-01',
  },
  [
    'Abstract',
    'Kelp forests grew for 40 fewer days in warm years than in cool ones.',
    'Methods',
    'We measured blade growth at six sites every month for four years.',
    'Results',
    'Growth stopped earlier in every warm year, and the effect was strongest at shallow sites.',
  ],
);
const story = article(
  'kelp-story',
  {
    title: 'Warm seas cut kelp season short, divers find',
    author: 'Sam Ortiz',
    publication: 'The Harbour Gazette',
    date: '2024-03-01',
  },
  [
    'Kelp along the coast is growing for weeks less each year, a university study has found.',
    '"We saw the forests thin out by late summer," said Dr Ines Moreau, who led the study.',
    '"Divers noticed it before we did," Dr Moreau said.',
    'The team plans to survey northern sites next year.',
  ],
);
const seminar = article(
  'kelp-seminar',
  { title: 'Department seminar: life in a kelp forest', author: 'Lena Voss', date: '2024-04-01' },
  [
    'HOST (Tom Reed): Welcome, everyone.',
    'LENA VOSS: Thank you. Kelp forests are the rainforests of the sea.',
    'HOST (Tom Reed): Thank you, Lena.',
  ],
);
const report = article(
  'annual-report',
  { title: 'Annual report of the marine lab, year two', author: 'Lena Voss', date: '2024-09-01' },
  [
    'This year we published the kelp paper and gave a seminar on kelp forests.',
    'The news coverage of the study reached many readers.',
  ],
);
/** A bot over these articles, with the lexicon the build derives. */
const botOver = (articles: readonly Article[]): Bot =>
  new Bot(Library.create(articles, { lexicon: wordnetLexicon() }));
const bot = botOver([paper, story, seminar, report]);

function summarisedSlug(message: string): string | undefined {
  const reply = bot.handle(bot.read(message));
  return reply.kind === 'summary' && reply.summary.found ? reply.summary.article.slug : undefined;
}

describe('a kind of text named in a research library', () => {
  it('given a newspaper story among papers, then "summarize the news article" summarises the story, not the newest article', () => {
    expect(summarisedSlug('summarize the news article')).toBe('kelp-story');
    expect(summarisedSlug('summarize the news story')).toBe('kelp-story');
  });

  it('given a seminar transcript, then "summarize the seminar" and "the talk" summarise it, not what texts say of "seminar"', () => {
    expect(summarisedSlug('summarize the seminar')).toBe('kelp-seminar');
    expect(summarisedSlug('summarize the talk')).toBe('kelp-seminar');
  });

  it('given a paper with an abstract and methods, then "summarize the paper" summarises it', () => {
    expect(summarisedSlug('summarize the paper')).toBe('kelp-paper');
  });

  it('given two news stories, then "summarize the news article" asks which, naming both', () => {
    const second = article(
      'reef-story',
      {
        title: 'Reef survey finds fewer urchins',
        author: 'Sam Ortiz',
        publication: 'The Harbour Gazette',
        date: '2024-05-01',
      },
      [
        'Urchins are fewer on the reef this year.',
        '"It is a good sign for the kelp," said Dr Lena Voss.',
        '"We will count them again in spring," she said.',
      ],
    );
    const several = botOver([paper, story, second, seminar, report]);
    const reply = several.handle(several.read('summarize the news article'));
    expect(reply).toMatchObject({ kind: 'unknown-article', several: true, textKind: 'news' });
    if (reply.kind === 'unknown-article')
      expect([...reply.suggestions].sort()).toEqual(['kelp-story', 'reef-story']);
  });
});

describe('an article named by whose it is and its kind', () => {
  it('given "the Moreau paper", then it summarises the paper Moreau wrote first, not what texts say of "Moreau paper"', () => {
    expect(summarisedSlug('summarize the Moreau paper')).toBe('kelp-paper');
  });

  it('given "the Harbour Gazette article", then it summarises the article that paper published', () => {
    expect(summarisedSlug('summarize the Harbour Gazette article')).toBe('kelp-story');
    expect(summarisedSlug('summarize the Marine Ecology Progress Series paper')).toBe('kelp-paper');
  });

  it('given "the voss article" in lower case, of two texts she wrote first and a paper she co-wrote, then it asks which of her two', () => {
    const reply = bot.handle(bot.read('summarize the voss article'));
    expect(reply).toMatchObject({ kind: 'unknown-article', several: true });
    if (reply.kind === 'unknown-article')
      expect([...reply.suggestions].sort()).toEqual(['annual-report', 'kelp-seminar']);
    expect(summarisedSlug('summarize the moreau article')).toBe('kelp-paper');
  });

  it('given "papers by Voss", then it lists her articles, not a search for the word "papers"', () => {
    expect(bot.handle(bot.read('papers by Voss'))).toMatchObject({ kind: 'articles' });
  });
});

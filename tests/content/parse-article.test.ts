import { describe, expect, it } from 'vitest';
import { parseArticle, QuotebotError } from '../../src/index.js';
import { loadRealArticles, seedArticle } from '../helpers/content.js';
import { quotablePassages } from '../../src/search/catalog.js';

const valid = `---
title: A Title
author: An Author
publication: A Paper
date: 2021-02-03
---

First paragraph. It has two sentences.

Second paragraph.
`;

function problemOf(file: string, source: string): string {
  try {
    parseArticle(file, source);
  } catch (error) {
    expect(error).toBeInstanceOf(QuotebotError);
    return (error as Error).message;
  }
  throw new Error('expected a content error');
}

describe('parseArticle', () => {
  it('given every file in content/ then each one is valid (the content check CI runs)', () => {
    expect(loadRealArticles().length).toBeGreaterThan(0);
  });

  it('given the seed article then its metadata is complete', () => {
    const { meta } = seedArticle();
    expect(meta).toMatchObject({
      title: "Donald Trump's Own Version of Muddling Through on North Korea",
      author: 'Eric Ballbach',
      publication: 'The National Interest',
      section: 'Korea Watch',
      date: '2020-05-17',
      topic: 'Security',
      region: 'Asia',
      tags: ['North Korea', 'Donald Trump'],
      imageCredit: 'Reuters',
    });
    expect(meta.authorBio).toMatch(/research fellow/);
    expect(meta.deck).toMatch(/^With a crucial election ahead/);
  });

  it('given the body repeats the deck then quotes come from the body and the deck is not a sentence', () => {
    const article = seedArticle();
    expect(article.sentences.every((s) => !s.text.includes('President Trump is unlikely'))).toBe(true);
    expect(article.sentences.filter((s) => s.text.includes('muddling through'))).toHaveLength(1);
  });

  it('given underscores then strong emphasis is dropped, and a blank to fill or a word\'s own are kept', () => {
    const texts = (paragraph: string): string[] =>
      parseArticle('x.md', valid.replace('Second paragraph.', paragraph)).sentences.slice(-1).map((s) => s.text);
    expect(texts('It was __very__ late.')).toEqual(['It was very late.']);
    expect(texts('Interest is ____ per cent, or $___ each.')).toEqual(['Interest is ____ per cent, or $___ each.']);
    expect(texts('Run the snake__case job.')).toEqual(['Run the snake__case job.']);
  });

  it('given inline Markdown in a hand-written body then emphasis and code marks go and their words stay', () => {
    const texts = (paragraph: string): string[] =>
      parseArticle('x.md', valid.replace('Second paragraph.', paragraph)).sentences.slice(-1).map((s) => s.text);
    expect(texts('The new logo is **bold**, *friendly* and `responsive` at last.')).toEqual([
      'The new logo is bold, friendly and responsive at last.',
    ]);
    expect(texts('It was _very_ late, and the *whole\nteam* knew it.')).toEqual([
      'It was very late, and the whole team knew it.',
    ]);
    // A code span keeps its text as written; an asterisk that flanks no word is no mark.
    expect(texts('Run `a*b*c` to see it.')).toEqual(['Run a*b*c to see it.']);
    expect(texts('A backslash keeps \\*these\\* and \\`this\\` as typed.')).toEqual([
      'A backslash keeps *these* and `this` as typed.',
    ]);
    expect(texts('The room is 5 * 3 metres * and a lone * stays.')).toEqual([
      'The room is 5 * 3 metres * and a lone * stays.',
    ]);
  });

  it('given a repeated sentence in a body then the repeat points at the first one', () => {
    const article = parseArticle('x.md', valid.replace('Second paragraph.', 'First paragraph. Another.'));
    expect(article.sentences.map((s) => s.duplicateOf)).toEqual([undefined, undefined, 'x#0', undefined]);
  });

  it('given a heading in capitals in the body then it is no sentence to quote, and a text all in capitals is', () => {
    const article = parseArticle('x.md', valid.replace('Second paragraph.', 'POSTAL SAVINGS BANKS.\n\nSecond paragraph.'));
    expect(article.sentences.map((s) => [s.text, s.heading])).toContainEqual(['POSTAL SAVINGS BANKS.', true]);
    expect(quotablePassages(article).map((s) => s.text)).not.toContain('POSTAL SAVINGS BANKS.');
    // A short sentence with an acronym in capitals is a sentence ("BA cut fares."), as is a text all in capitals.
    expect(parseArticle('x.md', valid.replace('Second paragraph.', 'BA cut fares.')).sentences.at(-1)?.heading).toBeUndefined();
    const shouted = parseArticle('x.md', valid.replace(/First paragraph[^\n]*\n\nSecond paragraph\./, 'ALL OF IT.\n\nIN CAPITALS.'));
    expect(quotablePassages(shouted).map((s) => s.text)).toEqual(['ALL OF IT.', 'IN CAPITALS.']);
  });

  it('given a section heading on a line of its own in plain text, then it is a heading, and a short sentence is not', () => {
    const body = 'The lean years\n\nThe mill closed in 1971. Nobody fished there again.\n\nWhat came next\n\nThe river came back. Otters returned.';
    const article = parseArticle('x.md', valid.replace(/First paragraph[^\n]*\n\nSecond paragraph\./, body));
    expect(article.sentences.filter((s) => s.heading).map((s) => s.text)).toEqual(['The lean years', 'What came next']);
    expect(quotablePassages(article).map((s) => s.text)).toEqual([
      'The mill closed in 1971.',
      'Nobody fished there again.',
      'The river came back.',
      'Otters returned.',
    ]);
    // A sentence ends in its mark, however short ("It worked."), or in a quotation's ("“Never.”"); a line of more
    // than a dozen words without one is prose left unfinished.
    for (const paragraph of [
      'It worked.',
      'Did it work?',
      '“Never.”',
      'The work went on for years and years, through three councils and two floods and more',
    ])
      expect(parseArticle('x.md', valid.replace('Second paragraph.', paragraph)).sentences.at(-1)?.heading).toBeUndefined();
  });

  it('given a small valid file then paragraphs and sentences are split', () => {
    const article = parseArticle('a-title.md', valid);
    expect(article.slug).toBe('a-title');
    expect(article.paragraphs.map((p) => p.text)).toEqual(['First paragraph. It has two sentences.', 'Second paragraph.']);
    expect(article.sentences.map((s) => s.text)).toEqual(['First paragraph.', 'It has two sentences.', 'Second paragraph.']);
  });

  it.each([
    ['a missing field', valid.replace('author: An Author\n', ''), 'bad.md: author: is required'],
    [
      'several missing fields',
      valid.replace('author: An Author\n', '').replace(/date: .*\n/, ''),
      'bad.md: author: and date: are required',
    ],
    ['a field that is no list', valid.replace('date:', 'tags: notalist\ndate:'), 'bad.md: tags: must be a list'],
    ['a glossary that is no list', valid.replace('date:', 'glossary: nope\ndate:'), 'bad.md: glossary: must be a list'],
    ['a list for a text', valid.replace('author: An Author', 'author: [A, B]'), 'bad.md: author: must be text'],
    ['a number for a title', valid.replace('title: A Title', 'title: 12345'), 'bad.md: title: must be text'],
    ['a field left blank', valid.replace('author: An Author', 'author:'), 'bad.md: author: has no value'],
    ['a number for a date', valid.replace('2021-02-03', '20210203'), 'bad.md: date: must be a date written YYYY-MM-DD'],
    ['a list for the front matter', valid.replace(/title: A Title\n[^]*date: .*\n/, '- a\n- b\n'), 'bad.md: the front matter must be fields'],
    ['an impossible date', valid.replace('2021-02-03', '2021-02-30'), 'bad.md: date: 2021-02-30 is not a real date'],
    ['a date in another format', valid.replace('2021-02-03', '03/02/2021'), 'bad.md: date: 03/02/2021 is not a date written YYYY-MM-DD'],
    ['an unknown field', valid.replace('title: A Title', 'title: A Title\nauthr: x'), 'bad.md: unknown field(s) authr'],
    ['no front matter', 'Just text.', 'bad.md: missing front matter'],
    ['broken YAML', valid.replace('title: A Title', 'title: [oops'), 'bad.md: the front matter is not valid YAML'],
    ['an empty body', valid.split('---\n\n')[0] + '---\n', 'bad.md: body: the body has no text'],
    ['a one-word glossary entry', valid.replace('date:', 'glossary:\n  - [alone]\ndate:'), 'bad.md: glossary.0: each glossary entry'],
  ])('given %s then the error names the file and the problem', (_, source, expected) => {
    expect(problemOf('bad.md', source)).toContain(expected);
  });

  it('given no front matter then the error says the import writes one', () => {
    expect(problemOf('post.md', '# A post\n\nJust text.\n')).toBe(
      'post.md: missing front matter: the file must start with a --- block of YAML; `quotebot import post.md` writes one from its text (then move the original out of the folder)',
    );
  });

  it("given Hugo's TOML front matter (+++) then the error says a content file's is YAML, and the import converts it", () => {
    expect(problemOf('hugo.md', '+++\ntitle = "A post"\n+++\n\nJust text.\n')).toBe(
      "hugo.md: the front matter is TOML (+++, Hugo's): a content file's is YAML between --- lines (title: …); `quotebot import hugo.md` writes one from it (then move the original out of the folder)",
    );
  });

  it("given no front matter in a folder whose path has a space and an apostrophe then the import's path is quoted for the shell", () => {
    const problem = (() => {
      try {
        parseArticle('post.md', '# A post\n\nJust text.\n', "/home/jo/Jo's posts/post.md");
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    })();
    expect(problem).toContain(`\`quotebot import '/home/jo/Jo'\\''s posts/post.md'\` writes one`);
  });

  it('given a wrong-typed field and a missing one then each is said as it is, not both as required', () => {
    const source = valid.replace('title: A Title', 'title: 12345').replace('author: An Author\n', '');
    expect(problemOf('bad.md', source)).toBe('bad.md: title: must be text; author: is required');
    expect(problemOf('bad.md', source.replace(/date: .*\n/, ''))).toBe(
      'bad.md: title: must be text; author: and date: are required',
    );
  });

  it('given a missing field, an impossible date and no body then every problem is said at once', () => {
    const source = valid.replace('author: An Author\n', '').replace('2021-02-03', '2021-02-30');
    expect(problemOf('bad.md', source)).toBe('bad.md: author: is required; date: 2021-02-30 is not a real date');
    expect(problemOf('bad.md', source.split('---\n\n')[0] + '---\n')).toBe(
      'bad.md: author: is required; date: 2021-02-30 is not a real date; body: the body has no text',
    );
  });

  it('given a date written another way or an impossible one then it is one problem, said once with the date', () => {
    expect(problemOf('bad.md', valid.replace('2021-02-03', '12/07/2023'))).toBe(
      'bad.md: date: 12/07/2023 is not a date written YYYY-MM-DD',
    );
    expect(problemOf('bad.md', valid.replace('2021-02-03', '2023-02-30'))).toBe('bad.md: date: 2023-02-30 is not a real date');
  });

  it('given a field written without its colon then its line and words are said, and the other problems with them', () => {
    const source = valid.replace('publication: A Paper', 'publication A Paper');
    expect(problemOf('bad.md', source)).toBe('bad.md: line 4: `publication A Paper` has no colon after the field name');
    // The rest is read as if the colon were there: the date is said too, and publication: is not "required".
    expect(problemOf('bad.md', source.replace('2021-02-03', '12/07/2023'))).toBe(
      'bad.md: line 4: `publication A Paper` has no colon after the field name; date: 12/07/2023 is not a date written YYYY-MM-DD',
    );
    expect(problemOf('bad.md', valid.replace('date: 2021-02-03', 'date 2021-02-03').replace('title: A Title', 'title A Title'))).toBe(
      'bad.md: line 2: `title A Title` has no colon after the field name; line 5: `date 2021-02-03` has no colon after the field name',
    );
  });

  it('given broken YAML then the error is one line that places it in the file, not in the front matter', () => {
    const source = valid.replace('title: A Title', 'title: [oops');
    expect(problemOf('bad.md', source)).toMatch(/^bad\.md: the front matter is not valid YAML \(line [2-6], column \d+: /);
  });

  it('given a quote left open then the error places it where it opens, not where the front matter ends', () => {
    const source = valid.replace('author: An Author', 'author: "An Author');
    expect(problemOf('bad.md', source)).toBe(
      'bad.md: the front matter is not valid YAML (line 3, column 9: the " that opens here is never closed)',
    );
  });

  it('given a quote left open and an impossible date then both are said', () => {
    const source = valid.replace('title: A Title', 'title: "Unclosed').replace('2021-02-03', '2024-13-01');
    expect(problemOf('bad.md', source)).toBe(
      'bad.md: the front matter is not valid YAML (line 2, column 8: the " that opens here is never closed); date: 2024-13-01 is not a real date',
    );
  });

  it('given a front matter opened by --- and never closed then the error says the closing --- is missing', () => {
    const source = '---\ntitle: Missing end\nauthor: X\npublication: Y\ndate: 2024-01-01\nSome text here about wasps.\n';
    expect(problemOf('noend.md', source)).toBe(
      'noend.md: the front matter has no closing ---: put a line of --- after its last field, before the text',
    );
  });

  it('given a file name that is not a slug then the error says so, and the name to give it', () => {
    expect(problemOf('My Article.md', valid)).toContain('My Article.md: the file name must be a slug');
    expect(problemOf('PRINTER.MD', valid)).toMatch(/: rename it printer\.md$/);
  });

  it('given an empty file, or one of blank lines, then the error says it is empty, not that it lacks front matter', () => {
    for (const source of ['', '\uFEFF\n\n'])
      expect(problemOf('empty.md', source)).toBe(
        'empty.md: is empty: write an article in it (--- front matter, then its text) or remove it',
      );
  });
});

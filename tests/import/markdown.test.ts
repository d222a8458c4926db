import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/content/parse-article.js';
import { detectFormat, draftToMarkdown, extractMarkdown, prepareContentFile } from '../../src/index.js';
import { ITEM_MARK } from '../../src/import/draft.js';

function draftOf(markdown: string) {
  const outcome = extractMarkdown('test.md', markdown);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
  return outcome;
}

describe('extractMarkdown', () => {
  it('given an italic byline right under the title then it is the author and the date, not the deck', () => {
    const { value } = draftOf(
      [
        '# Harbour Days',
        '',
        '*Posted by Ana Silva on 3 March 2021*',
        '',
        'The harbour reopened.',
        '',
        'Boats came back.',
      ].join('\n'),
    );
    expect(value).toMatchObject({ title: 'Harbour Days', author: 'Ana Silva', date: '2021-03-03' });
    expect(value.deck).toBeUndefined();
    expect(value.paragraphs).toEqual(['The harbour reopened.', 'Boats came back.']);
  });

  it('given Markdown without front matter then the heading, deck, byline and date are read and markup goes', () => {
    const { value } = draftOf(
      [
        '# The Quiet *Revolution* in Rural Broadband',
        '',
        '## How small co-ops wired the places big carriers skipped',
        '',
        'By Jane Roe and John Doe',
        '',
        'March 3, 2021',
        '',
        'When the last dial-up provider shut down, [the co-op](https://example.com) stepped in. It was **not**',
        'an easy decision.',
        '',
        '![a map](map.png)',
        '',
        '- First, they surveyed every farm.',
        '- Then they borrowed money.',
        '',
        '> "We had no choice," said the chair.',
        '',
        '```',
        'not prose',
        '```',
        '',
        '## What came next',
        '',
        'Prices fell.',
      ].join('\n'),
    );
    expect(value).toMatchObject({
      title: 'The Quiet Revolution in Rural Broadband',
      deck: 'How small co-ops wired the places big carriers skipped',
      author: 'Jane Roe and John Doe',
      date: '2021-03-03',
    });
    expect(value.paragraphs).toEqual([
      'When the last dial-up provider shut down, the co-op stepped in. It was not an easy decision.',
      // A list's items keep their mark in the content file: the reader quotes them however short.
      '- First, they surveyed every farm.',
      '- Then they borrowed money.',
      '"We had no choice," said the chair.',
      // A fenced code block is kept as written, for search only (session 48; it was dropped before).
      '```\nnot prose\n```',
      '## What came next',
      'Prices fell.',
    ]);
  });

  it('given complete front matter and a repeated # Title with a ## subtitle under it then the subtitle is the deck', () => {
    const front = [
      '---',
      'title: Why the bees are leaving our gardens',
      'author: Dr. Priya Natarajan',
      'publication: Green Thumb Monthly',
      'date: 2023-06-14',
      '---',
      '',
    ];
    const body = [
      "## A gardener's guide to helping pollinators",
      '',
      'Every spring, fewer bees come.',
      '',
      '## What to do',
      '',
      'Plant.',
    ];
    const { value } = draftOf([...front, '# Why the bees are leaving our gardens', '', ...body].join('\n'));
    expect(value.deck).toBe("A gardener's guide to helping pollinators");
    expect(value.paragraphs).toEqual(['Every spring, fewer bees come.', '## What to do', 'Plant.']);
    // Without the repeated title a first ## is the body's first section, as written; a deck in the front matter wins.
    expect(draftOf([...front, ...body].join('\n')).value.deck).toBeUndefined();
    const decked = [
      ...front.slice(0, 5),
      'deck: Bees need help',
      ...front.slice(5),
      '# Why the bees are leaving our gardens',
      '',
      ...body,
    ];
    expect(draftOf(decked.join('\n')).value).toMatchObject({ deck: 'Bees need help' });
    expect(draftOf(decked.join('\n')).value.paragraphs[0]).toBe(
      "## A gardener's guide to helping pollinators",
    );
  });

  it('given a table and code spans then each row is a sentence, said in a warning, and code keeps its text as written', () => {
    const { value, warnings } = draftOf(
      [
        '# Handling errors',
        '',
        'The `?` operator returns early with a `Box<dyn Error>` when it fails.',
        '',
        '| Approach | Best for |',
        '| --- | :---: |',
        '| Box | small binaries |',
        '',
        'After the table comes more prose.',
      ].join('\n'),
    );
    expect(value.paragraphs).toEqual([
      'The ? operator returns early with a Box<dyn Error> when it fails.',
      `${ITEM_MARK}Box: best for small binaries.`,
      'After the table comes more prose.',
    ]);
    expect(warnings).toEqual([{ code: 'table-rows', subject: '1', detail: 'Approach | Best for' }]);
  });

  it('given code spans with angle brackets then the content file reads back the text they hold', () => {
    const { value } = draftOf(
      [
        '# Flags',
        '',
        'Kill switches are named `kill.<service>.<feature>` and are never removed.',
        '',
        'The `?` operator returns a `Box<dyn Error>`, and 3 < 4.',
      ].join('\n'),
    );
    const built = prepareContentFile('flags.md', {
      ...value,
      author: 'A B',
      publication: 'P',
      date: '2020-01-01',
    });
    expect(built.ok && built.value.article.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'Kill switches are named kill.<service>.<feature> and are never removed.',
      'The ? operator returns a Box<dyn Error>, and 3 < 4.',
    ]);
    expect(built.ok && built.warnings).toEqual([]);
  });

  it("given underscores then emphasis goes, and a blank to fill or a word's own stay, as a content file reads them", () => {
    const { value } = draftOf(
      [
        '# Rates',
        '',
        'It was __very__ late and _quite_ dark.',
        '',
        'Interest is ____ per cent, or $___ each, for snake__case.',
      ].join('\n'),
    );
    expect(value.paragraphs).toEqual([
      'It was very late and quite dark.',
      'Interest is ____ per cent, or $___ each, for snake__case.',
    ]);
  });

  it('given a site generator’s front matter then its keys map to the content format and the rest is named', () => {
    const outcome = draftOf(
      [
        '---',
        'title: Notes From the Field',
        'authors: [{ name: Ana Silva }, { name: Li Wei }]',
        'publishDate: 2022-10-05T08:00:00Z',
        'description: A season of counting birds.',
        'categories: [Nature]',
        'keywords: birds, wetlands',
        'layout: post',
        'comments: true',
        '---',
        '',
        'We counted birds all season.',
      ].join('\n'),
    );
    expect(outcome.value).toMatchObject({
      title: 'Notes From the Field',
      author: 'Ana Silva and Li Wei',
      date: '2022-10-05',
      deck: 'A season of counting birds.',
      section: 'Nature',
      tags: ['birds', 'wetlands'],
      paragraphs: ['We counted birds all season.'],
    });
    expect(outcome.warnings).toEqual([{ code: 'ignored-fields', detail: 'comments' }]);
  });

  it('given several categories then the first is the section and all of them are kept among the tags', () => {
    const front = (lines: string[]): string =>
      ['---', 'title: Green Roofs', 'author: Ana Silva', ...lines, '---', '', 'Roofs grew gardens.'].join(
        '\n',
      );
    expect(draftOf(front(['categories: [Gardening, Cities]'])).value).toMatchObject({
      section: 'Gardening',
      tags: ['Gardening', 'Cities'],
    });
    const outcome = draftOf(
      front(['section: Homes', 'tags: [roofs, cities]', 'categories: [Gardening, Cities]']),
    );
    expect(outcome.value).toMatchObject({ section: 'Homes', tags: ['roofs', 'cities', 'Gardening'] });
    expect(outcome.warnings).toEqual([]);
  });

  it('given front matter that is not YAML then the import fails naming the problem', () => {
    const outcome = extractMarkdown('bad.md', '---\ntitle: [unclosed\n---\n\nText.');
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problem).toMatchObject({ code: 'invalid-content', source: 'bad.md' });
  });

  it("given an unclosed quotation mark in the front matter then the problem is one line with the file's line", () => {
    const outcome = extractMarkdown(
      'bad.md',
      '---\ntitle: Roofs\ndeck: "Green and\nauthor: Ana\n---\n\nText.',
    );
    expect(outcome.ok || outcome.problem.detail).toBe(
      'the front matter is not valid YAML (line 3, column 7: the " that opens here is never closed)',
    );
  });

  it('given a field without its colon in the front matter then the problem names its line and words', () => {
    const outcome = extractMarkdown('bad.md', '---\ntitle: Roofs\npublication Village News\n---\n\nText.');
    expect(outcome.ok || outcome.problem.detail).toBe(
      'line 3: `publication Village News` has no colon after the field name',
    );
  });

  it('given a front matter with an unclosed quote, a field without its colon and a date of no calendar day, then the import names all three, as check does', () => {
    const broken = [
      '---',
      'title: "Council approves parking charges',
      'author: Jo Bloggs',
      'publication Millbrook Gazette',
      'date: 2025-02-30',
      '---',
      '',
      'The council approved new parking charges on Tuesday.',
      '',
    ].join('\n');
    const outcome = extractMarkdown('broken.md', broken, 'Jo Bloggs');
    const said = outcome.ok ? undefined : outcome.problem.detail;
    expect(said).toBe(
      'the front matter is not valid YAML (line 2, column 8: the " that opens here is never closed); ' +
        'line 4: `publication Millbrook Gazette` has no colon after the field name; date: 2025-02-30 is not a real date',
    );
    expect(() => parseArticle('broken.md', broken)).toThrow(`broken.md: ${said}`);
  });

  it('given a front matter problem, then keys of a site generator, fields left to the options and a date the import reads are no problem of it', () => {
    const outcome = extractMarkdown(
      'post.md',
      '---\nheadline: Roofs\nlayout: post\ndate: 3 March 2021\nsection Gardens\n---\n\nText.',
    );
    expect(outcome.ok || outcome.problem.detail).toBe(
      'line 5: `section Gardens` has no colon after the field name',
    );
  });

  it('given a paragraph with Markdown markers then the import warns that it reads differently', () => {
    const built = prepareContentFile('x.md', {
      title: 'T',
      author: 'A B',
      publication: 'P',
      date: '2020-01-01',
      tags: [],
      paragraphs: ['Plain words.', 'Has **bold** words.'],
    });
    expect(built.ok && built.warnings).toEqual([
      { code: 'paragraph-changed', subject: '2', detail: 'Has **bold** words.' },
    ]);
  });

  it('given a list of fragments then its paragraphs are read as one run, and the import warns of none', () => {
    const draft = {
      title: 'T',
      author: 'A B',
      publication: 'P',
      date: '2020-01-01',
      tags: [],
      paragraphs: [
        'Three stand out:',
        'the loss of meadows,',
        'and the use of pesticides.',
        'Has **bold** words.',
      ],
    };
    const built = prepareContentFile('x.md', draft);
    expect(built.ok && built.value.article.paragraphs.map((p) => p.text)).toEqual([
      'Three stand out: the loss of meadows, and the use of pesticides.',
      'Has bold words.',
    ]);
    // The paragraph that reads differently is named by its own number, after the run's three.
    expect(built.ok && built.warnings).toEqual([
      { code: 'paragraph-changed', subject: '4', detail: 'Has **bold** words.' },
    ]);
  });

  it('given awkward values then the YAML keeps them as text', () => {
    const markdown = draftToMarkdown({
      title: 'Yes: 2020-01-01 # not a comment',
      author: 'null',
      publication: '"Quoted"',
      date: '2020-01-01',
      tags: ['true', '12'],
      paragraphs: ['Body.'],
    });
    const built = prepareContentFile('x', draftOf(markdown).value);
    expect(built.ok && built.value.article.meta).toMatchObject({
      title: 'Yes: 2020-01-01 # not a comment',
      author: 'null',
      publication: '"Quoted"',
      tags: ['true', '12'],
    });
  });
  it("given Hugo's TOML front matter (+++) then its fields are read as YAML's are, and the body is the text after it", () => {
    const { value, warnings } = draftOf(
      [
        '+++',
        'title = "Notes from the hackathon"  # the post',
        'date = 2024-05-02T10:00:00+02:00',
        'authors = [\'Jo Park\', "Ana Silva"]',
        'tags = [',
        '  "events",',
        '  "code",',
        ']',
        'draft = false',
        'weight = 3',
        '[params]',
        '  subtitle = "Two days, six teams"',
        '+++',
        '',
        'We built a tool that sorts returned books.',
      ].join('\n'),
    );
    expect(value).toMatchObject({
      title: 'Notes from the hackathon',
      author: 'Jo Park and Ana Silva',
      date: '2024-05-02',
      tags: ['events', 'code'],
      paragraphs: ['We built a tool that sorts returned books.'],
    });
    expect(warnings).toEqual([{ code: 'ignored-fields', detail: 'params' }]);
  });

  it('given TOML front matter with a line it does not read then the import fails naming the line and what to write', () => {
    const outcome = extractMarkdown(
      'hugo.md',
      ['+++', 'title = "A"', 'description = """Two', 'lines"""', '+++', '', 'Body.'].join('\n'),
    );
    expect(!outcome.ok && outcome.problem.detail).toBe(
      'line 3 (`description = """Two`), line 4 (`lines"""`) are not TOML this import reads (key = "text", a date, a number or a list): write the front matter as YAML between --- lines',
    );
  });
});

describe('prepareContentFile', () => {
  it('given a title with no letter a to z then it fails suggesting a slug of the file name, or else of the date', () => {
    const draft = {
      title: '北京的春天',
      author: '李明',
      publication: '博客',
      date: '2023-04-01',
      tags: [],
      paragraphs: ['北京的春天来得很快。'],
    };
    const problemOf = (source: string) => {
      const outcome = prepareContentFile(source, draft);
      return outcome.ok ? undefined : outcome.problem;
    };
    expect(problemOf('/tmp/spring notes.txt')).toMatchObject({ code: 'no-slug', slug: 'spring-notes' });
    expect(problemOf('/tmp/春天.md')).toMatchObject({ code: 'no-slug', slug: 'article-2023-04-01' });
    expect(problemOf('https://news.example/春天?id=3')).toMatchObject({
      code: 'no-slug',
      slug: 'article-2023-04-01',
    });
  });
});

describe('detectFormat', () => {
  it.each([
    ['page.html', 'anything', 'html'],
    ['notes.txt', '# looks like markdown', 'text'],
    ['notes.txt', '---\ntitle: a\n---\n\nText.', 'markdown'],
    ['notes.txt', '+++\ntitle = "a"\n+++\n\nText.', 'markdown'],
    ['notes.txt', '---\nA line between rules.\n---\n\nText.', 'text'],
    ['x', '<!DOCTYPE html><html>', 'html'],
    ['x', '---\ntitle: a\n---\n', 'markdown'],
    ['x', '+++\ntitle = "a"\n+++\n', 'markdown'],
    ['x', 'Title\n\n## Part one\n', 'markdown'],
    ['x', 'Just words.\n\nMore words.', 'text'],
  ])('given %s holding %j then it is %s', (fileName, text, format) => {
    expect(detectFormat(text, { fileName })).toBe(format);
  });
});

import { describe, expect, it } from 'vitest';
import { Library, parseArticle } from '../../src/index.js';
import { randomQuotable } from '../../src/library.js';
import { quotablePassages } from '../../src/search/catalog.js';
import { summarize } from '../../src/summary/summarize.js';

const FRONT = `---
title: "Episode 9 Show Notes: The Allotment Year"
author: Rosa Delgado
publication: Green Fingers Radio
date: 2025-03-02
---
`;

const read = (body: string) => parseArticle('notes.md', `${FRONT}\n${body}`);
const quotable = (body: string): string[] => quotablePassages(read(body)).map((passage) => passage.text);

const PROSE =
  'Gardener Ana Ruiz has worked the same allotment for twenty years. She explains why she stopped digging her beds and how a pond brought the frogs back.';

// As the import writes a Markdown list of chapters: a heading, then its items.
const MARKDOWN_NOTES = `${PROSE}

## Timestamps

- 00:00 Intro
- 02:15 Why she stopped digging
- 09:40 The pond that brought the frogs back
- 17:05 Slugs, beer traps and "the night patrol"

## Links

- Ana's allotment diary: https://example.org/ana-diary
- The no-dig method, explained: https://example.org/no-dig (the page is slow to load)
- Support the show: https://example.org/support
- [Ana on Instagram](https://example.org/ana)
- *[The pond, step by step](https://example.org/pond "Our guide")*
`;

// As the import writes a web page's list (its items as paragraphs) and a plain text's lines run together.
const PAGE_NOTES = `${PROSE}

Chapters

[00:00:03] Welcome and a confession about weeds

[00:04:12] Is digging ever worth it?

[00:11:30] Building a pond in a weekend

Timestamps: 00:00 Intro 02:15 Why she stopped digging 09:40 The pond that brought the frogs back
`;

describe('show notes: timestamp lists and link lines are navigation', () => {
  it('given a Markdown list of timestamped chapters and of links, then only the prose is quotable', () => {
    expect(quotable(MARKDOWN_NOTES)).toEqual([
      'Gardener Ana Ruiz has worked the same allotment for twenty years.',
      'She explains why she stopped digging her beds and how a pond brought the frogs back.',
    ]);
  });

  it('given chapters as paragraphs, bracketed or run together after "Timestamps:", then none is quotable', () => {
    expect(quotable(PAGE_NOTES)).toEqual([
      'Gardener Ana Ruiz has worked the same allotment for twenty years.',
      'She explains why she stopped digging her beds and how a pond brought the frogs back.',
    ]);
  });

  it('given links alone in paragraphs of the body, then they are navigation too; a sentence with a link is said', () => {
    const body = `Read [her diary](https://example.org/d) for the frogs.

[Ana on Instagram](https://example.org/ana)

[Our pond guide](https://example.org/pond-guide)`;
    expect(quotable(body)).toEqual(['Read her diary for the frogs.']);
  });

  it('given the chapters, then they stay in the body for context, marked like headings', () => {
    const article = read(MARKDOWN_NOTES);
    expect(article.body).toContain('09:40 The pond that brought the frogs back');
    expect(article.sentences.find((sentence) => sentence.text.startsWith('09:40'))?.heading).toBe(true);
  });

  it('given show notes, then no summary, random quote or search answer is a chapter or a link', () => {
    for (const body of [MARKDOWN_NOTES, PAGE_NOTES]) {
      const article = read(body);
      const summary = summarize(article).sentences.map((sentence) => sentence.text);
      expect(summary.join(' ')).not.toMatch(/\d:\d\d|https?:/);
      expect(randomQuotable(article).map((passage) => passage.text).join(' ')).not.toMatch(/\d:\d\d|https?:/);
      const hits = Library.create([article]).search({ query: 'pond frogs' }).hits;
      expect(hits.map((hit) => hit.passage.text)).toEqual([
        'She explains why she stopped digging her beds and how a pond brought the frogs back.',
      ]);
    }
  });

  it('given a sentence that mentions a time or a page, then it stays quotable', () => {
    const body = `At 10:30 the council met and voted to keep the allotments open.

The minutes are online at https://example.org/minutes, and they show the vote was close.

10:45 the chair thanked everyone for coming.`;
    expect(quotable(body)).toEqual([
      'At 10:30 the council met and voted to keep the allotments open.',
      'The minutes are online at https://example.org/minutes, and they show the vote was close.',
      '10:45 the chair thanked everyone for coming.',
    ]);
  });

  it("given a live blog's timestamped entries or a timestamped transcript, then their sentences stay quotable", () => {
    const liveBlog = `14:05 The mayor has arrived at the allotments.

14:20 She says the site will stay open for at least ten more years.`;
    expect(quotable(liveBlog)).toEqual([
      '14:05 The mayor has arrived at the allotments.',
      '14:20 She says the site will stay open for at least ten more years.',
    ]);
    const transcript = `[00:01:02] Rosa: Is digging ever worth it?

[00:01:08] Ana: Hardly ever. Digging wakes the weed seeds up.

[00:02:40] Rosa: So you just leave it?`;
    expect(quotable(transcript).join(' ')).toContain('Digging wakes the weed seeds up.');
  });
});

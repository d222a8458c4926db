import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { quotablePassages } from '../../src/search/catalog.js';
import { summarize } from '../../src/summary/summarize.js';
import { markdownBlocks } from '../../src/text/markdown-blocks.js';

const FRONT = `---
title: Why I cycle to work
author: Ana Silva
publication: Millbrook Gazette
date: 2025-01-14
---
`;

const read = (body: string) => parseArticle('post.md', `${FRONT}\n${body}`);
const quotable = (body: string): string[] => quotablePassages(read(body)).map((passage) => passage.text);
const headings = (body: string): string[] =>
  read(body)
    .sentences.filter((sentence) => sentence.heading)
    .map((sentence) => sentence.text);

// A cycling blog as a new user wrote it (blog.md): "## 4. It saves real money" names the section the money is
// in, and no sentence under it says "money".
const POST = `Last October I sold my car. Here is what I learned.

## 3. Ice is the real enemy

I fell twice, both times on black ice by the canal bridge.

## 4. It saves real money

I worked it out: insurance, fuel and parking cost me £3,100 a year. The bike, tyres and clothes came to £850.
`;

describe('Markdown headings in a content file', () => {
  it('given "## 4. It saves real money", then it is read as one heading of its section: kept, never quoted', () => {
    const article = read(POST);
    expect(headings(POST)).toEqual(['3. Ice is the real enemy', '4. It saves real money']);
    expect(article.paragraphs.filter((paragraph) => paragraph.heading).map((paragraph) => paragraph.text)).toEqual([
      '3. Ice is the real enemy',
      '4. It saves real money',
    ]);
    expect(quotable(POST).join(' ')).not.toContain('saves real money');
    // The body's text says the heading where it stands, before its section.
    expect(article.body).toContain('4. It saves real money\n\nI worked it out');
  });

  it('given the topic "money", then the summary gives the section the heading names, not "does not discuss"', () => {
    const summary = summarize(read(POST), { topic: 'money' });
    expect(summary.found).toBe(true);
    expect(summary.sentences.map((sentence) => sentence.text).join(' ')).toMatch(/£/);
  });

  it('given a heading underlined with === or ---, then it is a heading too; --- under a sentence stays a rule', () => {
    const body = 'First paragraph here.\n\nIt saves real money\n---\n\nIt cost me £850.\n\nThe end came.\n---\n\nMore text.\n';
    expect(headings(body)).toEqual(['It saves real money']);
    expect(quotable(body)).toEqual(['First paragraph here.', 'It cost me £850.', 'The end came.', 'More text.']);
    expect(markdownBlocks('Money\n===\n\nText.').map((block) => block.kind)).toEqual(['heading', 'text']);
    expect(markdownBlocks('Money matters\n---\n\nText.').map((block) => block.kind)).toEqual(['heading', 'text']);
    expect(markdownBlocks('It ended.\n---\n\nText.').map((block) => block.kind)).toEqual(['text', 'text']);
  });

  it('given a sentence that says a heading’s words again, then it is quotable, no repeat of the heading', () => {
    const body = '## Ice is the real enemy\n\nIce is the real enemy. I fell twice on it.\n';
    expect(quotable(body)).toEqual(['Ice is the real enemy.', 'I fell twice on it.']);
  });
});

describe('list items and bulleted lines', () => {
  it('given short unpunctuated Markdown list items, then each is quotable, not a heading', () => {
    const body = `The bakery opens at seven.

- fresh bread every morning
- Sourdough loaves sell out by noon

* Rye is baked on Fridays only

1. Croissants on Sunday
`;
    expect(headings(body)).toEqual([]);
    expect(quotable(body)).toEqual([
      'The bakery opens at seven.',
      'fresh bread every morning',
      'Sourdough loaves sell out by noon',
      'Rye is baked on Fridays only',
      '1. Croissants on Sunday',
    ]);
  });

  it('given a list written without markers (lines as an import leaves them), then its lines are quotable', () => {
    const body = `What the bakery sells:

fresh bread every morning

Sourdough loaves sell out by noon

Rye is baked on Fridays only

The bakery opens at seven.
`;
    expect(headings(body)).toEqual([]);
    expect(quotable(body)).toContain('Sourdough loaves sell out by noon');
  });

  it('given label lines above the lead (a release as imported before), then they are headings, not a list to quote', () => {
    const body = `Press release

Harbour Ferries Ltd, Portsmouth, 3 June 2025

FOR IMMEDIATE RELEASE

Harbour Ferries today announced a night crossing to the island.

It runs every Friday and Saturday from July.
`;
    expect(quotable(body)).toEqual([
      'Harbour Ferries today announced a night crossing to the island.',
      'It runs every Friday and Saturday from July.',
    ]);
  });

  it('given a one-line section heading in plain text, then it is a heading still', () => {
    const body = 'The bakery opened in 1968.\n\nOpening hours\n\nThe bakery opens at seven and shuts at four.\n';
    expect(headings(body)).toEqual(['Opening hours']);
  });
});

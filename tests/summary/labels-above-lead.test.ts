import { describe, expect, it } from 'vitest';
import { parseArticle, summarize } from '../../src/index.js';

const FRONT = `---
title: Harbour Ferries adds a night crossing to the island
author: Harbour Ferries Ltd
publication: Harbour Ferries Ltd
date: 2025-06-03
---
`;

const BODY = `This summer Harbour Ferries will run a night crossing to the island, every Friday and Saturday from July.

The new sailing leaves Portsmouth at 23:30 and reaches Fishbourne forty minutes later.

"Our passengers asked for a way home after the theatre," said the company's managing director, Ruth Nolan.

Tickets go on sale on 10 June, at the same fares as the day crossings.

The crossing will run until the end of September, and the company will review demand over the winter.

About Harbour Ferries

Harbour Ferries was founded in 1952 and carries two million passengers a year.
`;

// A release as an older import wrote it: its labels and dateline kept at the top of the body.
const IMPORTED_BEFORE = `${FRONT}
Press release

Harbour Ferries Ltd, Portsmouth, 3 June 2025

FOR IMMEDIATE RELEASE

${BODY}`;

const LEAD =
  'This summer Harbour Ferries will run a night crossing to the island, every Friday and Saturday from July.';

const shortSummary = (source: string): string[] =>
  summarize(parseArticle('night-crossing.md', source), { length: 'short' }).sentences.map((s) => s.text);

describe('labels above a lead, in a content file imported before they were left out', () => {
  it('given a release whose body opens with its labels and dateline, then its short summary opens with the lead', () => {
    expect(shortSummary(IMPORTED_BEFORE)[0]).toBe(LEAD);
  });

  it('given the same release imported today (labels left out), then the summaries are the same', () => {
    expect(shortSummary(IMPORTED_BEFORE)).toEqual(shortSummary(`${FRONT}\n${BODY}`));
  });
});

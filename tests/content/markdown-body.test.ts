import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { quotablePassages } from '../../src/search/catalog.js';

const FRONT = `---
title: Why the bees are leaving our gardens
author: Dr. Priya Natarajan
publication: Green Thumb Monthly
date: 2023-06-14
---
`;

/** A new user's hand-written essay (bees.md): a list, a quote, a numbered list, a code block and a table. */
const BEES = `${FRONT}
# Why the bees are leaving our gardens

## A gardener's guide to helping pollinators

Every spring, gardeners notice the same thing: **fewer bees** on the lavender.

The causes are many, but three stand out:

- the loss of wildflower meadows to farming and housing,
- the heavy use of *neonicotinoid* pesticides,
- and a warming climate that confuses the timing of flowering.

> "A garden without bees is a garden that is slowly dying," the naturalist Rachel Carson is often quoted as saying.

What can you do? Here is a short list:

1. Plant native flowers that bloom from March to October.
2. Leave a corner of the lawn unmown.

\`\`\`
bee_count = 42
\`\`\`

| Flower | Months |
|--------|--------|
| Crocus | Feb-Mar |

<!-- to do:
check the figures -->

In the end, the bees will come back if we give them a reason to.
`;

const quotable = (source: string): string[] => quotablePassages(parseArticle('bees.md', source)).map((s) => s.text);

describe('a content file body written in Markdown', () => {
  it('given a list, a blockquote, a code block, a table and a comment then quotes read as text, without markers but for an ordered item’s number', () => {
    expect(quotable(BEES)).toEqual([
      'Every spring, gardeners notice the same thing: fewer bees on the lavender.',
      'The causes are many, but three stand out: the loss of wildflower meadows to farming and housing, the heavy use of neonicotinoid pesticides, and a warming climate that confuses the timing of flowering.',
      '"A garden without bees is a garden that is slowly dying," the naturalist Rachel Carson is often quoted as saying.',
      'What can you do?',
      '1. Plant native flowers that bloom from March to October.',
      '2. Leave a corner of the lawn unmown.',
      'Crocus: months Feb-Mar.',
      'In the end, the bees will come back if we give them a reason to.',
    ]);
  });

  it('given a table then each row is a sentence naming its cells by their column, and lines of bars without a rule are no table', () => {
    const source = `${FRONT}
House prices rose everywhere last year.

| District | Average price | Change in a year | Note |
|:---|---:|---:|---|
| Abbey | £355,600 | +3.9% | |
| St Luke's | £322,100 | +5.2% | new flats |

| not | a table |
| just | bars |

Rents rose faster still.
`;
    expect(quotable(source)).toEqual([
      'House prices rose everywhere last year.',
      'Abbey: average price £355,600, change in a year +3.9%.',
      "St Luke's: average price £322,100, change in a year +5.2%, note new flats.",
      'Rents rose faster still.',
    ]);
  });

  it('given a list of fragments imported as paragraphs then the lead-in and its items are one sentence', () => {
    const imported = `${FRONT}
Three causes stand out:

the loss of wildflower meadows to farming and housing,

the heavy use of neonicotinoid pesticides,

and a warming climate.

A bee hotel gives solitary bees a place to nest.
`;
    const article = parseArticle('bees.md', imported);
    expect(article.sentences.map((s) => s.text)).toEqual([
      'Three causes stand out: the loss of wildflower meadows to farming and housing, the heavy use of neonicotinoid pesticides, and a warming climate.',
      'A bee hotel gives solitary bees a place to nest.',
    ]);
    expect(article.paragraphs).toHaveLength(2);
  });

  it('given a lead-in to items that are sentences then each item stands alone and the lead-in is not quoted alone', () => {
    const article = parseArticle(
      'bees.md',
      `${FRONT}\nHere is a short list:\n\nPlant native flowers.\n\nLeave a corner of the lawn unmown.\n`,
    );
    expect(article.sentences.map((s) => s.text)).toEqual([
      'Here is a short list:',
      'Plant native flowers.',
      'Leave a corner of the lawn unmown.',
    ]);
    expect(quotablePassages(article).map((s) => s.text)).toEqual([
      'Plant native flowers.',
      'Leave a corner of the lawn unmown.',
    ]);
  });

  it('given a colon inside a sentence, or ending the last paragraph, then the sentence is quoted as any other', () => {
    const source = `${FRONT}\nThe answer was plain: no.\n\nShe gave her reason in one word:\n`;
    expect(quotable(source)).toEqual(['The answer was plain: no.', 'She gave her reason in one word:']);
  });
});

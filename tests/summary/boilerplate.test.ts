import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/index.js';
import { isCopyrightNotice } from '../../src/summary/boilerplate.js';
import { fixtureArticle } from './fixtures.js';

const texts = (summary: { sentences: readonly { text: string }[] }): string[] =>
  summary.sentences.map((sentence) => sentence.text);

describe('boilerplate in a summary', () => {
  it.each([
    ['Copyright (C) 2000, 2008 Harbour Board, Inc. Everyone may copy this charter.', true],
    ['© 2024 Eastham News. All rights reserved.', true],
    ['(c) 1998 The Quay Company', true],
    ['Copyright law lets the board keep the charter private.', false],
    ['The copyright of the charter passed to the town in 1953.', false],
  ] as const)('given %j then whether it opens with a notice of copyright is %j', (text, expected) => {
    expect(isCopyrightNotice(text)).toBe(expected);
  });

  it('given a charter that opens with its copyright notice and has a heading of a few words without a full stop then no summary, of any length, has either', () => {
    const charter = fixtureArticle(
      'harbour-charter',
      [
        'Copyright (C) 2001, 2008 Eastham Harbour Board, Inc. <https://example.org/> Everyone is permitted to copy this charter, but changing it is not allowed.',
        'The purpose of this charter is to keep the harbour open to every boat of the town, whoever owns it.',
        'The board keeps the quay, the channel and the moorings in repair. It charges each boat a fee for its mooring, and the fees pay for the repairs.',
        'How to moor your boat under this charter',
        'A boat that wants a mooring asks the harbour master, who gives it the first free one. The harbour master keeps a list of the moorings and the boats on them.',
        'The board may change this charter, but it must keep the harbour open to every boat of the town.',
      ],
      { title: 'The Harbour Charter' },
    );
    const notice = /^Copyright|^How to moor/;
    for (const request of [
      ...(['short', 'medium', 'long'] as const).map((length) => ({ length })),
      ...[1, 2, 3, 50].map((sentences) => ({ sentences })),
    ]) {
      const said = texts(summarize(charter, request));
      expect(said.length, JSON.stringify(request)).toBeGreaterThan(0);
      expect(
        said.filter((text) => notice.test(text)),
        JSON.stringify(request),
      ).toEqual([]);
    }
  });

  it('given a paragraph of a few words that ends in a full stop, or a long line without one, then it may be summarised: only a heading is left out', () => {
    const notes = fixtureArticle(
      'harbour-notes',
      [
        'The harbour is open.',
        'The board will dredge the northern channel this summer so that the largest ships can reach the new quay at every tide of the year',
      ],
      { title: 'Harbour notes' },
    );
    expect(texts(summarize(notes, { sentences: 50 }))).toHaveLength(2);
  });

  it('given a press release that ends on a section about the company, and a post that ends on one about its writer, then no summary, of any length, holds a sentence of either', () => {
    const release = fixtureArticle(
      'quay-cranes',
      [
        'Eastham Cranes today announced the launch of the Heron 4, a harbour crane that lifts 80 tonnes while using a third less power than the Heron 3.',
        'The Heron 4 can unload a container ship in nine hours. It runs on electricity from the quay and needs no diesel generator.',
        '"Ports have asked us for a crane that is quiet and clean," said Mara Lind, chief executive of Eastham Cranes.',
        'The crane will be available from March at a price of £2.4 million. The port of Eastham has ordered four.',
        '## About Eastham Cranes',
        'Eastham Cranes was founded in 1962 by two engineers from the shipyard. The company builds cranes for harbours and has more than 300 in service in 20 countries.',
        'Media contact: Ana Ruiz, press@eastham.example',
      ],
      { title: 'Eastham Cranes launches the Heron 4 harbour crane' },
    );
    const post = fixtureArticle(
      'tide-tables',
      [
        'The new tide tables for the estuary show the highest spring tides in eighteen years, peaking on 12 March.',
        'The harbour master has asked boat owners to check their moorings before the peak. Low-lying quayside car parks will close for two hours either side of high water.',
        '## About the author',
        'Jo Park has written about the estuary for twenty years. She sails a small boat from the town quay.',
      ],
      { title: 'Spring tides to peak on 12 March' },
    );
    for (const [article, about] of [
      [release, /^(?:Eastham Cranes was founded|The company builds)/],
      [post, /^(?:Jo Park has written|She sails)/],
    ] as const)
      for (const request of [
        ...(['short', 'medium', 'long'] as const).map((length) => ({ length })),
        ...[1, 2, 3].map((sentences) => ({ sentences })),
      ]) {
        const said = texts(summarize(article, request));
        expect(said.length, JSON.stringify(request)).toBeGreaterThan(0);
        for (const sentence of said) expect(sentence, JSON.stringify(request)).not.toMatch(about);
      }
  });
});

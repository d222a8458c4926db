import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/index.js';
import { inOneLanguage } from '../../src/summary/bilingual.js';
import { readsAsEnglish } from '../../src/summary/concepts.js';
import { fixtureArticle } from './fixtures.js';

const texts = (summary: { sentences: readonly { text: string }[] }): string[] =>
  summary.sentences.map((sentence) => sentence.text);
const requests = [
  ...(['short', 'medium', 'long'] as const).map((length) => ({ length })),
  ...[2, 4, 8].map((sentences) => ({ sentences })),
];

describe('a text that says each thing in two languages', () => {
  // A notice written for the test: each English paragraph followed by its French.
  const market = fixtureArticle(
    'riverside-market',
    [
      'The Riverside Market opens every Sunday from nine to two in the old bus station.',
      "Le marché de Riverside ouvre chaque dimanche de neuf heures à quatorze heures dans l'ancienne gare routière.",
      'Forty stalls sell bread, cheese and vegetables from farms within thirty miles of the town.',
      'Quarante stands vendent du pain, du fromage et des légumes de fermes situées à moins de cinquante kilomètres.',
      'The market was started in 2019 by a group of neighbours who wanted fresh food within walking distance.',
      'Le marché a été lancé en 2019 par un groupe de voisins qui voulaient des produits frais près de chez eux.',
      'Entry is free, and dogs on a lead are welcome.',
      "L'entrée est gratuite et les chiens tenus en laisse sont les bienvenus.",
    ],
    { title: 'Riverside Market / Le marché de Riverside' },
  );

  it('given an article in English and French side by side then every summary is in one language, the one it is written in first', () => {
    for (const request of requests) {
      const said = texts(summarize(market, request));
      expect(said.length, JSON.stringify(request)).toBeGreaterThan(0);
      expect(
        said.filter((text) => !readsAsEnglish(text)),
        JSON.stringify(request),
      ).toEqual([]);
    }
  });

  it('given the other language asked for then every summary is in that one', () => {
    for (const request of requests) {
      const said = texts(summarize(market, { ...request, inEnglish: false }));
      expect(said.length, JSON.stringify(request)).toBeGreaterThan(0);
      expect(said.filter(readsAsEnglish), JSON.stringify(request)).toEqual([]);
    }
  });

  it('given a report whose middle paragraphs are in German, telling things of their own, then it keeps both languages', () => {
    const twinning = fixtureArticle('twinning', [
      'The towns of Eastham and Bad Tölz marked ten years of partnership on Saturday with a concert in the square.',
      'More than 80 visitors travelled from Bavaria for the weekend, many staying with host families.',
      'Die Partnerschaft begann 2015 mit einem Austausch zwischen zwei Musikschulen. Seitdem haben mehr als 300 Kinder die andere Stadt besucht.',
      'Zum Jubiläum schenkte Bad Tölz der Stadt Eastham eine Glocke, die im Rathaus hängen wird.',
      'The partnership association now hopes to start an exchange for apprentices next summer.',
    ]);
    expect(inOneLanguage(twinning.sentences, undefined)).toBeUndefined();
  });
});

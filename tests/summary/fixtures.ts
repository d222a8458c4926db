import { parseArticle, type Article } from '../../src/index.js';

/** A small article written for a test: front matter from `meta`, paragraphs joined by blank lines. */
export function fixtureArticle(
  slug: string,
  paragraphs: readonly string[],
  meta: { title?: string; deck?: string } = {},
): Article {
  const front = [
    `title: ${JSON.stringify(meta.title ?? 'A Test Article')}`,
    'author: Test Author',
    'publication: Test Weekly',
    'date: 2021-03-04',
    ...(meta.deck === undefined ? [] : [`deck: ${JSON.stringify(meta.deck)}`]),
  ].join('\n');
  return parseArticle(`${slug}.md`, `---\n${front}\n---\n\n${paragraphs.join('\n\n')}\n`);
}

/** An argument piece without a deck: the case for trams, concluded in the last paragraph. */
export const TRAM_PARAGRAPHS = [
  'The city council has debated public transport for a decade. Buses carry most riders today, but they are slow in traffic.',
  'Trams cost more to build than buses. For example, the northern line alone would cost four hundred million euros. Yet trams carry three times as many riders per driver, and they last forty years.',
  'Critics say the construction would close streets for years. That is, shops along the route would lose customers while the rails are laid. The council could phase the work to limit the damage.',
  'Because trams carry more riders for less running cost, the city should therefore build the tram network now.',
];

export const TRAM_TITLE = 'Why the City Should Build Trams';

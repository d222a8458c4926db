import { Bot, Library, parseArticle, type Article } from '../../src/index.js';

/*
 * A small library written for the library-wide topic summary tests: three short news reports, two of
 * them about the harbour (one with a URL, one without), and one about trams that never mentions it.
 */

interface Meta {
  readonly title: string;
  readonly author: string;
  readonly date: string;
  readonly url?: string;
}

function article(slug: string, meta: Meta, paragraphs: readonly string[]): Article {
  const front = [
    `title: ${JSON.stringify(meta.title)}`,
    `author: ${JSON.stringify(meta.author)}`,
    'publication: Eastham News',
    `date: ${meta.date}`,
    ...(meta.url ? [`url: ${meta.url}`] : []),
  ].join('\n');
  return parseArticle(`${slug}.md`, `---\n${front}\n---\n\n${paragraphs.join('\n\n')}\n`);
}

export const HARBOUR = article(
  'harbour-closes',
  {
    title: 'Eastham port to close old harbour to cargo ships',
    author: 'Jo Reporter',
    date: '2024-02-03',
    url: 'https://example.org/harbour',
  },
  [
    'The port of Eastham will close its old harbour to cargo ships next year, the harbour board said on Tuesday. Cargo will move to a new deep-water terminal that opened in March.',
    'The board said the old harbour could no longer take modern container ships. Traffic at the old harbour fell by 40% last year.',
    'Eastham has been a port since the 12th century. The town hall was rebuilt after a storm in 1953.',
  ],
);

export const FERRIES = article(
  'ferries-stay',
  { title: 'Ferries will keep their berths', author: 'Sam Writer', date: '2024-02-10' },
  [
    'Ferry companies said on Friday they will stay in the old harbour after the cargo ships leave.',
    'Passenger numbers rose by a tenth last summer. The ferry to the islands runs four times a day.',
  ],
);

export const TRAMS = article(
  'tram-plan',
  {
    title: 'Council backs tram plan',
    author: 'Ali Critic',
    date: '2024-03-01',
    url: 'https://example.org/trams',
  },
  [
    'The city council voted on Monday to build a tram line from the station to the university.',
    'Trams cost more to build than buses, but they carry more riders per driver.',
  ],
);

/** The three articles as a library. */
export const topicLibrary = (): Library => Library.create([HARBOUR, FERRIES, TRAMS]);

/** A bot over the three articles. */
export const topicLibraryBot = (): Bot => new Bot(topicLibrary());

import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../src/index.js';
import { extractArticle } from '../../src/import/extract.js';
import { publishedInOf } from '../../src/import/published-in.js';

const POEM = `The Keeper's Daughter
By Mara Lindqvist
Published in Salt Road Review, 2 November 2023

She counted ships the way some people count sheep,
one light for every vessel, two for every storm.
`;

describe('a "Published in …" line under the title', () => {
  it('given "Published in <publication>, <date>" under the byline, then the import reads both and asks for neither', () => {
    expect(extractPlainText(POEM)).toMatchObject({
      title: "The Keeper's Daughter",
      author: 'Mara Lindqvist',
      publication: 'Salt Road Review',
      date: '2023-11-02',
      paragraphs: [
        'She counted ships the way some people count sheep, one light for every vessel, two for every storm.',
      ],
    });
  });

  it('given it in a Markdown file without front matter, then it is read there too', () => {
    const markdown = `# The Keeper's Daughter\n\nBy Mara Lindqvist\n\nFirst published in The Friday Fiction Page on 7 February 2025\n\nShe counted ships.\n`;
    const extracted = extractArticle({ source: 'poem.md', text: markdown, format: 'markdown' });
    if (!extracted.ok) throw new Error('not extracted');
    expect(extracted.value).toMatchObject({
      publication: 'The Friday Fiction Page',
      date: '2025-02-07',
      paragraphs: ['She counted ships.'],
    });
  });

  it.each([
    ['Published in Salt Road Review, 2 November 2023', 'Salt Road Review', '2023-11-02'],
    ['First published in The Friday Fiction Page, 7 February 2025', 'The Friday Fiction Page', '2025-02-07'],
    [
      'Originally published in Fiddle & Folk Songbook (11 April 2022)',
      'Fiddle & Folk Songbook',
      '2022-04-11',
    ],
    ['This poem first appeared in Poetry Review on 2 May 2020.', 'Poetry Review', '2020-05-02'],
    ['Published in Granta', 'Granta', undefined],
  ])('given %j, then the publication is %j and the date %j', (line, publication, date) => {
    const read = publishedInOf(line);
    expect(read?.fields.publication).toBe(publication);
    expect(read?.date).toBe(date);
  });

  it('given a sentence that opens "Published in", then it is no such line', () => {
    expect(publishedInOf('Published in March 2019, the report found that rents rose.')).toBeUndefined();
    expect(publishedInOf('Published in 1859, On the Origin of Species changed biology.')).toBeUndefined();
    expect(publishedInOf('Published in 2019')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/import/extract.js';
import { prepareContentFile } from '../../src/import/prepare.js';
import { readByline } from '../../src/import/bylines.js';
import { extractPlainText } from '../../src/index.js';

const TITLE = 'Harlow v Riverside District Council: Judgment on the Footpath Appeal';
const BODY =
  'This is an appeal by Mr Peter Harlow against the decision of the council to record a footpath.\n\n' +
  'The appeal is dismissed.';

/** A text whose byline stands straight under its title, no blank line between. */
const underTitle = (byline: string): string => `${TITLE}\n${byline}\n\n${BODY}\n`;

describe('a byline with a title of office, a role, an organisation or brackets', () => {
  it('given "By Judge …, Upper Tribunal (Lands Chamber) — date" under the title, then it is the byline, not the title’s second line', () => {
    const draft = extractPlainText(
      underTitle('By Judge Eleanor Whitcombe, Upper Tribunal (Lands Chamber) — 14 January 2025'),
    );
    expect(draft).toMatchObject({
      title: TITLE,
      author: 'Judge Eleanor Whitcombe',
      authorBio: 'Judge Eleanor Whitcombe, Upper Tribunal (Lands Chamber)',
      date: '2025-01-14',
    });
    expect(draft.paragraphs[0]).toMatch(/^This is an appeal/);
  });

  it('given a name and an organisation after a comma, then the organisation is no co-author', () => {
    const draft = extractPlainText(underTitle('By Eleanor Whitcombe, Upper Tribunal — 14 January 2025'));
    expect(draft).toMatchObject({
      author: 'Eleanor Whitcombe',
      authorBio: 'Eleanor Whitcombe, Upper Tribunal',
    });
  });

  it.each([
    ['By Dr Jane Roe', { author: 'Jane Roe' }],
    [
      'By Prof. Jane Roe, University of Leeds',
      { author: 'Jane Roe', credit: 'Jane Roe, University of Leeds' },
    ],
    ['By Rev. Jane Roe', { author: 'Rev. Jane Roe' }],
    ['By Jane Roe (Reuters)', { author: 'Jane Roe', credit: 'Jane Roe (Reuters)' }],
    ['By Jane Roe, Europe correspondent', { author: 'Jane Roe', credit: 'Jane Roe, Europe correspondent' }],
    ['By Jane Roe, Jr.', { author: 'Jane Roe Jr.' }],
    ['By Jane Roe, John Doe and Ann Poe', { author: 'Jane Roe, John Doe and Ann Poe' }],
    [
      'By Jane Roe and John Doe, Staff Writers',
      { author: 'Jane Roe and John Doe', credit: 'Jane Roe and John Doe, Staff Writers' },
    ],
  ])('given the byline %j, then it reads %j', (line, byline) => {
    expect(readByline(line)).toEqual(byline);
  });

  it('given a sentence that opens with "By" and a capital, then it is no byline', () => {
    expect(readByline('By Christmas Eve, the shops were empty.')).toBeUndefined();
    expect(readByline('By Ana Silva, 3 March 2021')).toBeUndefined();
  });

  it('given a byline, a role and the date after commas, then all three are read', () => {
    const draft = extractPlainText(underTitle('By Ana Silva, Staff Writer, 3 March 2021'));
    expect(draft).toMatchObject({
      title: TITLE,
      author: 'Ana Silva',
      authorBio: 'Ana Silva, Staff Writer',
      date: '2021-03-03',
    });
  });

  it('given --author without the title of office, then the import writes the author as the byline gives them, and the slug is the title’s', () => {
    const text = underTitle('By Judge Eleanor Whitcombe, Upper Tribunal (Lands Chamber) — 14 January 2025');
    const extracted = extractArticle({ source: 'judgment.txt', text, format: 'text' });
    if (!extracted.ok) throw new Error('not extracted');
    const file = prepareContentFile('judgment.txt', extracted.value, {
      overrides: { author: 'Eleanor Whitcombe', publication: 'Upper Tribunal (Lands Chamber)' },
    });
    if (!file.ok) throw new Error(JSON.stringify(file.problem));
    expect(file.value.slug).toBe('harlow-v-riverside-district-council-judgment-on-the-footpath-appeal');
    expect(file.value.article.meta).toMatchObject({
      title: TITLE,
      author: 'Judge Eleanor Whitcombe',
      date: '2025-01-14',
    });
    expect([...extracted.warnings, ...file.warnings]).toEqual([]);
  });

  it('given a line under the title that opens as a byline but is not read as one, then it is kept as the first paragraph and the import warns', () => {
    const line = 'By the Honourable Mrs Justice Whitcombe; sitting in the Upper Tribunal';
    const extracted = extractArticle({ source: 'judgment.txt', text: underTitle(line), format: 'text' });
    if (!extracted.ok) throw new Error('not extracted');
    expect(extracted.value.title).toBe(TITLE);
    expect(extracted.value.paragraphs[0]).toBe(line);
    expect(extracted.warnings).toEqual([{ code: 'unread-byline', detail: line }]);
  });

  it('given a title wrapped over two lines, then the two lines are still one title, with no warning', () => {
    const text = 'Judgment on the\nFootpath Appeal\n\nBy Eleanor Whitcombe\n\nThe appeal is dismissed.\n';
    const extracted = extractArticle({ source: 'judgment.txt', text, format: 'text' });
    if (!extracted.ok) throw new Error('not extracted');
    expect(extracted.value).toMatchObject({
      title: 'Judgment on the Footpath Appeal',
      author: 'Eleanor Whitcombe',
    });
    expect(extracted.warnings).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../src/index.js';
import { isHeaderLabel, issuerLineOf } from '../../src/import/header-labels.js';

const RELEASE = `Harbour Ferries adds a night crossing to the island

Press release

Harbour Ferries Ltd, Portsmouth, 3 June 2025

FOR IMMEDIATE RELEASE

Harbour Ferries today announced a night crossing to the island, running every Friday and Saturday from July.

"Our passengers asked for a way home after the theatre," said the company's managing director.

About Harbour Ferries

Harbour Ferries was founded in 1952 and carries two million passengers a year.
`;

describe('labels and a release dateline above the body', () => {
  it('given a press release then its issuer is its author and publisher, its dateline its date, and its labels are no text', () => {
    const draft = extractPlainText(RELEASE);
    expect(draft).toMatchObject({
      title: 'Harbour Ferries adds a night crossing to the island',
      author: 'Harbour Ferries Ltd',
      publication: 'Harbour Ferries Ltd',
      date: '2025-06-03',
      section: 'Press release',
    });
    expect(draft.paragraphs[0]).toMatch(/^Harbour Ferries today announced/);
    expect(draft.paragraphs).not.toContain('Press release');
    expect(draft.paragraphs).not.toContain('FOR IMMEDIATE RELEASE');
  });

  it('given a kicker in capitals over a byline then it is no paragraph of the body', () => {
    const draft = extractPlainText(
      'Why the ferry matters\n\nEXCLUSIVE\n\nBy Ana Silva\n\n3 June 2025\n\nThe ferry is the island’s only link in winter.\n\nIt carries the post.\n',
    );
    expect(draft).toMatchObject({ author: 'Ana Silva', date: '2025-06-03' });
    expect(draft.section).toBeUndefined();
    expect(draft.paragraphs[0]).toBe('The ferry is the island’s only link in winter.');
  });

  it('given a dateline of a name, a place and a date but no release label then it gives the date and no author', () => {
    const draft = extractPlainText(
      'Council opens new library\n\nHarbourside Council, Civic Hall, 3 June 2025\n\nThe new library opens on Monday.\n\nIt has a café.\n',
    );
    expect(draft.date).toBe('2025-06-03');
    expect(draft.author).toBeUndefined();
    expect(draft.paragraphs[0]).toBe('The new library opens on Monday.');
  });

  it('given a short heading over the body, with no header after it, then it stays the body’s heading', () => {
    const draft = extractPlainText(
      'The ferry\n\nBy Ana Silva, 3 June 2025\n\nBackground\n\nThe ferry is the island’s only link in winter.\n\nIt carries the post.\n',
    );
    expect(draft.paragraphs[0]).toBe('Background');
    expect(draft.section).toBeUndefined();
  });

  it.each([
    ['Press release', true],
    ['FOR IMMEDIATE RELEASE', true],
    ['Analysis', true],
    ['The ferry runs.', false],
    ['Three small words', false],
    ['Route 9', false],
  ])('given the line %j then it is a label: %s', (line, label) => {
    expect(isHeaderLabel(line)).toBe(label);
  });

  it.each([
    [
      'Northvale Robotics Ltd, Cambridge, 14 October 2026',
      { issuer: 'Northvale Robotics Ltd', date: '2026-10-14' },
    ],
    ['Cambridge, 14 October 2026', undefined],
    ['The council said on 14 October 2026', undefined],
    ['Northvale Robotics Ltd, Cambridge, 14 October 2026, at noon', undefined],
  ])('given %j then the issuer line is %j', (line, read) => {
    expect(issuerLineOf(line)).toEqual(read);
  });
});

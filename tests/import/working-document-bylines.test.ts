import { describe, expect, it } from 'vitest';
import { readByline } from '../../src/import/bylines.js';
import { extractPlainText } from '../../src/index.js';

// A working document pasted from a word processor: its title, then who prepared it, as what, and when.
const pasted = (byline: string): string =>
  `Spring Lab Safety Audit – Buildings B and C\n\n${byline}\n\nThis audit covers the fume hoods, eyewash stations and freezers of both buildings.\n\nEvery hood passed its airflow test.\n`;

describe("a working document's byline: prepared, compiled or drafted by someone", () => {
  it('given "Prepared by <name>, <role> – <date>" under the title, then the name is the author, the role its credit, and the date the date', () => {
    expect(
      extractPlainText(pasted('Prepared by Marta Kowalczyk, lab safety officer – 14 March 2026')),
    ).toMatchObject({
      title: 'Spring Lab Safety Audit – Buildings B and C',
      author: 'Marta Kowalczyk',
      authorBio: 'Marta Kowalczyk, lab safety officer',
      date: '2026-03-14',
    });
  });

  it.each([
    ['Compiled by Idris Bello', { author: 'Idris Bello' }],
    ['Drafted by Idris Bello and Ana Ruiz', { author: 'Idris Bello and Ana Ruiz' }],
    [
      'Prepared by Idris Bello, facilities lead',
      { author: 'Idris Bello', credit: 'Idris Bello, facilities lead' },
    ],
  ])('given %j, then it reads as the byline %j', (line, byline) => {
    expect(readByline(line)).toEqual(byline);
  });

  it('given a sentence about preparing, then it is no byline', () => {
    expect(readByline('Prepared by hand, the samples took a week.')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { quotablePassages } from '../../src/search/catalog.js';

const front = (author: string): string => `---
title: A letter
author: ${author}
publication: Letter
date: 1861-04-20
---
`;

const quotable = (author: string, body: string): string[] =>
  quotablePassages(parseArticle('letter.md', `${front(author)}\n${body}`)).map((passage) => passage.text);

// A resignation letter as a history teacher pasted it: an addressee line, a salutation, one sentence, a closing
// formula, and the signature with rank on the last line.
const RESIGNATION = `Hon. Simon Cameron, Secretary of War

Dear Sir,

I have the honor to tender the resignation of my commission as colonel of the First Regiment of Cavalry.

Very respectfully, your obedient servant,

R. E. Lee Colonel First Cavalry
`;

// A letter with the closing and the name on one line.
const REPLY = `Hon. Horace Greeley:

Dear Sir,

I have just read yours of the 19th. addressed to myself through the New-York Tribune.

I have here stated my purpose according to my view of official duty.

Yours, A. Lincoln.
`;

describe("a letter's formulas", () => {
  it('given a closing formula and a signature with rank after a salutation, then neither is a passage to quote', () => {
    const said = quotable('Robert E. Lee', RESIGNATION);
    expect(said.join(' ')).not.toContain('obedient servant');
    expect(said.join(' ')).not.toContain('Colonel First Cavalry');
    expect(said).toContain(
      'I have the honor to tender the resignation of my commission as colonel of the First Regiment of Cavalry.',
    );
  });

  it('given the line above the salutation that addresses the letter, then it is kept findable, not a heading', () => {
    expect(quotable('Robert E. Lee', RESIGNATION).join(' ')).toContain('Simon Cameron, Secretary of War');
    expect(quotable('Robert E. Lee', RESIGNATION).join(' ')).not.toContain('Dear Sir');
  });

  it('given "Yours, A. Lincoln." as the last line of a letter, then the sign-off is no passage to quote', () => {
    const said = quotable('Abraham Lincoln', REPLY);
    expect(said.join(' ')).not.toContain('Yours, A. Lincoln');
    expect(said).toContain('I have here stated my purpose according to my view of official duty.');
  });

  it('given a salutation further in than a letter opens, then the lines at the end are quoted as before', () => {
    const body =
      'The club met.\n\nIt voted.\n\nIt ate.\n\nThen a member read a note.\n\nDear friends,\n\nWe met.\n\nYours truly,\n\nAnn Lee\n';
    expect(quotable('Jane Roe', body)).toEqual(expect.arrayContaining(['Yours truly,', 'Ann Lee']));
  });
});

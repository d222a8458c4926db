import { describe, expect, it } from 'vitest';
import { Library } from '../../src/index.js';
import { acronymsOf } from '../../src/search/acronyms.js';
import { hitTexts, smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

describe('an acronym the library spells out but never writes', () => {
  const library = Library.create(
    [
      smallArticle('plenum', 'The plenum', [
        'During the plenary meeting of the Workers’ Party of Korea, the leader spoke.',
        'The Korean Workers’ Party celebrates its anniversary this year.',
        'The party leader visited a factory.',
      ]),
      smallArticle('papers', 'Newspapers', [
        'The National Union of Journalists has called a strike ballot.',
        'Journalists at the paper were told of the cuts.',
        'In London the Bank of England met.',
      ]),
    ],
    { lexicon: wordnetLexicon() },
  );

  it('given it typed in capitals then the capitalised words whose initials it spells are found', () => {
    expect(hitTexts(library, 'WPK')).toEqual([
      'During the plenary meeting of the Workers’ Party of Korea, the leader spoke.',
    ]);
    expect(hitTexts(library, 'KWP')).toEqual([
      'The Korean Workers’ Party celebrates its anniversary this year.',
    ]);
  });

  it('given it typed in lower case, a word neither the library nor the dictionary knows, then the same', () => {
    expect(hitTexts(library, 'nuj strike')).toEqual([
      'The National Union of Journalists has called a strike ballot.',
    ]);
  });

  it('given a light word or letters no capitalised words spell then it is no acronym', () => {
    expect(hitTexts(library, 'xqz')).toEqual([]);
    // "In London…": a function word capitalised for starting its sentence gives no initial.
    expect(hitTexts(library, 'IL')).toEqual([]);
    expect(hitTexts(library, 'BOE')).toEqual(['In London the Bank of England met.']);
    expect(hitTexts(library, 'btw NUJ')).toEqual([
      'The National Union of Journalists has called a strike ballot.',
    ]);
  });

  it('given an acronym the article writes then the capitalised words before it that it spells are its expansion', () => {
    const table = acronymsOf(['The National Union of Journalists (NUJ) met.', 'The NUJ said no.']);
    expect(table.get('nuj')).toEqual([['national', 'union', 'of', 'journalists']]);
  });

  it("given a plural's apostrophe in a name then the name goes on; given a possessive then it ends there", () => {
    const table = acronymsOf([
      'The Workers’ Party of Korea (WPK) met.',
      "British Airways's chief, Rod Eddington, spoke of BA and of the BAR.",
    ]);
    expect(table.get('wpk')).toEqual([['workers', 'party', 'of', 'korea']]);
    expect(table.get('ba')).toEqual([['british', 'airways']]);
    expect(table.has('bar')).toBe(false);
  });
});

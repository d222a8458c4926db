import { describe, expect, it } from 'vitest';
import { Library } from '../../src/index.js';
import { hitTexts, smallArticle } from '../helpers/content.js';

// A local news story that names a resident once, then quotes her over two sentences.
const library = Library.create([
  smallArticle('estate', 'Residents fight estate plan', [
    'The council plans to knock down 200 homes on the Marsh Lane estate to make way for offices.',
    'Grace Adeyemi called the meeting.',
    'More than 300 people came to the church hall. "Nobody from the council ever came to ask us what we wanted for this estate," said Grace Adeyemi, who chairs the residents association. "Not one of us got a letter."',
    'The council said it had written to every household in March.',
  ]),
]);

describe("a query that is only a person's name", () => {
  it('given her full name, then her quotations come first, then the sentence about her', () => {
    expect(hitTexts(library, 'grace adeyemi')).toEqual([
      '"Nobody from the council ever came to ask us what we wanted for this estate," said Grace Adeyemi, who chairs the residents association.',
      '"Not one of us got a letter."',
      'Grace Adeyemi called the meeting.',
    ]);
  });

  it('given her surname alone, then her own words come first too', () => {
    expect(hitTexts(library, 'Adeyemi')[0]).toContain('Nobody from the council');
  });

  it('given her name and another word, then the words decide as before', () => {
    expect(hitTexts(library, 'grace adeyemi meeting')[0]).toBe('Grace Adeyemi called the meeting.');
  });

  it('given a question about her, then it is not read as asking for her words', () => {
    expect(hitTexts(library, 'who is grace adeyemi?')).not.toContain('"Not one of us got a letter."');
  });

  it('given a name whose quotation gives the surname only, then the sentence that introduces them answers', () => {
    // "Mr Reyes" may be another Reyes: the words' order stands.
    const bakery = Library.create([
      smallArticle('bakery', 'Bakery opens', [
        'Tom Reyes opened the bakery.',
        '"We bake everything here before dawn, every single day of the week," Mr Reyes said.',
      ]),
    ]);
    expect(hitTexts(bakery, 'tom reyes')[0]).toBe('Tom Reyes opened the bakery.');
  });

  it('given the name of someone nobody quotes, then the sentences that name them answer as before', () => {
    const plain = Library.create([
      smallArticle('hall', 'Hall reopens', [
        'Tom Okafor painted the church hall.',
        'The hall reopens in May.',
      ]),
    ]);
    expect(hitTexts(plain, 'tom okafor')).toEqual(['Tom Okafor painted the church hall.']);
  });
});

import { describe, expect, it } from 'vitest';
import { Library } from '../../src/index.js';
import { postablePassages } from '../../src/daily/eligible.js';
import { randomQuotable } from '../../src/library.js';
import { smallArticle } from '../helpers/content.js';

// A school newsletter: a request to parents, the evening's day, time and hall, and lines worth a daily post.
const newsletter = smallArticle('spring-newsletter', 'Spring newsletter', [
  'Please return the signed permission slip to the class teacher.',
  'The spring concert is on Friday 14 March at 6:30 pm in the school hall.',
  'Year Four planted a hedge of hawthorn and hazel along the back fence this term.',
  'Reading aloud at home, even for ten minutes, makes a difference that lasts for years.',
]);
// A book club's notice, and a story whose character says "Please" in her own words.
const notice = smallArticle('club-notice', 'Club notice', [
  'Kindly bring a copy of the book and one question for the group.',
  'We meet on Tuesday the 3rd at 7 pm in the voice channel #reading-room.',
  'Anyone who can host in June, please reply in #planning by the 20th.',
  'Our group has read forty novels together since the old library closed its doors.',
]);
const story = smallArticle('the-visit', 'The Visit', [
  '“Please, sir, may I have another?” the boy asked, holding out his bowl.',
  'Nobody in the long grey hall had ever asked for more before that evening.',
]);
const texts = (passages: readonly { text: string }[]): string[] => passages.map((passage) => passage.text);

describe('daily posts of a notice', () => {
  const library = Library.create([newsletter, notice, story]);

  it("given a newsletter with a request and an event's day, time and hall, then only its other lines are posted", () => {
    const posted = texts(postablePassages(library, newsletter, 8));
    expect(posted).toEqual([
      'Year Four planted a hedge of hawthorn and hazel along the back fence this term.',
      'Reading aloud at home, even for ten minutes, makes a difference that lasts for years.',
    ]);
    expect(texts(randomQuotable(newsletter)).join('\n')).not.toMatch(/^Please|6:30 pm/m);
  });

  it("given a club notice with a request and its meeting's weekday, time and channel, then neither is posted", () =>
    expect(texts(postablePassages(library, notice, 4))).toEqual([
      'Our group has read forty novels together since the old library closed its doors.',
    ]));

  it('given a character\'s "Please, sir, …" in a story, then it is still posted', () =>
    expect(texts(postablePassages(library, story, 4)).join('\n')).toMatch(/Please, sir/));

  it('given the search, then the instructions are still found', () =>
    expect(library.search({ query: 'permission slip' }).hits[0]?.passage.text).toMatch(/^Please return/));
});

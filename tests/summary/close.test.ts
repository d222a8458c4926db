import { describe, expect, it } from 'vitest';
import { DEFAULT_SUMMARY_OPTIONS, summarize } from '../../src/index.js';
import { decides } from '../../src/summary/close.js';
import { scoreSentences } from '../../src/summary/sentence-scores.js';
import { loadBbcArticles } from '../helpers/bbc.js';
import { fixtureArticle } from './fixtures.js';

const texts = (summary: { sentences: readonly { text: string }[] }): string[] =>
  summary.sentences.map((sentence) => sentence.text);
const lengths = ['short', 'medium', 'long'] as const;

describe('the close of a piece whose point comes at its end', () => {
  it.each([
    ['The appeal is allowed.', true],
    ['The licence is revoked.', true],
    ['Write to your MP before the vote on 12 May.', true],
    ['If you visit, take the early boat and bring a coat.', true],
    ['So let us keep the flood wardens and teach every child where the high ground is.', true],
    ['The council shall grant the licence within 14 days.', true],
    // Too little said, someone else's words, a question, a quotation, two things at once, a report's fact.
    ['Bring your children.', false],
    ['We are proud of you.', false],
    ['The mayor said the council should act before the winter.', false],
    ['"You must act before the winter," said the mayor.', false],
    ['What are your experiences with the new timetable?', false],
    ['Story time is free and no booking is needed.', false],
    ['The company was founded in 1990 by two brothers from Leeds.', false],
  ] as const)('given %j then whether it decides or calls is %j', (text, expected) => {
    expect(decides(text)).toBe(expected);
  });

  it('given the 40 development reports then none has a close: a report ends on background, not on a call or a decision', () => {
    for (const article of loadBbcArticles())
      expect(scoreSentences(article, DEFAULT_SUMMARY_OPTIONS).close, article.slug).toBeUndefined();
  });

  // A decision written for the test: the outcome is its last paragraph.
  const decision = fixtureArticle(
    'dunne-v-eastham',
    [
      'This is an appeal by Ms Carol Dunne against the decision of Eastham Borough Council to refuse her a licence to trade from a food van on the seafront.',
      'The council refused the licence on 3 March 2024 on the ground that the van would block the cycle path.',
      "The appellant's case is that the van would stand on the car park, not on the path. She relies on a plan drawn by the council's own officer.",
      'I have visited the site. The car park is wide enough for the van and for cars to pass it, and the cycle path runs behind a low wall.',
      'I find that the van would not block the cycle path. The refusal was therefore not justified.',
      'The appeal is allowed. The council shall grant the licence within 14 days.',
    ],
    { title: 'Dunne v Eastham Borough Council: Decision on the Licensing Appeal' },
  );

  it('given a decision whose outcome is its last paragraph then every summary holds the outcome', () => {
    for (const length of lengths)
      expect(texts(summarize(decision, { length })), length).toContain('The appeal is allowed.');
  });

  // A column written for the test: it ends on what the reader should do.
  const column = fixtureArticle(
    'save-the-night-bus',
    [
      'The transport authority wants to cut the last night bus from the city to the valley towns in June. It would save £60,000 a year.',
      'The night bus carries nurses home from the hospital, cleaners from the offices and students from their shifts in the bars. Most of them have no car.',
      'The authority says fewer than forty people ride it each night. Forty people is a full bus, and a full bus is a service that works.',
      'Cutting the night bus is not a saving; it is a bill handed to the people who can least afford a taxi.',
      'Write to the transport authority before its board meets on 9 May, and ask your councillor where they stand.',
    ],
    { title: 'Keep the Night Bus Running' },
  );

  it('given a column that ends on a call to its readers then every summary holds the call', () => {
    const call =
      'Write to the transport authority before its board meets on 9 May, and ask your councillor where they stand.';
    for (const length of lengths) expect(texts(summarize(column, { length })), length).toContain(call);
  });

  // A speech written for the test: its closing line, the last of a long paragraph, says what its listeners
  // are to do.
  const speech = fixtureArticle(
    'flood-anniversary',
    [
      'Ten years ago tonight the river came over the wall at Mill Street and did not stop until it reached the church.',
      'Four people died. Two hundred homes were ruined. The town hall stood in a metre of water for a week.',
      'We have rebuilt the wall, and raised it. We have moved the clinic and the school to higher ground. We have paid back every loan.',
      'But walls do not keep a town safe; neighbours do. The people who carried the Hendersons out of their kitchen did not wait for a wall. They waded in. It is for us, who were spared, to keep what they did alive, so that every child in this town shall know where the high ground is and who will come for them.',
    ],
    { title: 'Remarks on the Tenth Anniversary of the Mill Street Flood' },
  );

  it('given a speech that ends on what its listeners are to do then every summary holds its closing line', () => {
    const closing =
      'It is for us, who were spared, to keep what they did alive, so that every child in this town shall know where the high ground is and who will come for them.';
    for (const length of lengths) expect(texts(summarize(speech, { length })), length).toContain(closing);
  });
});

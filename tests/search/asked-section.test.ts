import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuerySet, loadSetArticles } from '../../bench/bbc-corpus.js';
import { Library } from '../../src/index.js';
import { answersQuestion, askedWords } from '../../src/search/answer-cues.js';
import { QuestionKind, questionOf } from '../../src/search/question.js';
import { hitTexts, smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

// A bakery's two incident reviews, in Markdown sections: neither uses a word of the team library's
// postmortems for its sections but "Summary".
const reviews = [
  smallArticle(
    'review-oven-fire',
    'Review: Oven fire at the Mill Street bakery',
    [
      '## Summary',
      'A fire in the deck oven closed the Mill Street bakery for a morning.',
      'The freezer next to the oven was not harmed, and its stock was saved.',
      'The lessons of the fire were learned the hard way.',
      '## Timeline',
      '- 05:58 The night baker loads the last rye batch.',
      '- 06:42 The smoke alarm sounds and the baker leaves the building.',
      '## Why it happened',
      'Flour dust had gathered behind the oven door seal for months.',
      'The seal was never on the cleaning list.',
      'That is what caused the fire.',
      '## Lessons learned',
      'A seal nobody is told to clean is a seal nobody cleans.',
    ],
    'Nell Hart',
    '2025-03-04',
  ),
  smallArticle(
    'review-freezer-failure',
    'Review: Freezer failure at the Quay Road shop',
    [
      '## Summary',
      'The walk-in freezer at the Quay Road shop warmed to nine degrees overnight.',
      '## Lessons learned',
      'An alarm that only rings inside an empty shop warns nobody at night.',
      'Service the compressor every spring.',
    ],
    'Nell Hart',
    '2025-05-20',
  ),
];
const bakery = Library.create(reviews, { lexicon: wordnetLexicon() });

const team = (() => {
  const set = loadQuerySet(join(import.meta.dirname, '../fixtures/team22-queries.json'));
  return Library.create(loadSetArticles(set, []), { lexicon: wordnetLexicon() });
})();

describe('a question that asks what caused something', () => {
  it.each(['what caused the outage?', 'what triggered the alarm', 'what led to the strike?'])(
    'given "%s", then it asks why',
    (query) => expect(questionOf(query)).toBe(QuestionKind.Why),
  );

  it('given "what led the team", then it asks no cause', () =>
    expect(questionOf('what led the team?')).not.toBe(QuestionKind.Why));

  it("given a sentence that only says the question's own verb, then it gives no cause", () => {
    const asked = askedWords('what caused the fire?');
    expect(answersQuestion(QuestionKind.Why, 'That is what caused the fire.', asked)).toBe(false);
    expect(answersQuestion(QuestionKind.Why, 'The fire was caused by flour dust.', asked)).toBe(true);
    expect(answersQuestion(QuestionKind.Why, 'It closed because of flour dust.', asked)).toBe(true);
  });
});

describe('a time of day answers "when"', () => {
  const asked = askedWords('when did the alarm sound?');
  it.each(['06:42 The smoke alarm sounds.', 'Tom pages the team at 22:21 UTC.', 'The job ran at 23:59:30.'])(
    'given "%s", then it answers',
    (text) => expect(answersQuestion(QuestionKind.When, text, asked)).toBe(true),
  );
  it.each(['The alarm sounds.', 'Version 2.15 ships the alarm.', 'A 3-2 win for the alarm team.'])(
    'given "%s", then it does not',
    (text) => expect(answersQuestion(QuestionKind.When, text, asked)).toBe(false),
  );

  it('given "when did the alarm sound?", then the timeline line with its time', () =>
    expect(hitTexts(bakery, 'when did the alarm sound?')[0]).toBe(
      '06:42 The smoke alarm sounds and the baker leaves the building.',
    ));

  it('given "when did the database failover happen?" of a postmortem, then its timeline line', () =>
    expect(hitTexts(team, 'when did the database failover happen?')[0]).toContain('14:09'));
});

describe('a question steered to the section its heading names', () => {
  it('given "what caused the oven fire?", then the opening of "Why it happened", not the line that repeats "caused"', () =>
    expect(hitTexts(bakery, 'what caused the oven fire?')[0]).toBe(
      'Flour dust had gathered behind the oven door seal for months.',
    ));

  it('given "what lessons were learned from the freezer?", then the freezer review\'s, not a sentence that says "freezer"', () =>
    expect(hitTexts(bakery, 'what lessons were learned from the freezer?')[0]).toBe(
      'An alarm that only rings inside an empty shop warns nobody at night.',
    ));

  it('given "what caused the march outage?" of a postmortem, then its root cause', () =>
    expect(hitTexts(team, 'what caused the march outage?')[0]).toBe(
      'The root cause was a combination of two things.',
    ));

  it('given "what was the root cause of the search incident?", then the search postmortem\'s root cause', () =>
    expect(hitTexts(team, 'what was the root cause of the search incident?')[0]).toBe(
      'The cache had no protection against a stampede.',
    ));
});

import { describe, expect, it } from 'vitest';
import { Library } from '../../src/index.js';
import { hitTexts, smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

// A school's two reviews in Markdown sections, whose text never says the words of its title.
const reviews = [
  smallArticle(
    'heating-outage',
    'Review: Heating outage at Hill School',
    [
      '## Summary',
      'The classrooms of the east wing were cold for two days in January.',
      'Lessons moved to the hall while a part was ordered.',
      '## What went wrong',
      'The spare pump had been lent to another school and never returned.',
      'Nobody checked the boiler log over the holiday.',
      '## What went well',
      'Parents were told by text before the first morning.',
      '## Why it happened',
      'A pump seized after the pipes froze on New Year’s Eve.',
    ],
    'Ann Lee',
    '2025-01-20',
  ),
  smallArticle(
    'library-move',
    'Review: Moving the library to the annex',
    [
      '## Summary',
      'The library moved to the annex over the half-term week.',
      '## What went well',
      'Pupils carried the books in a chain and enjoyed it.',
    ],
    'Ann Lee',
    '2025-03-02',
  ),
];
const school = Library.create(reviews, { lexicon: wordnetLexicon() });

describe('a question whose other words are the words of an article’s title', () => {
  it('given "what went wrong in the heating outage?", then the opening of that review’s "What went wrong"', () =>
    expect(hitTexts(school, 'what went wrong in the heating outage?')[0]).toBe(
      'The spare pump had been lent to another school and never returned.',
    ));

  it('given "what went well in the heating outage?", then its "What went well", not the library move’s', () =>
    expect(hitTexts(school, 'what went well in the heating outage?')).toEqual([
      'Parents were told by text before the first morning.',
    ]));

  it('given "why was there a heating outage?", then the section that gives its cause', () =>
    expect(hitTexts(school, 'why was there a heating outage?')[0]).toBe(
      'A pump seized after the pipes froze on New Year’s Eve.',
    ));

  it('given "what happened in the heating outage?", then its summary’s first sentence', () =>
    expect(hitTexts(school, 'what happened in the heating outage?')[0]).toBe(
      'The classrooms of the east wing were cold for two days in January.',
    ));

  it('given a question with a word neither the title nor a heading says, then it stays quiet', () =>
    expect(hitTexts(school, 'what did the heating outage cost?')).toEqual([]));
});

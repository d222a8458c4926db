import { describe, expect, it } from 'vitest';
import { DEFAULT_SUMMARY_OPTIONS, summarize } from '../../src/index.js';
import { scoreSentences } from '../../src/summary/sentence-scores.js';
import { opensAsInstruction } from '../../src/summary/steps.js';
import { loadBbcArticles } from '../helpers/bbc.js';
import { fixtureArticle } from './fixtures.js';
import { harbourArticle } from './fixtures-news.js';

const texts = (summary: { sentences: readonly { text: string }[] }): string[] =>
  summary.sentences.map((sentence) => sentence.text);

describe("a guide's steps in its summary", () => {
  it.each([
    ['Turn off the water supply at the valve.', true],
    ['Prise off the cap with a screwdriver.', true],
    ['Heat the oven to 180°C.', true],
    ['Leave it in the tin until cool.', true],
    ['Press the new washer into place.', true],
    ['The causes are many.', false],
    ['Every spring, gardeners notice fewer bees.', false],
    ['Shares in the firm rose by 5%.', false],
    ['If there is no valve, turn off the stopcock.', false],
    ['Most taps have a rubber washer.', false],
  ] as const)('given %j then whether it opens as an instruction is %j', (text, expected) => {
    expect(opensAsInstruction(text)).toBe(expected);
  });

  // A guide written for the test: a paragraph of what to do first, then its steps as a Markdown list.
  const steps = [
    'Turn the heating off and let the radiators cool for an hour.',
    'Put a cloth under the valve to catch the drips.',
    'Fit the key to the square valve at the top corner of the radiator.',
    'Turn the key a quarter turn anticlockwise until you hear a hiss.',
    'Hold the cloth under the valve while the air escapes.',
    'Close the valve as soon as water starts to drip out.',
    'Wipe the valve dry and check that it does not leak.',
  ];
  const guide = fixtureArticle(
    'bleed-a-radiator',
    [
      'A radiator that is cold at the top has air trapped in it. Bleeding it takes ten minutes and needs only a radiator key and a cloth.',
      '## Before you start',
      `${steps[0]} ${steps[1]}`,
      '## Bleeding the radiator',
      ...steps.slice(2).map((step) => `- ${step}`),
      '## Afterwards',
      'Check the pressure gauge on the boiler. If it has dropped below one bar, top it up with the filling loop, as the boiler manual shows.',
    ],
    { title: 'How to Bleed a Radiator' },
  );

  it('given a guide with a list of steps then its medium and long summaries hold every step, in order, after what it is', () => {
    for (const length of ['medium', 'long'] as const) {
      const said = texts(summarize(guide, { length }));
      expect(
        said.filter((text) => steps.includes(text)),
        length,
      ).toEqual(steps);
      expect(said[0], length).toBe('A radiator that is cold at the top has air trapped in it.');
    }
    expect(texts(summarize(guide, { length: 'short' })).length).toBeLessThanOrEqual(
      DEFAULT_SUMMARY_OPTIONS.maxSentences.short,
    );
  });

  it('given a report, a story told in one-sentence paragraphs or the 40 development reports then none has steps', () => {
    const story = fixtureArticle('short-paragraphs', [
      'Every winter the lake froze from the shore outwards.',
      'The children of the village waited for the ice to hold.',
      'Their grandfather tested it each morning with an axe.',
      'One January it held for six weeks, and the whole village skated.',
    ]);
    for (const article of [harbourArticle(), story, ...loadBbcArticles()])
      expect(scoreSentences(article, DEFAULT_SUMMARY_OPTIONS).steps, article.slug).toEqual([]);
  });
});

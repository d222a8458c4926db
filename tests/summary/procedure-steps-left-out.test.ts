import { describe, expect, it } from 'vitest';
import { summarize, type Summary, type SummaryLength } from '../../src/index.js';
import { fixtureArticle } from './fixtures.js';

const LENGTHS: readonly SummaryLength[] = ['short', 'medium', 'long'];
const numbered = (steps: readonly string[]): string[] => steps.map((step, i) => `${i + 1}. ${step}`);
const texts = (summary: Summary): string[] => summary.sentences.map((sentence) => sentence.text);
const stepsIn = (summary: Summary): string[] => texts(summary).filter((text) => /^\d+\. /u.test(text));

// A recipe of more steps than the longest summary holds, between what it is and a note after it.
const BREAD_STEPS = [
  'Weigh the flour for the dough into a large bowl.',
  'Crumble the yeast into warm water for the dough.',
  'Stir the yeast water into the flour in the bowl.',
  'Add the salt once the dough comes together in the bowl.',
  'Knead the dough for ten minutes on a floured board.',
  'Return the dough to the bowl and cover the bowl with a damp cloth.',
  'Leave the dough in the bowl to rise for two hours.',
  'Knock back the dough in the bowl with your fist.',
  'Divide the dough into two equal pieces of dough.',
  'Shape each piece of dough into a round loaf.',
  'Dust each loaf of dough with flour.',
  'Slash the top of each loaf of dough with a sharp knife.',
  'Leave each loaf of dough to prove for forty minutes.',
  'Heat the oven to 230 °C with a tray of water inside.',
  'Slide each loaf of dough onto the hot stone.',
  'Bake each loaf for twenty minutes.',
  'Turn the oven down to 200 °C.',
  'Bake each loaf for fifteen minutes more.',
  'Tap the base of each loaf to hear that it is hollow.',
  'Cool each loaf on a rack for an hour.',
];
const BREAD_OTHERS = [
  'This page describes how we bake at home every week.',
  'Strong white flour gives a better rise than plain flour.',
  'The bread keeps for three days wrapped in a tea towel.',
];
const bread = fixtureArticle(
  'country-bread',
  [...BREAD_OTHERS.slice(0, 2), 'Method', ...numbered(BREAD_STEPS), BREAD_OTHERS[2]!],
  { title: 'Recipe: a loaf of dough in a bowl' },
);

// A lab protocol, another procedure of more steps than fit, with a purpose, a safety note and a closing note.
const WESTERN_STEPS = [
  'Lyse the muscle cells in ice-cold lysis buffer for 30 min.',
  'Spin the muscle lysate at 14,000 g for 15 min at 4 °C.',
  'Collect the muscle lysate into a fresh tube.',
  'Measure the protein of the muscle lysate with the BCA assay.',
  'Mix 20 µg of muscle lysate with loading buffer.',
  'Boil the muscle lysate for 5 min.',
  'Load the muscle lysate onto a 10% gel.',
  'Run the gel at 120 V for 90 min.',
  'Transfer the protein onto a PVDF membrane.',
  'Block the membrane in 5% milk for 1 h.',
  'Incubate the membrane with the primary antibody overnight at 4 °C.',
  'Wash the membrane three times in TBST for 10 min.',
  'Incubate the membrane with the secondary antibody for 1 h.',
  'Wash the membrane three times in TBST again.',
  'Develop the membrane with ECL substrate for 1 min.',
  'Image the membrane on the imager.',
  'Strip the membrane for the loading control.',
  'Reprobe the membrane with the actin antibody.',
  'Quantify the protein bands against actin.',
  'Export the band intensities to the shared sheet.',
  'Store the membrane at 4 °C in TBST.',
];
const WESTERN_OTHERS = [
  'This protocol describes how we measure the protein the mutant cells make.',
  'Acrylamide is a neurotoxin, so wear gloves while you cast and handle gels.',
  'Always run wild-type and mutant lysates on the same gel.',
];
const western = fixtureArticle(
  'western-blot',
  [...WESTERN_OTHERS.slice(0, 2), 'Procedure', ...numbered(WESTERN_STEPS), WESTERN_OTHERS[2]!],
  { title: 'Protocol: muscle lysate on a membrane' },
);

describe('a procedure of more steps than a summary holds', () => {
  for (const [name, article, steps, others] of [
    ['a recipe', bread, BREAD_STEPS, BREAD_OTHERS],
    ['a lab protocol', western, WESTERN_STEPS, WESTERN_OTHERS],
  ] as const) {
    for (const length of LENGTHS) {
      it(`given ${name}, then its ${length} summary says what it is, in sentences that are no step, and says its ${steps.length} steps are left out`, () => {
        const summary = summarize(article, { length });
        expect(texts(summary).length).toBeGreaterThan(0);
        expect(stepsIn(summary)).toEqual([]);
        expect(summary.leftOutSteps).toEqual({ count: steps.length, listedIn: undefined });
      });
    }

    it(`given ${name} of few other sentences, then its medium and long summaries hold all of them, in order`, () => {
      expect(texts(summarize(article, { length: 'medium' }))).toEqual(others);
      expect(texts(summarize(article, { length: 'long' }))).toEqual(others);
    });
  }
});

describe('a procedure whose steps fit', () => {
  const scones = fixtureArticle(
    'scones',
    [
      'These scones take twenty minutes from start to finish.',
      'Method',
      ...numbered([
        'Sift the flour into a bowl.',
        'Rub in the butter until it looks like breadcrumbs.',
        'Stir in the sugar and the milk.',
        'Bake for 12 minutes at 220 °C.',
        'Cool on a rack before serving.',
      ]),
      'Serve them warm with jam.',
    ],
    { title: 'Recipe: scones' },
  );

  it('given a short summary, then it holds no step and says the medium one lists all five', () => {
    const summary = summarize(scones, { length: 'short' });
    expect(stepsIn(summary)).toEqual([]);
    expect(summary.leftOutSteps).toEqual({ count: 5, listedIn: 'medium' });
  });

  it('given a medium or long summary, then it holds all five steps in order and says nothing is left out', () => {
    for (const length of ['medium', 'long'] as const) {
      const summary = summarize(scones, { length });
      expect(stepsIn(summary)).toHaveLength(5);
      expect(stepsIn(summary).map((text) => Number.parseInt(text, 10))).toEqual([1, 2, 3, 4, 5]);
      expect(summary.leftOutSteps).toBeUndefined();
    }
  });
});

describe('a text that is only its steps', () => {
  it('given six steps and nothing else, then medium and long list them all in order, short none and says why', () => {
    const steps = BREAD_STEPS.slice(0, 6);
    const only = fixtureArticle('only-steps', numbered(steps), { title: 'Dough' });
    expect(texts(summarize(only, { length: 'medium' }))).toEqual(numbered(steps));
    expect(texts(summarize(only, { length: 'long' }))).toEqual(numbered(steps));
    const short = summarize(only, { length: 'short' });
    expect(texts(short)).toEqual([]);
    expect(short.leftOutSteps).toEqual({ count: 6, listedIn: 'medium' });
  });

  it('given more steps than any summary holds and nothing else, then every summary is empty and says why, never the first steps', () => {
    const only = fixtureArticle('only-western', numbered(WESTERN_STEPS), { title: 'Western blot' });
    for (const length of LENGTHS) {
      const summary = summarize(only, { length });
      expect(texts(summary)).toEqual([]);
      expect(summary.leftOutSteps).toEqual({ count: WESTERN_STEPS.length, listedIn: undefined });
    }
  });
});

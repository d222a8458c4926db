import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/index.js';
import { fixtureArticle } from './fixtures.js';

const texts = (summary: { sentences: readonly { text: string }[] }): string[] =>
  summary.sentences.map((sentence) => sentence.text);

// Numbered steps whose verbs mostly take no object after them ("Incubate for…", "Mount each…"): only their
// numbers say they are a procedure.
function procedure(
  slug: string,
  purpose: string,
  steps: readonly string[],
  after: string,
): ReturnType<typeof fixtureArticle> {
  return fixtureArticle(slug, [purpose, 'Procedure', ...steps.map((step, i) => `${i + 1}. ${step}`), after], {
    title: 'Protocol: staining larvae',
  });
}

describe('a numbered procedure in its summary', () => {
  const steps = [
    'Dilute the dye to 5 µM in fresh medium before use.',
    'Transfer up to ten larvae into each well of the plate.',
    'Incubate for 30 min at 28 °C in the dark.',
    'Wash three times for 5 min in fresh medium.',
    'Anaesthetise each larva in tricaine for 2 min.',
    'Mount each larva on its side in agarose.',
    'Image within an hour of staining, with the same settings for every group.',
    'Quantify mean fluorescence in a fixed region of interest.',
  ];
  const protocol = procedure(
    'staining',
    'This protocol describes how we measure superoxide in the muscle of live larvae.',
    steps,
    'Always image control and treated larvae in the same session.',
  );

  it('given eight numbered steps, then the medium summary holds every step in order, not steps 1, 4 and 6', () => {
    const said = texts(summarize(protocol, { length: 'medium' }));
    expect(said.filter((text) => /^\d\. /u.test(text))).toEqual(steps.map((step, i) => `${i + 1}. ${step}`));
  });

  it('given the short summary, then it says what the procedure is for and holds no step alone', () => {
    const said = texts(summarize(protocol, { length: 'short' }));
    expect(said.length).toBeGreaterThan(0);
    expect(said.some((text) => /^\d\. /u.test(text))).toBe(false);
  });

  it('given more numbered steps than a summary holds, then the medium summary holds none of them, not the first ones as if they were all', () => {
    // The eight steps above and twelve more: more than the longest summary's 18 sentences.
    const many = [
      ...steps,
      'Remove the medium from each well with a fine pipette.',
      'Add fresh medium warmed to 28 °C.',
      'Check every larva for a heartbeat under the dissecting scope.',
      'Discard any larva that does not move when touched.',
      'Label each plate with the date and the group.',
      'Record the room temperature in the lab book.',
      'Clean the objective with lens paper after each plate.',
      'Export the images as uncompressed files.',
      'Name each file by plate, well and group.',
      'Copy the files to the shared drive before leaving.',
      'Return the dye to the freezer in its foil wrap.',
      'Dispose of the tricaine in the chemical waste bin.',
    ];
    const long = procedure(
      'many-steps',
      'This protocol describes how we measure superoxide in the muscle of live larvae.',
      many,
      'Always image control and treated larvae in the same session.',
    );
    const said = texts(summarize(long, { length: 'medium' }));
    expect(said.filter((text) => /^\d+\. /u.test(text))).toEqual([]);
  });

  it('given a recipe of five numbered steps, then its medium summary holds all five', () => {
    const recipe = [
      'Sift the flour into a bowl.',
      'Rub in the butter until it looks like breadcrumbs.',
      'Stir in the sugar and the milk.',
      'Bake for 12 minutes at 220 °C.',
      'Cool on a rack before serving.',
    ];
    const scones = procedure(
      'scones',
      'These scones take twenty minutes from start to finish.',
      recipe,
      'Serve them warm with jam.',
    );
    const said = texts(summarize(scones, { length: 'medium' }));
    expect(said.filter((text) => /^\d\. /u.test(text))).toHaveLength(5);
  });
});

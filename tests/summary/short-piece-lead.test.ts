import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/index.js';
import { fixtureArticle } from './fixtures.js';

/** The Gettysburg Address in its three paragraphs, as a teacher imported it (ten sentences). */
const GETTYSBURG = [
  'Four score and seven years ago our fathers brought forth on this continent, a new nation, conceived in Liberty, and dedicated to the proposition that all men are created equal.',
  'Now we are engaged in a great civil war, testing whether that nation, or any nation so conceived and so dedicated, can long endure. We are met on a great battle-field of that war. We have come to dedicate a portion of that field, as a final resting place for those who here gave their lives that that nation might live. It is altogether fitting and proper that we should do this.',
  'But, in a larger sense, we can not dedicate -- we can not consecrate -- we can not hallow -- this ground. The brave men, living and dead, who struggled here, have consecrated it, far above our poor power to add or detract. The world will little note, nor long remember what we say here, but it can never forget what they did here. It is for us the living, rather, to be dedicated here to the unfinished work which they who fought here have thus far so nobly advanced. It is rather for us to be here dedicated to the great task remaining before us -- that from these honored dead we take increased devotion to that cause for which they gave the last full measure of devotion -- that we here highly resolve that these dead shall not have died in vain -- that this nation, under God, shall have a new birth of freedom -- and that government of the people, by the people, for the people, shall not perish from the earth.',
];

describe('the first sentence of a short piece', () => {
  it('given the Gettysburg Address (ten sentences) then every summary opens with "Four score and seven years ago…"', () => {
    const address = fixtureArticle('the-gettysburg-address', GETTYSBURG, { title: 'The Gettysburg Address' });
    expect(address.sentences).toHaveLength(10);
    for (const length of ['short', 'medium', 'long'] as const) {
      const [first] = summarize(address, { length }).sentences;
      expect(first?.text, length).toMatch(/^Four score and seven years ago/);
    }
  });
});

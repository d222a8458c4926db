import { describe, expect, it } from 'vitest';
import { DEFAULT_SUMMARY_OPTIONS, Library, summarize, summarizeLibrary } from '../../src/index.js';
import { smallArticle } from '../helpers/content.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

const diary = smallArticle('ferry-diary', 'Three Days on the Ferries', [
  'The crossing took forty minutes in a grey swell.',
  'I ate a fish supper in the harbour, haddock so fresh it had been swimming that morning.',
  'The ferry left at dawn.',
]);
const minutes = smallArticle('club-minutes', 'Club Minutes', [
  'The treasurer reported a balance of £212.40 after paying for the room.',
  'Subscriptions for 2025 remain at £15 a year.',
  'The next meeting is on the first Tuesday of March.',
]);
const story = smallArticle('last-bus', 'The Last Bus', [
  'The boy tried to give her the money back, but she waved it away.',
  'The bus came at last, its windows fogged.',
]);
const library = Library.create([diary, minutes, story], { lexicon: wordnetLexicon() });
const sentencesOf = (topic: string, length: 'medium' | 'long' = 'medium'): string[] => {
  const summary = summarizeLibrary(library, { topic, length }, DEFAULT_SUMMARY_OPTIONS);
  return summary.kind === 'found'
    ? summary.excerpts.flatMap(({ sentences }) => sentences.map(({ text }) => text))
    : [];
};

describe('a topic summary of a general noun finds its kinds, and one about money the sums', () => {
  it('given "food", which no sentence says, then the sentence of the fish supper and the haddock answers', () => {
    expect(sentencesOf('food')).toEqual([
      'I ate a fish supper in the harbour, haddock so fresh it had been swimming that morning.',
    ]);
  });

  it('given "money", then the sums stand beside the sentence that says money', () => {
    expect(sentencesOf('money')).toEqual(
      expect.arrayContaining([
        'The boy tried to give her the money back, but she waved it away.',
        'The treasurer reported a balance of £212.40 after paying for the room.',
        'Subscriptions for 2025 remain at £15 a year.',
      ]),
    );
  });

  it('given "fees", a word filed under money that no sum says, then a sum alone does not count as mentioning it', () => {
    expect(sentencesOf('fees')).not.toContain('Subscriptions for 2025 remain at £15 a year.');
  });

  it('given "zebras", which nothing in the library is a kind of, then no article discusses it', () => {
    expect(summarizeLibrary(library, { topic: 'zebras' }, DEFAULT_SUMMARY_OPTIONS)).toMatchObject({
      kind: 'not-discussed',
    });
  });

  it('given a topic the text says itself, then a kind of it is left out, weighing less than the word', () => {
    const withFood = smallArticle('market', 'Market Day', ['The food at the market was cheap and good.']);
    const both = Library.create([diary, withFood], { lexicon: wordnetLexicon() });
    const summary = summarizeLibrary(both, { topic: 'food' }, DEFAULT_SUMMARY_OPTIONS);
    expect(summary.kind === 'found' && summary.excerpts.map(({ article }) => article.slug)).toEqual([
      'market',
    ]);
  });

  it('given a name within a sentence that WordNet also knows as a thing, then it is no kind', () => {
    const appeal = smallArticle('appeal', 'The Appeal', [
      'This is an appeal by Mr Peter Harlow against the decision.',
    ]);
    const names = Library.create([appeal, diary], { lexicon: wordnetLexicon() });
    expect(summarizeLibrary(names, { topic: 'animals' }, DEFAULT_SUMMARY_OPTIONS)).not.toMatchObject({
      excerpts: [{ article: { slug: 'appeal' } }],
    });
  });

  it('given one article and "food", then its summary about food has the supper', () => {
    const summary = summarize(
      diary,
      { topic: 'food' },
      Library.create([diary], { lexicon: wordnetLexicon() }),
    );
    expect(summary.sentences.map(({ text }) => text)).toEqual([
      'I ate a fish supper in the harbour, haddock so fresh it had been swimming that morning.',
    ]);
  });
});

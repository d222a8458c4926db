import { describe, expect, it } from 'vitest';
import { loadSotuArticles } from '../../bench/sotu-corpus.js';
import { summarize, type Article, type Passage } from '../../src/index.js';
import { fixtureArticle } from './fixtures.js';

/**
 * A sentence whose fields are getters, as a library restored from its snapshot has them
 * (runtime/snapshot/stored-article.ts): an object spread of it copies none of them.
 */
class GetterPassage implements Passage {
  constructor(private readonly of: Passage) {}
  get id(): string {
    return this.of.id;
  }
  get slug(): string {
    return this.of.slug;
  }
  get index(): number {
    return this.of.index;
  }
  get paragraph(): number {
    return this.of.paragraph;
  }
  get text(): string {
    return this.of.text;
  }
  get start(): number {
    return this.of.start;
  }
  get end(): number {
    return this.of.end;
  }
  get duplicateOf(): string | undefined {
    return this.of.duplicateOf;
  }
  get heading(): true | undefined {
    return this.of.heading;
  }
}

const withGetters = (article: Article): Article => ({
  ...article,
  sentences: article.sentences.map((sentence) => new GetterPassage(sentence)),
});
const texts = (article: Article): string[] => summarize(article).sentences.map((sentence) => sentence.text);

describe('a summary of an article whose sentences are read through getters', () => {
  it('given an address pasted as one paragraph (its pieces cut by topic), then the summary is the same as of plain sentences', () => {
    const address = loadSotuArticles(['1996_william_j_clinton_d.json'])[0]!;
    const pasted = fixtureArticle(address.slug, [
      address.sentences.map((sentence) => sentence.text).join(' '),
    ]);
    expect(texts(withGetters(pasted))).toEqual(texts(pasted));
  });

  it('given a speech opening with its salutation, then the summary is the same as of plain sentences', () => {
    const speech = fixtureArticle('speech', [
      'Mr. Speaker, Mr. President, distinguished guests: the harbour is open again after three years of work.',
      'Every boat in the town can now reach the quay at low tide, and the fishing fleet has doubled its landings.',
      'We will dredge the channel every spring so that it stays open for the next generation of fishers.',
    ]);
    expect(texts(withGetters(speech))).toEqual(texts(speech));
  });
});

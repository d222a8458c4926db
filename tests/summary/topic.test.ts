import { describe, expect, it } from 'vitest';
import { Bot, cleanTopic, summarize } from '../../src/index.js';
import { seedArticle, seedLibrary } from '../helpers/content.js';
import { fixtureArticle } from './fixtures.js';

const article = seedArticle();
const library = seedLibrary();
const numbers = (ids: readonly { id: string }[]): number[] => ids.map((s) => Number(s.id.split('#')[1]));

describe('topic-focused summaries', () => {
  it.each([
    // topic, sentences that must be there, words one of which each sentence must contain
    ['missiles', [4, 5, 7], /missile|SRBM|SLBM|ICBM/i],
    ['sanctions', [3], /sanctions/i],
    ['election', [5, 6, 8, 14], /election/i],
    ['pandemic', [1, 13], /pandemic|coronavirus|health crisis/i],
  ] as const)(
    'given the topic %j then it returns the sentences about it, in article order',
    (topic, expected, words) => {
      const summary = summarize(article, { topic }, library);
      expect(summary.found).toBe(true);
      expect(summary.topic).toBe(topic);
      const ids = numbers(summary.sentences);
      expect(ids).toEqual(expect.arrayContaining([...expected]));
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
      for (const sentence of summary.sentences) {
        expect(sentence.text).toMatch(words);
        expect(article.sentences.find((p) => p.id === sentence.id)?.text).toBe(sentence.text);
      }
    },
  );

  it('given a topic and a number of sentences then it keeps that many of the sentences about the topic, the best', () => {
    const all = numbers(summarize(article, { topic: 'election', length: 'long' }, library).sentences);
    expect(all.length).toBeGreaterThan(2);
    const two = numbers(summarize(article, { topic: 'election', sentences: 2 }, library).sentences);
    expect(two).toHaveLength(2);
    for (const at of two) expect(all).toContain(at);
    expect(numbers(summarize(article, { topic: 'election', sentences: 1 }, library).sentences)).toHaveLength(
      1,
    );
  });

  it('given a topic the article does not discuss ("bitcoin") then it says so, with no sentences', () => {
    const summary = summarize(article, { topic: 'bitcoin' }, library);
    expect(summary).toMatchObject({ found: false, topic: 'bitcoin', sentences: [] });
  });

  it('given typos and synonyms then the topic is found as /quote finds it', () => {
    expect(numbers(summarize(article, { topic: 'electoin' }, library).sentences)).toEqual(
      numbers(summarize(article, { topic: 'election' }, library).sentences),
    );
    expect(numbers(summarize(article, { topic: 'covid' }, library).sentences)).toEqual([1, 13]);
    expect(summarize(article, { topic: 'embargo' }, library).sentences.map((s) => s.id)).toEqual([
      `${article.slug}#3`,
    ]);
  });

  it('given a framed topic ("the part about sanctions") then the framing is not searched for', () => {
    expect(cleanTopic('the part about sanctions')).toBe('sanctions');
    expect(cleanTopic('the bit on the election in the article?')).toBe('the election');
    expect(numbers(summarize(article, { topic: 'the part about sanctions' }, library).sentences)).toEqual([
      3,
    ]);
  });

  it('given a topic of filler words only ("it") then the whole article is summarised', () => {
    const summary = summarize(article, { topic: 'it' }, library);
    expect(summary.topic).toBeNull();
    expect(summary.sentences).toEqual(summarize(article, {}, library).sentences);
  });

  it('given the short length then a topic gives at most three sentences, the best matches', () => {
    const short = summarize(article, { topic: 'missiles', length: 'short' }, library);
    const long = summarize(article, { topic: 'missiles', length: 'long' }, library);
    expect(short.sentences.length).toBeLessThanOrEqual(3);
    expect(long.sentences.length).toBeGreaterThan(short.sentences.length);
    for (const sentence of short.sentences) expect(long.sentences).toContainEqual(sentence);
  });

  it('given /summary with a topic through the bot then the library answers it', () => {
    const reply = new Bot(library).handle({ kind: 'summary', topic: 'bitcoin' });
    expect(reply).toMatchObject({ kind: 'summary', summary: { found: false, topic: 'bitcoin' } });
    const found = new Bot(library).handle({ kind: 'summary', topic: 'sanctions', length: 'short' });
    expect(found).toMatchObject({ kind: 'summary', summary: { found: true, length: 'short' } });
  });
});

describe('a topic summary that reads on its own', () => {
  it('given sentences about the topic that lean on the one before ("But…") and others that do not, then those that do not come first', () => {
    const port = fixtureArticle('port', [
      'The town celebrated the reopening on Friday with music in the square.',
      'But the harbour lost its trade.',
      'Fishing boats still use the harbour every morning before dawn.',
      'The council owns the harbour and plans new moorings.',
    ]);
    const texts = summarize(port, { topic: 'harbour', sentences: 2 }).sentences.map((s) => s.text);
    expect(texts).toHaveLength(2);
    expect(texts.join(' ')).not.toContain('But the harbour');
  });

  it('given a list of points about the topic announced in a sentence about something else, then no item is taken cut off its list ("Third, the causes of harbour disputes.")', () => {
    const harbour = fixtureArticle('harbour-plan', [
      'The council met on Monday and agreed a plan in three points.',
      'First, the harbour will be dredged before the summer.',
      'Point number two is a new office for harbour pilots on the quay.',
      'Third, the causes of harbour disputes.',
      'Fishing boats still use the harbour every morning before dawn.',
      'The harbour master expects more ferries next year.',
    ]);
    const texts = summarize(harbour, { topic: 'harbour', length: 'short' }).sentences.map((s) => s.text);
    expect(texts).toEqual([
      'Fishing boats still use the harbour every morning before dawn.',
      'The harbour master expects more ferries next year.',
    ]);
  });

  it('given the only sentence about the topic leans on the one before further in ("About 40 of them…", a quotation whose speaker is named before) then that sentence comes with it', () => {
    const lane = fixtureArticle('bus-lane', [
      'The council voted to build a bus lane on Mill Road.',
      'Shop owners on Mill Road were less pleased. About 40 of them signed a letter warning that the loss of 60 parking spaces would drive customers away.',
      '"We cannot ask children to learn in an oven," said Dr. Lena Fischer. "The buildings were designed for a climate we no longer have."',
    ]);
    const about = (topic: string): string[] =>
      summarize(lane, { topic, length: 'short' }).sentences.map((s) => s.text);
    expect(about('parking')).toEqual([
      'Shop owners on Mill Road were less pleased.',
      'About 40 of them signed a letter warning that the loss of 60 parking spaces would drive customers away.',
    ]);
    expect(about('climate')).toEqual([
      '"We cannot ask children to learn in an oven," said Dr. Lena Fischer.',
      '"The buildings were designed for a climate we no longer have."',
    ]);
  });

  it('given sentences about the topic that open on a pronoun ("It was…", "Their…") then each comes only after the sentence it points back to', () => {
    const pilot = fixtureArticle('pilot', [
      'Mara Quist wrote novels about hospitals and banks.',
      'During the war Mara Quist trained pilots at a flight school.',
      'It was an occupation that shaped her first story about a flight in a storm.',
      'The novels sold millions of copies in twelve languages.',
      'Their success paid for a flight around the world.',
      'A flight to Canada in 1952 ended her flying days.',
    ]);
    const texts = summarize(pilot, { topic: 'flight', sentences: 5 }).sentences.map((s) => s.text);
    expect(texts).toEqual([
      'During the war Mara Quist trained pilots at a flight school.',
      'It was an occupation that shaped her first story about a flight in a storm.',
      'A flight to Canada in 1952 ended her flying days.',
    ]);
  });
});

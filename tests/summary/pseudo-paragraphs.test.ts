import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/content/article.js';
import { DEFAULT_SUMMARY_OPTIONS } from '../../src/index.js';
import { scoreSentences } from '../../src/summary/sentence-scores.js';
import { withPseudoParagraphs } from '../../src/summary/pseudo-paragraphs.js';
import { fixtureArticle } from './fixtures.js';

const TOPICS = [
  'The harbour needs a new sea wall. Storms in March broke the old wall in three places. Waves now reach the fish market at high tide. Engineers say the wall was built in 1890 of soft stone. A new wall of concrete would last a century. The harbour board has drawn up the plans. Fishermen back the plans because their boats are at risk. The wall should be built before next winter.',
  'Our schools need more teachers. Classes in the town now hold thirty-five pupils. Teachers leave after two years for better pay in the city. Parents say their children wait weeks for marked homework. A housing grant for new teachers would keep them here. Three schools have tried such a grant already. Their classes are smaller and their results better. Every school in the town should offer the grant.',
  'Finally, the railway station must reopen. Trains stopped calling here in 1965. Commuters drive an hour to the nearest station every morning. The old platform and the ticket hall still stand. Rail planners estimate two thousand passengers a day. The county has offered half of the cost. Reopening the line would bring visitors back to the town. The station should open again within five years.',
];

/** Passages of one paragraph, each sentence's concepts those of its topic (`topicOf`) and its own number. */
function oneParagraph(
  count: number,
  topicOf: (i: number) => number,
): {
  passages: Passage[];
  vectors: Map<string, number>[];
} {
  const passages = Array.from({ length: count }, (_, i) => ({
    id: `t#${i}`,
    slug: 't',
    index: i,
    paragraph: 0,
    text: `Sentence ${i}.`,
    start: 0,
    end: 0,
  }));
  const vectors = passages.map((_, i) => {
    const topic = `topic${topicOf(i)}`;
    return new Map([
      [topic, Math.SQRT1_2],
      [`own${i}`, Math.SQRT1_2],
    ]);
  });
  return { passages, vectors };
}

describe('pseudo-paragraphs of a long unbroken paragraph', () => {
  it('given 30 sentences on three topics in one paragraph then it is cut where each topic begins', () => {
    const { passages, vectors } = oneParagraph(30, (i) => Math.floor(i / 10));
    const cut = withPseudoParagraphs(passages, vectors, Array<boolean>(30).fill(false), 10);
    const starts = cut.filter((p, i) => i === 0 || p.paragraph !== cut[i - 1]!.paragraph).map((p) => p.index);
    expect(starts).toEqual([0, 10, 20]);
  });

  it('given a topic that begins on a sentence leaning on the one before then the cut falls elsewhere', () => {
    const { passages, vectors } = oneParagraph(30, (i) => Math.floor(i / 10));
    const leans = Array.from({ length: 30 }, (_, i) => i === 10);
    const cut = withPseudoParagraphs(passages, vectors, leans, 10);
    expect(cut[10]!.paragraph).toBe(cut[9]!.paragraph);
  });

  it('given paragraphs of a usual length then they are left as written', () => {
    const { passages, vectors } = oneParagraph(20, (i) => Math.floor(i / 10));
    expect(withPseudoParagraphs(passages, vectors, Array<boolean>(20).fill(false), 10)).toBe(passages);
  });

  it('given an address of three subjects pasted as one paragraph then a new subject opens a paragraph of its own, as it would in the text with its blank lines', () => {
    const pasted = fixtureArticle('town', [TOPICS.join(' ')], { title: 'What the town needs' });
    expect(pasted.paragraphs).toHaveLength(1);
    const scored = scoreSentences(pasted, DEFAULT_SUMMARY_OPTIONS).sentences;
    const leads = scored.filter((sentence) => sentence.lead).map((sentence) => sentence.passage.index);
    expect(leads).toContain(0);
    expect(leads).toContain(16);
    expect(scored.filter((sentence) => sentence.closing).map((s) => s.passage.index)).not.toContain(0);
  });
});

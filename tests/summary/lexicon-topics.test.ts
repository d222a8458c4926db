import { describe, expect, it } from 'vitest';
import { TextLexicon } from '../../src/index.js';
import { LEXICON_HEADER } from '../../src/search/lexicon.js';
import { wordnetLexicon } from '../helpers/lexicon.js';

const topicWords = (lemma: string): string[] =>
  (wordnetLexicon().topicsOf?.(lemma) ?? []).map(({ word }) => word);
const levelOf = (lemma: string, topic: string): number | undefined =>
  wordnetLexicon()
    .topicsOf?.(lemma)
    .find(({ word }) => word === topic)?.level;

describe('the topics a noun falls under, kept by the lexicon for topic summaries', () => {
  it('given a line with topics after its mark, then they are read with their levels', () => {
    // lemma, ten kinds (narrower the fifth), the mark, the topics
    const line = ['haddock', '', '', '', '', 'finnan', '', '', '', '', '', '', 'fish:1,food:2'].join('|');
    const text = `${LEXICON_HEADER}\n${line}\n`;
    const lexicon = new TextLexicon(new TextEncoder().encode(text));
    expect(lexicon.topicsOf('haddock')).toEqual([
      { word: 'fish', level: 1 },
      { word: 'food', level: 2 },
    ]);
    expect(lexicon.related('haddock')).toEqual([{ word: 'finnan', kind: 'narrower' }]);
    expect(lexicon.topicsOf('cod')).toEqual([]);
  });

  it.each([
    ['haddock', 'food'],
    ['supper', 'food'],
    ['gingerbread', 'food'],
    ['wine', 'beverage'],
    ['bee', 'insect'],
  ])('given %j, then it falls under %j', (lemma, topic) => {
    expect(topicWords(lemma)).toContain(topic);
  });

  it('given a nearer and a farther general word, then the nearer has the lower level', () => {
    expect(levelOf('haddock', 'fish')).toBe(1);
    expect(levelOf('haddock', 'food')).toBe(2);
  });

  it.each(['fee', 'price', 'cost', 'subscription', 'grant', 'bill'])(
    'given %j, whose meaning speaks of money, then it falls under money',
    (lemma) => {
      expect(topicWords(lemma)).toContain('money');
    },
  );

  it.each([
    ['bee', 'person'],
    ['supper', 'entity'],
    ['fee', 'act'],
    ['honey', 'hymenopteran'],
  ])('given %j, then %j, too broad or a word nobody types, is no topic of it', (lemma, topic) => {
    expect(topicWords(lemma)).not.toContain(topic);
  });
});

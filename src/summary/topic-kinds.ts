import { attributionOf, isQuotable, type Article, type Passage } from '../content/article.js';
import { lemmaCandidates, type Lexicon, type TopicWord } from '../search/lexicon.js';
import { mergeRanges } from '../search/highlight.js';
import type { Highlight, SearchHit } from '../search/result.js';
import { STOPWORDS } from '../text/stopwords.js';
import { tokenize } from '../text/tokenize.js';
import { usedAsVerb } from './noun-use.js';
import type { SummaryOptions } from './options.js';

/**
 * The topic WordNet files every sense about money under ("fee", "price", "grant": see `Lexicon.topicsOf`), at
 * level 0 of a word whose own meaning is a sum of money ("cost", "price").
 */
const MONEY = 'money';

/**
 * A sum of money: a figure with a currency sign before or after it ("£45", "€1,150", "$ 9.3bn", "12 €"). A
 * currency named in words ("12 euros") is a word that falls under money itself.
 */
const SUM =
  /\p{Sc}\s?\p{N}[\p{N},.]*\p{N}?(?:\s?(?:m|bn|k|million|billion|thousand)\b)?|\p{N}[\p{N},.]*\s?\p{Sc}/gu;

/** A library's words, read once: the quotable passages each is in, and where. */
interface Words {
  readonly at: Map<string, { passage: Passage; range: Highlight }[]>;
  /** The topics each word falls under as a noun, and whether it is a verb too, looked up once per word. */
  readonly topics: Map<string, { readonly topics: readonly TopicWord[]; readonly verb: boolean }>;
}

const read = new WeakMap<readonly Article[], Words>();

/** The hits `kindHits` made, and not the search: each names a kind of the topic, which is what it is about. */
const madeForKinds = new WeakSet<SearchHit>();

/** Whether a hit names a kind of the topic only (see `kindHits`), found by no word of the topic itself. */
export function isKindHit(hit: SearchHit): boolean {
  return madeForKinds.has(hit);
}

function wordsOf(articles: readonly Article[]): Words {
  let words = read.get(articles);
  if (words === undefined) {
    const at = new Map<string, { passage: Passage; range: Highlight }[]>();
    for (const article of articles)
      for (const passage of article.sentences) {
        if (!isQuotable(passage)) continue;
        for (const token of tokenize(passage.text)) {
          if (STOPWORDS.has(token.term) || !/^\p{L}{3,}$/u.test(token.term)) continue;
          // A capitalised word within the sentence is a name ("Mr Peter Harlow"), not a kind of anything;
          // "per cent" is no coin.
          const before = passage.text.slice(0, token.start);
          if (token.start > 0 && /^\p{Lu}/u.test(passage.text.slice(token.start)) && !/[/:]\s*$/.test(before))
            continue;
          if (token.term === 'cent' && /\bper\s+$/i.test(before)) continue;
          const found = at.get(token.term) ?? [];
          found.push({ passage, range: [token.start, token.end] });
          at.set(token.term, found);
        }
      }
    words = { at, topics: new Map() };
    read.set(articles, words);
  }
  return words;
}

/**
 * The topics a word of a text falls under as a noun, of its first dictionary form that has any: the word
 * itself or its plural's singular ("suppers": supper). A past or a participle ("checked", "foraging") is a
 * verb's form, no noun's. With them, whether the noun is a verb too (see `Lexicon.isVerb`).
 */
function topicsOfWord(
  lexicon: Lexicon,
  words: Words,
  term: string,
): { readonly topics: readonly TopicWord[]; readonly verb: boolean } {
  let found = words.topics.get(term);
  if (found === undefined) {
    found = { topics: [], verb: false };
    for (const lemma of lemmaCandidates(term).filter((form) => isNounForm(term, form))) {
      const topics = lexicon.topicsOf?.(lemma) ?? [];
      if (topics.length === 0) continue;
      found = { topics, verb: lexicon.isVerb?.(lemma) ?? false };
      break;
    }
    words.topics.set(term, found);
  }
  return found;
}

/** Whether `term` is `lemma` or its plural ("suppers", "taxes", "berries"). */
function isNounForm(term: string, lemma: string): boolean {
  return (
    term === lemma ||
    term === `${lemma}s` ||
    term === `${lemma}es` ||
    (lemma.endsWith('y') && term === `${lemma.slice(0, -1)}ies`)
  );
}

/**
 * The passages about a topic of one general noun through its kinds, which the search does not find by the
 * word itself: each sentence naming a word that falls under the topic ("food": the haddock, the supper, the
 * gingerbread; see `Lexicon.topicsOf`), scored by how many levels down it is (`kindQuality`), and, for a topic
 * of money itself ("money", or a word whose meaning is a sum: "cost", "price"; not "fee"), each naming a sum of money ("£45", "€1,150"), scored `sumQuality`.
 * None for a topic of several words, or without a lexicon that knows topics.
 */
export function kindHits(
  articles: readonly Article[],
  lexicon: Lexicon,
  topic: string,
  options: Pick<SummaryOptions, 'kindQuality' | 'sumQuality'>,
): SearchHit[] {
  if (lexicon.topicsOf === undefined) return [];
  const terms = tokenize(topic).filter((token) => !STOPWORDS.has(token.term));
  if (terms.length !== 1) return [];
  const lemmas = lemmaCandidates(terms[0]!.term);
  // Sums say money, and a word that means a sum ("cost"), not every word filed under money ("fee").
  const aboutMoney = lemmas.some(
    (lemma) =>
      lemma === MONEY || lexicon.topicsOf!(lemma).some(({ word, level }) => word === MONEY && level === 0),
  );
  const words = wordsOf(articles);
  const found = new Map<string, { passage: Passage; score: number; ranges: Highlight[] }>();
  const add = (passage: Passage, range: Highlight, score: number): void => {
    const hit = found.get(passage.id) ?? { passage, score: 0, ranges: [] };
    hit.score = Math.max(hit.score, score);
    hit.ranges.push(range);
    found.set(passage.id, hit);
  };
  for (const [term, places] of words.at) {
    if (lemmas.includes(term)) continue;
    const { topics, verb } = topicsOfWord(lexicon, words, term);
    const level = topics.find(({ word }) => lemmas.includes(word))?.level;
    if (level === undefined) continue;
    const score = options.kindQuality[Math.min(Math.max(1, level), options.kindQuality.length) - 1]!;
    for (const { passage, range } of places)
      if (!verb || !usedAsVerb(passage.text, range[0], range[1], lexicon)) add(passage, range, score);
  }
  if (aboutMoney)
    for (const article of articles)
      for (const passage of article.sentences)
        if (isQuotable(passage))
          for (const sum of passage.text.matchAll(SUM))
            add(passage, [sum.index, sum.index + sum[0].length], options.sumQuality);
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  return [...found.values()]
    .map(({ passage, score, ranges }) => {
      const article = bySlug.get(passage.slug)!;
      const hit: SearchHit = {
        passage,
        article: attributionOf(article),
        score,
        highlights: mergeRanges(passage.text, ranges),
        context: {
          before: article.sentences[passage.index - 1]?.text ?? null,
          after: article.sentences[passage.index + 1]?.text ?? null,
        },
      };
      madeForKinds.add(hit);
      return hit;
    })
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.passage.slug.localeCompare(b.passage.slug) ||
        a.passage.index - b.passage.index,
    );
}

/**
 * The search's hits with the kinds' added, best first: a passage both found keeps its better score and
 * the highlights of both.
 */
export function withKinds(hits: readonly SearchHit[], kinds: readonly SearchHit[]): SearchHit[] {
  if (kinds.length === 0) return [...hits];
  const byId = new Map(hits.map((hit) => [hit.passage.id, hit]));
  for (const kind of kinds) {
    const hit = byId.get(kind.passage.id);
    byId.set(
      kind.passage.id,
      hit === undefined
        ? kind
        : {
            ...hit,
            score: Math.max(hit.score, kind.score),
            highlights: mergeRanges(hit.passage.text, [...hit.highlights, ...kind.highlights]),
          },
    );
  }
  return [...byId.values()].sort((a, b) => b.score - a.score);
}

import type { Article, Passage } from '../content/article.js';
import type { SearchOptions } from '../search/options.js';
import { SearchStatus, type SearchHit, type SearchRequest, type SearchResult } from '../search/result.js';
import { REQUEST_WORDS, STOPWORDS } from '../text/stopwords.js';
import { opensInSmallLetter } from '../text/segment.js';
import { tokenize } from '../text/tokenize.js';
import { aboutTopic, withoutPassingRunOns } from './about-topic.js';
import { isCeremony } from './ceremony.js';
import { ConceptReader } from './concepts.js';
import { cuesOf, standsAlone } from './cues.js';
import { isSectionHeading, whatItPointsTo, withWhatTheyPointTo } from './substance.js';
import { goesOnQuoting } from './quotation.js';
import { DEFAULT_SUMMARY_OPTIONS, type SummaryOptions } from './options.js';
import { isKindHit, kindHits, withKinds } from './topic-kinds.js';

/** What topic focus needs from the search engine: a `Library` is one. */
export interface TopicFinder {
  search(request: SearchRequest): SearchResult;
  readonly options: Pick<SearchOptions, 'relationQuality'> & Partial<Pick<SearchOptions, 'lexicon'>>;
}

/** The sentences of an article about a topic, or why there are none. */
export type TopicPassages =
  | { readonly kind: 'found'; readonly passages: readonly Passage[] }
  | { readonly kind: 'not-discussed' }
  /** The topic has no word to look for ("it", "the"): summarise the whole article instead. */
  | { readonly kind: 'no-topic' };

// "the part about sanctions", "the bit on the election in the article": the framing is not the topic.
const FRAMING =
  /^(?:(?:the|a|that|this)\s+)?(?:parts?|bits?|sections?|portions?|passages?|paragraphs?|stuff|things?)\s+(?:(?:of|in)\s+(?:the|this|that)\s+(?:article|piece|text)\s+)?(?:about|on|regarding|concerning|re|dealing\s+with|that\s+(?:talks|deals)\s+(?:about|with))\s+/i;
const LEADING = /^(?:about|on|regarding|concerning|re:?)\s+/i;
const TRAILING = /\s+(?:in|of)\s+(?:the|this|that)\s+(?:article|piece|text)$/i;

/** A topic as the user framed it ("the part about sanctions") reduced to what to look for ("sanctions"). */
export function cleanTopic(topic: string): string {
  return topic
    .trim()
    .replace(/[\s?.!]+$/, '')
    .replace(FRAMING, '')
    .replace(LEADING, '')
    .replace(TRAILING, '')
    .trim();
}

/**
 * Whether a cleaned topic has a word to look for: only filler ("it", "the article") has none. An acronym
 * ("US") is a topic even when it spells a stopword.
 */
export function hasTopicWords(words: string): boolean {
  return tokenize(words).some(
    (token) =>
      (!STOPWORDS.has(token.term) && !REQUEST_WORDS.has(token.term)) ||
      /^\p{Lu}{2,}$/u.test(words.slice(token.start, token.end)),
  );
}

/**
 * The article's sentences about a topic, found by the search engine (same stems, synonyms and typo
 * tolerance as `/quote`), the best `limit` of them in article order; one that leans on the sentence before
 * only with it (see `leaningUnits`). A sentence that only points to the topic ("Then there is money.") or a
 * section's heading gives its place to the sentence after it that says something (see
 * `withWhatTheyPointTo`); with no sentence found, a section whose heading names the topic still discusses
 * it, and gives its first sentence that says something.
 */
export function passagesAbout(
  finder: TopicFinder,
  article: Article,
  topic: string,
  limit: number,
  options: Pick<SummaryOptions, 'kindQuality' | 'sumQuality'> = DEFAULT_SUMMARY_OPTIONS,
): TopicPassages {
  const words = cleanTopic(topic);
  if (!hasTopicWords(words)) return { kind: 'no-topic' };
  const searched = finder.search({
    query: words,
    slug: article.slug,
    limit: article.sentences.length,
  });
  if (searched.status === SearchStatus.EmptyQuery) return { kind: 'no-topic' };
  // "food": the haddock and the supper too; "money": the fees and the sums (see `kindHits`).
  const lexicon = finder.options.lexicon;
  const kinds = lexicon === undefined ? [] : kindHits([article], lexicon, words, options);
  const result =
    kinds.length === 0
      ? searched
      : { ...searched, status: SearchStatus.Ok, hits: withKinds(searched.hits, kinds) };
  if (result.status !== SearchStatus.Ok) {
    // A section whose heading names the topic discusses it, though its sentences may not name it again.
    const said = headingsNaming(article, words).flatMap((heading) => whatItPointsTo(article, heading) ?? []);
    return said.length > 0 ? { kind: 'found', passages: said.slice(0, limit) } : { kind: 'not-discussed' };
  }
  const hits = withWhatTheyPointTo(nearBest(result.hits, finder.options), () => article);
  const units = leaningUnits(hits, () => article.sentences);
  const passages = fitUnits(units, hits, limit).sort((a, b) => a.index - b.index);
  return { kind: 'found', passages };
}

/** The article's section headings that name every word of the topic, in its own words or their inflections. */
function headingsNaming(article: Article, topic: string): Passage[] {
  const reader = new ConceptReader(article.meta.glossary);
  const wanted = reader.concepts(topic);
  if (wanted.length === 0) return [];
  return article.sentences.filter((passage) => {
    if (!isSectionHeading(article, passage)) return false;
    const named = new Set(reader.concepts(passage.text));
    return wanted.every((concept) => named.has(concept));
  });
}

/**
 * The hits about a topic as much as the best one is, those that read on their own first: with a sentence in
 * the topic's own words or their inflections, one found only through a related word ("primary" for
 * "election", "cost" for "price") is about something else. The floor is a derived form's quality of the best
 * hit's score ("elected" still counts for "election"). Of those, the ones about the topic, not using its
 * word in passing (see `aboutTopic`), nor in a run-on of many things (see `withoutPassingRunOns`).
 */
export function nearBest(
  hits: readonly SearchHit[],
  options: Pick<SearchOptions, 'relationQuality'>,
): SearchHit[] {
  const best = Math.max(0, ...hits.map((hit) => hit.score));
  const floor = best * options.relationQuality.derivation;
  // Among them, those that read on their own first: a topic summary of "But the organisers say…" lacks
  // what the "but" answers.
  const alone: SearchHit[] = [];
  const leaning: SearchHit[] = [];
  // The part of a long sentence after a semicolon, in a small letter ("the bill amending…; and…"): only when
  // nothing else is about the topic.
  const parts: SearchHit[] = [];
  const near = hits.filter((hit) => hit.score >= floor);
  // A sentence that names a kind of the topic ("haddock" for food, "£45" for money) is about it, however
  // little it shares with the others: each names a thing of its own.
  const about = new Set(withoutPassingRunOns(aboutTopic(near.filter((hit) => !isKindHit(hit)))));
  for (const hit of near.filter((hit) => about.has(hit) || isKindHit(hit))) {
    // A greeting or a set-up ("Thank you, and welcome to your library.") likewise says nothing of the topic.
    if (opensInSmallLetter(hit.passage.text) || isCeremony(hit.passage.text)) parts.push(hit);
    else (hit.passage.index > 0 && !standsAlone(hit.passage.text) ? leaning : alone).push(hit);
  }
  return alone.length + leaning.length > 0 ? [...alone, ...leaning] : parts;
}

/** Most sentences a topic unit has: the hit and two it leans on (a longer chain is a passage). */
const UNIT_SIZE = 3;

/**
 * Each hit's passage with the hits right before it that it leans on ("It was an occupation…" needs what
 * "it" is): units that a topic summary takes whole or not at all (see `fitUnits`). A hit that opens leaning
 * on a sentence about something else has no unit: every sentence of a topic summary is about the topic, and
 * none points to nothing. One that leans on the sentence before further in ("About 40 of them signed…", a
 * quotation whose speaker the sentence before names: see `cuesOf`'s `dependent`) brings that sentence of its
 * paragraph along, found or not, when none of its article's hits reads alone: the summary says who "them"
 * are. A quotation's later sentence ("I think the children would like to see it too."", see `goesOnQuoting`)
 * always comes with the sentences of its paragraph back to the one that names its speaker, or not at all when
 * that is more than `UNIT_SIZE` back. `sentencesOf` gives an article's sentences by slug.
 */
export function leaningUnits(
  hits: readonly SearchHit[],
  sentencesOf: (slug: string) => readonly Passage[] | undefined,
): Passage[][] {
  const found = new Set(hits.map((hit) => hit.passage.id));
  // Articles with a hit about the topic that reads alone: their summary keeps to the topic's own sentences.
  const withAlone = new Set(
    hits
      .filter(({ passage }) => !opensInSmallLetter(passage.text) && !cuesOf(passage.text).dependent)
      .map(({ passage }) => passage.slug),
  );
  return hits.flatMap(({ passage }) => {
    const sentences = sentencesOf(passage.slug) ?? [];
    const unit = [passage];
    for (;;) {
      const first = unit[0]!;
      const before = sentences[first.index - 1];
      if (goesOnQuoting(first, sentences)) {
        // A quotation's later sentence comes with the one that names its speaker, or not at all.
        if (unit.length >= UNIT_SIZE || before?.paragraph !== first.paragraph) return [];
      } else if (opensInSmallLetter(first.text) || cuesOf(first.text).opensLeaning) {
        if (unit.length >= UNIT_SIZE || before === undefined || !found.has(before.id)) return [];
      } else if (
        withAlone.has(passage.slug) ||
        unit.length >= UNIT_SIZE ||
        before?.paragraph !== first.paragraph ||
        !cuesOf(first.text).dependent
      ) {
        return [unit];
      }
      unit.unshift(before);
    }
  });
}

/**
 * The passages of the units that fit, best unit first: at most `limit` in all and `perArticle` from one
 * article; a unit that would pass either is left for a later one that fits. When none fits (every hit
 * leans on a sentence about something else, or one sentence is asked for and the best hit leans on
 * another), the best hit alone.
 */
export function fitUnits(
  units: readonly Passage[][],
  hits: readonly SearchHit[],
  limit: number,
  perArticle = Infinity,
): Passage[] {
  const chosen = new Map<string, Passage>();
  const fromArticle = new Map<string, number>();
  for (const unit of units) {
    if (chosen.size >= limit) break;
    const fresh = unit.filter((passage) => !chosen.has(passage.id));
    const slug = unit[0]!.slug;
    const taken = fromArticle.get(slug) ?? 0;
    if (chosen.size + fresh.length > limit || taken + fresh.length > perArticle) continue;
    for (const passage of fresh) chosen.set(passage.id, passage);
    fromArticle.set(slug, taken + fresh.length);
  }
  const best = hits[0]?.passage;
  return chosen.size === 0 && best !== undefined ? [best] : [...chosen.values()];
}

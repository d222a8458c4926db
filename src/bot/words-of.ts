import type { Library } from '../library.js';
import type { Passage } from '../content/article.js';
import type { Highlight, SearchHit } from '../search/result.js';
import { foldedWords, foldText } from '../text/fold.js';
import { STOPWORDS } from '../text/stopwords.js';
import { personAsked } from '../library/words-asked.js';
import { speakerOfPassage } from './passage-speaker.js';

/** How many sentences after one that names a person may be their quotation. */
const QUOTED_AFTER = 3;
/** The words of a "what did X say about Y?" question that ask, not what about. */
const ASKING = new Set(['what', 'did', 'does', 'do', 'say', 'says', 'said', 'tell', 'told']);
const WORDS = /[\p{L}\p{N}'’-]+/gu;
/** Double quotation marks, straight and curly, and guillemets: the person's own words, not reported. */
const QUOTATION_MARK = /["“”„«»]/;

/**
 * The hits of a question "what did X say (about Y)?" with X's words first: first the quotations their article
 * credits to X (`speakerOfPassage`: `"Our towns are small…," she said.` after "Mayor Susan Clarke welcomed the
 * guests…"), then X's reported words ("Rovers manager Graham Tully said his team…"), then the rest, each in
 * the search's order. X is the speaker when X's words are words of their name ("ellen marsh", "tully") or
 * come right before it in the article ("the mayor" of "Mayor Susan Clarke"). Other queries' hits as they are.
 */
export function theirWordsFirst(
  library: Library,
  query: string,
  hits: readonly SearchHit[],
): readonly SearchHit[] {
  const person = personAsked(query);
  if (person === undefined) return hits;
  const theirs = (passage: Passage): boolean => {
    const speaker = speakerOfPassage(library, passage);
    return typeof speaker === 'string' && names(library, passage.slug, speaker, person);
  };
  const about = foldedWords(query).filter(
    (word) => !person.includes(word) && !STOPWORDS.has(word) && !ASKING.has(word),
  );
  const seen = new Set(hits.map((hit) => hit.passage.id));
  const ranked: { readonly hit: SearchHit; readonly rank: number }[] = [];
  for (const hit of hits) {
    const rank = theirs(hit.passage) ? (QUOTATION_MARK.test(hit.passage.text) ? 0 : 1) : 2;
    ranked.push({ hit, rank });
    // News names a person (or reports them), then quotes them: the quotations after that sentence.
    for (const next of rank === 0 ? [] : quotedAfter(library, hit.passage, person)) {
      if (seen.has(next.id) || !theirs(next)) continue;
      seen.add(next.id);
      ranked.push({ hit: { ...hit, ...placeOf(library, next, about) }, rank: 0 });
    }
  }
  if (ranked.every(({ rank }) => rank === 2)) return hits;
  const says = (hit: SearchHit): number =>
    about.some((word) => foldedWords(hit.passage.text).includes(word)) ? 0 : 1;
  return ranked
    .map((each, at) => ({ ...each, at }))
    .sort((a, b) => a.rank - b.rank || says(a.hit) - says(b.hit) || a.at - b.at)
    .map(({ hit }) => hit);
}

/** The quotations in the few sentences after one that names `person`, in its paragraph or the next. */
function quotedAfter(library: Library, passage: Passage, person: readonly string[]): Passage[] {
  const sentences = library.article(passage.slug)?.sentences ?? [];
  if (!person.every((word) => foldedWords(passage.text).includes(word))) return [];
  return sentences
    .slice(passage.index + 1, passage.index + 1 + QUOTED_AFTER)
    .filter((next) => next.paragraph <= passage.paragraph + 1 && QUOTATION_MARK.test(next.text));
}

/** A hit's passage, article and context for `passage`, its words `about` highlighted. */
function placeOf(library: Library, passage: Passage, about: readonly string[]): Partial<SearchHit> {
  const sentences = library.article(passage.slug)?.sentences ?? [];
  const highlights: Highlight[] = [];
  for (const word of passage.text.matchAll(WORDS)) {
    if (about.includes(foldText(word[0]))) highlights.push([word.index, word.index + word[0].length]);
  }
  return {
    passage,
    highlights,
    context: {
      before: sentences[passage.index - 1]?.text ?? null,
      after: sentences[passage.index + 1]?.text ?? null,
    },
  };
}

/** Whether `person` (folded words) names `speaker`: words of the name, or what the article calls them before it. */
function names(library: Library, slug: string, speaker: string, person: readonly string[]): boolean {
  const name = foldedWords(speaker);
  if (person.every((word) => name.includes(word))) return true;
  const surname = name.at(-1);
  if (surname === undefined) return false;
  const called = new RegExp(
    String.raw`\b${person.join(String.raw`\s+`)}\s+(?:[\p{L}'.-]+\s+){0,3}?${surname}\b`,
    'u',
  );
  return (library.article(slug)?.sentences ?? []).some((sentence) => called.test(foldText(sentence.text)));
}

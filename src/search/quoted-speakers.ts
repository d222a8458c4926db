import { HONORIFICS, STOPWORDS } from '../text/stopwords.js';
import { fullNameIn, speakerInParagraph, speakerOf } from '../text/speaker.js';
import { tokenize } from '../text/tokenize.js';
import { lowerBound } from './bounds.js';
import type { PassageRange } from './candidates.js';
import type { Lexicon } from './lexicon.js';
import type { QueryTerm } from './query.js';
import type { SentenceIndex } from './sentence-index.js';
import { creditWord, nameWords } from './surnames.js';

/**
 * What a quoted sentence is credited of the name of the one a sentence next to it says spoke it: as much as a
 * sentence that goes on about a name with a pronoun (`PRONOUN_QUALITY`), less than the name itself.
 */
export const SPEAKER_QUALITY = 0.8;

/** Double quotation marks, straight and curly, and guillemets: a paragraph without any quotes no one. */
const QUOTATION_MARK = /["“”„«»]/;

/** Per index, the passages each word of a speaker's name is credited to (ascending): read at the first query. */
const spokenBy = new WeakMap<SentenceIndex, Map<string, number[]>>();

/**
 * Per word of a speaker's name (a term, folded), the passages that quote that speaker without naming them:
 * the second sentence of `"We cannot ask children to learn in an oven," said Dr. Lena Fischer, the authority's
 * director. "The buildings were designed for a climate we no longer have."`, and `"…," she said.` after her
 * name. Who spoke is read as "anything else from her?" reads it (`speakerInParagraph`, then `fullNameIn`).
 */
function speakersOf(index: SentenceIndex, lexicon: Lexicon): Map<string, number[]> {
  const cached = spokenBy.get(index);
  if (cached !== undefined) return cached;
  const credited = new Map<string, number[]>();
  const passages = index.passages;
  let articleFrom = 0;
  let articleTexts: string[] | undefined;
  let previous: { readonly paragraph: number; readonly texts: string[] } | undefined;
  for (let from = 0; from < passages.length;) {
    const { slug, paragraph } = passages[from]!;
    if (passages[articleFrom]!.slug !== slug)
      [articleFrom, articleTexts, previous] = [from, undefined, undefined];
    let to = from + 1;
    while (to < passages.length && passages[to]!.slug === slug && passages[to]!.paragraph === paragraph) to++;
    const texts = passages.slice(from, to).map((passage) => passage.text);
    const before = previous?.paragraph === paragraph - 1 ? previous.texts : [];
    previous = { paragraph, texts };
    if (texts.some((text) => QUOTATION_MARK.test(text))) {
      articleTexts ??= articleSentences(index, articleFrom);
      for (const [k, text] of texts.entries()) {
        if (speakerOf(text, lexicon) !== undefined) continue;
        const speaker = speakerInParagraph(texts, k, before, lexicon, articleTexts);
        if (speaker === undefined) continue;
        for (const term of nameTerms(`${speaker} ${fullNameIn(articleTexts, speaker, lexicon)}`)) {
          const list = credited.get(term);
          if (list === undefined) credited.set(term, [from + k]);
          else if (list.at(-1) !== from + k) list.push(from + k);
        }
      }
    }
    from = to;
  }
  spokenBy.set(index, credited);
  return credited;
}

function articleSentences(index: SentenceIndex, from: number): string[] {
  const slug = index.passages[from]!.slug;
  const texts: string[] = [];
  for (let at = from; at < index.passageCount && index.passages[at]!.slug === slug; at++)
    texts.push(index.passages[at]!.text);
  return texts;
}

/** The words of a name that name the person: not "Dr", not "the". */
export function nameTerms(name: string): Set<string> {
  return new Set(
    tokenize(name)
      .map((token) => token.term)
      .filter((term) => !STOPWORDS.has(term) && !HONORIFICS.has(term)),
  );
}

/**
 * A quotation's speaker, named in the sentence before or after it rather than in it, as weak context for it:
 * each query word that the library first writes capitalised ("fischer") is credited, at `SPEAKER_QUALITY`, to
 * the sentences of the range that quote the one of that name without naming them (`speakersOf`). Per passage,
 * one quality per query word (0 where none); undefined when no word credits any.
 */
export function speakerCredits(
  index: SentenceIndex,
  lexicon: Lexicon,
  words: readonly QueryTerm[],
  range: PassageRange,
): Map<number, Float64Array> | undefined {
  let credited: Map<number, Float64Array> | undefined;
  for (const { word, term } of nameWords(index, words)) {
    const quoting = speakersOf(index, lexicon).get(term);
    if (quoting === undefined) continue;
    for (let k = lowerBound(quoting, range.from); k < quoting.length && quoting[k]! < range.to; k++)
      credited = creditWord(credited, quoting[k]!, word, SPEAKER_QUALITY, words.length);
  }
  return credited;
}

/**
 * The passages of the range (ascending) that quote, without naming them, the one whose name has every one of
 * `terms` ("grace", "adeyemi"): `"Not one of us got a letter."` after `"…," said Grace Adeyemi.`
 */
export function quotedUnnamed(
  index: SentenceIndex,
  lexicon: Lexicon,
  terms: readonly string[],
  range: PassageRange,
): number[] {
  const speakers = speakersOf(index, lexicon);
  const [first, ...rest] = terms.map((term) => speakers.get(term) ?? []);
  if (first === undefined) return [];
  const others = rest.map((list) => new Set(list));
  return first.filter((at) => at >= range.from && at < range.to && others.every((set) => set.has(at)));
}

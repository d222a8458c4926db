import { speakerOf } from '../text/speaker.js';
import type { PassageRange } from './candidates.js';
import type { Lexicon } from './lexicon.js';
import type { QueryTerm } from './query.js';
import { nameTerms, quotedUnnamed, SPEAKER_QUALITY } from './quoted-speakers.js';
import type { ScoredPassage } from './score.js';
import type { SentenceIndex } from './sentence-index.js';
import { nameWords } from './surnames.js';

/**
 * A query that is only a person's name ("grace adeyemi", "adeyemi") asks for what they said. Their words come
 * first: the hits that say they said them by the name as typed (`"We were never asked," said Grace
 * Adeyemi.`, "…playwright Eve Ensler says it is all about…"), in the order the words ranked them, then the
 * quotations a sentence next to them credits to them (`"Not one of us got a letter."`), then the sentences
 * that only name them ("Grace Adeyemi called the meeting"). `ranked` as it is when a word of the query is no
 * name the library writes, or when no hit says that person said it: a sentence that gives a surname only
 * ("Mr Neeson said that…", "And she said it all") may be another of the name, and reads less as theirs
 * than the one that introduces them ("Hollywood film star Liam Neeson has held a dinner party…").
 */
export function ownWordsFirst(
  index: SentenceIndex,
  lexicon: Lexicon,
  terms: readonly QueryTerm[],
  range: PassageRange,
  limit: number,
  ranked: ScoredPassage[],
): ScoredPassage[] {
  const top = ranked[0];
  if (top === undefined) return ranked;
  const heavy = terms.filter((term) => !term.light).length;
  const names = nameWords(index, terms).map((name) => name.term);
  if (names.length === 0 || names.length !== heavy) return ranked;
  const says = (at: number): boolean => {
    const speaker = speakerOf(index.passages[at]!.text, lexicon);
    if (speaker === undefined) return false;
    const said = nameTerms(speaker);
    return names.every((name) => said.has(name));
  };
  const spoken = ranked.filter((item) => says(item.at));
  if (spoken.length === 0) return ranked;
  const found = new Set(ranked.map((item) => item.at));
  // A quotation that does not say the name is no hit of its words: it stands on the name's best match.
  const quoted = quotedUnnamed(index, lexicon, names, range)
    .filter((at) => !found.has(at))
    .map((at) => ({ at, score: top.score * SPEAKER_QUALITY, rank: top.rank * SPEAKER_QUALITY }));
  const own = new Set(spoken.map((item) => item.at));
  return [...spoken, ...quoted, ...ranked.filter((item) => !own.has(item.at))].slice(0, limit);
}

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
 * than the one that introduces them ("Hollywood film star Liam Neeson has held a dinner party…"). A speaker of a
 * transcript or interview the name is theirs (`answersBy`: the answers of the one with every word of the name)
 * gets their answers first instead (`answersFirst`).
 */
export function ownWordsFirst(
  index: SentenceIndex,
  lexicon: Lexicon,
  terms: readonly QueryTerm[],
  range: PassageRange,
  limit: number,
  ranked: ScoredPassage[],
  answersBy: (names: readonly string[]) => readonly number[] = () => [],
): ScoredPassage[] {
  const top = ranked[0];
  if (top === undefined) return ranked;
  const heavy = terms.filter((term) => !term.light).length;
  const names = nameWords(index, terms).map((name) => name.term);
  if (names.length === 0 || names.length !== heavy) return ranked;
  const answers = answersBy(names);
  if (answers.length > 0) return answersFirst(index, answers, top, limit, ranked);
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

/** A sentence long enough to say something of its own, not "Yeah." or "Thank you, Maya.". */
const SUBSTANTIAL_WORDS = 8;

/**
 * A transcript's or interview's answers by the one a query names (`answers`, ascending), before the rest:
 * those of eight words or more, then the shorter ones ("Thank you, Maya."), each those the words ranked first,
 * then the others in the text's order; the name in a label is no word of the text, so their turns would not
 * be found by it otherwise.
 */
function answersFirst(
  index: SentenceIndex,
  answers: readonly number[],
  top: ScoredPassage,
  limit: number,
  ranked: readonly ScoredPassage[],
): ScoredPassage[] {
  const theirs = new Set(answers);
  const found = ranked.filter((item) => theirs.has(item.at));
  const foundAt = new Set(found.map((item) => item.at));
  const unranked = answers
    .filter((at) => !foundAt.has(at))
    .map((at) => ({ at, score: top.score * SPEAKER_QUALITY, rank: top.rank * SPEAKER_QUALITY }));
  const substantial = (item: ScoredPassage): boolean =>
    index.passages[item.at]!.text.split(/\s+/).length >= SUBSTANTIAL_WORDS;
  const all = [...found, ...unranked];
  const own = [...all.filter(substantial), ...all.filter((item) => !substantial(item))];
  return [...own, ...ranked.filter((item) => !theirs.has(item.at))].slice(0, limit);
}

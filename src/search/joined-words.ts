/** Two query words the library writes as one: "decision makers", "decisionmakers"; "laid off", "layoffs". */
import { stemOf, type Token } from '../text/tokenize.js';
import { dictionaryForms } from './lexicon.js';
import type { SearchOptions } from './options.js';
import type { Alternative, QueryTerm } from './query-term.js';
import { stemUnit } from './query-units.js';
import type { Word } from './query-words.js';
import type { SentenceIndex } from './sentence-index.js';

/** The particles a verb takes that a text may join to it to make a noun ("bail out" / "bailout"). */
const PARTICLES: ReadonlySet<string> = new Set([
  'out',
  'up',
  'down',
  'off',
  'over',
  'back',
  'through',
  'away',
]);

/** "decision makers" is one word in a text that writes "decisionmakers": join such neighbours. */
export function joinSplitWords(index: SentenceIndex, words: Word[]): Word[] {
  const joined: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const left = words[i]!;
    const right = words[i + 1];
    const term =
      right && left.parts.length === 1 && right.parts.length === 1
        ? left.parts[0]!.term + right.parts[0]!.term
        : '';
    if (right && index.hasTerm(term) && !index.hasTerm(left.parts[0]!.term)) {
      const part: Token = { ...left.parts[0]!, term, stem: stemOf(term), end: right.parts[0]!.end };
      joined.push({
        parts: [part],
        compound: undefined,
        figures: [],
        surface: `${left.surface} ${right.surface}`,
      });
      i += 1;
    } else joined.push(left);
  }
  return joined;
}

/**
 * The term, able to find too the one word a text makes of it and the word beside it in the query ("time
 * warner" in a text that writes "TimeWarner" as well as "Time Warner"): each of the two finds that word.
 * `kept`: the query's words as `joinSplitWords` leaves them.
 */
export function withJoined(
  index: SentenceIndex,
  options: SearchOptions,
  term: QueryTerm,
  word: Word,
  kept: readonly Word[],
  words: readonly Word[],
): QueryTerm {
  if (word.parts.length !== 1) return term;
  const at = kept.indexOf(word);
  const joined: string[] = [];
  for (const [left, right] of [
    [kept[at - 1], word],
    [word, kept[at + 1]],
  ]) {
    if (left === undefined || right === undefined || right.parts.length !== 1 || left.parts.length !== 1)
      continue;
    if (words.indexOf(right) !== words.indexOf(left) + 1) continue;
    const both = left.parts[0]!.term + right.parts[0]!.term;
    if (index.hasTerm(both)) joined.push(both);
  }
  const alternatives: Alternative[] = joined.map((both) => ({ units: [new Map([[both, 1]])] }));
  // A verb and its particle, which a text may write as one noun: "bailed out" / "bailouts", "laid off" /
  // "layoffs", "shut down" / "shutdown".
  const particle = words[words.indexOf(word) + 1];
  if (particle !== undefined && PARTICLES.has(particle.surface.toLowerCase())) {
    const { term: typed } = word.parts[0]!;
    for (const form of dictionaryForms(typed, options.lexicon)) {
      const both = form + particle.parts[0]!.term;
      if (!index.hasStem(stemOf(both))) continue;
      const quality = form === typed ? 1 : options.stemQuality;
      alternatives.push({ units: [stemUnit(index, options, stemOf(both), both, quality)] });
      break;
    }
  }
  if (alternatives.length === 0) return term;
  return { ...term, alternatives: [...term.alternatives, ...alternatives] };
}

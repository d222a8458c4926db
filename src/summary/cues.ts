import { foldText } from '../text/fold.js';
import { opensInSmallLetter } from '../text/segment.js';

// Discourse markers, matched on folded text at word boundaries.
const CONCLUSION =
  /\b(?:therefore|thus(?! far)|hence|consequently|ultimately|in any case|in short|in sum|to sum up|in conclusion|overall|all in all|it follows)\b/;
// What the writer holds ought to be, outside quotation marks (a report quotes others' "musts").
const NORMATIVE = /\b(?:should|ought to|must)\b/;
const QUOTED = /["“][^"”]*["”]/g;
const EXAMPLE_OPENING = /^(?:for (?:instance|example)|e\.g\.|to illustrate|take)\b/;
// Openings that only make sense after the sentence before ("That is, …", "On the other hand, …").
const DEPENDENT_OPENING =
  /^(?:that is|in other words|on the other hand|by contrast|in contrast|for (?:instance|example)|moreover|furthermore|besides|also|and|but|or|yet|still|instead|likewise|similarly|however|nevertheless|nonetheless|even so|in addition|otherwise|this|these|those|such)\b/;
// Pronouns that point back. "that" is left out (far more often a conjunction: "given that …"), and so are
// possessives ("North Korea and its allies" points inside the sentence).
const BACK_POINTING = new Set(['he', 'she', 'it', 'they', 'him', 'them', 'this', 'these', 'those', 'such']);
const WORD = /[\p{L}']+/gu;
const SUBORDINATORS = new Set(
  'while although though because since if when whenever as after before unless whereas once until'.split(' '),
);

/** The discourse cues of a sentence that say what role it plays in an argument. */
export interface SentenceCues {
  /** It draws a conclusion ("therefore", "ultimately", "in any case"). */
  readonly conclusion: boolean;
  /** It opens as an example ("For instance, …"). */
  readonly example: boolean;
  /** The writer says what should be ("should", "ought to", "must"), outside any quotation. */
  readonly normative: boolean;
  /** It cannot stand alone: a back-pointing opening or a pronoun in its first words. */
  readonly dependent: boolean;
}

/**
 * Reads a sentence's cues. "Dependent" looks at the opening: a connective that needs the sentence before,
 * or a back-pointing pronoun among the first five words, or of the main clause after a short introductory
 * phrase ("In the coming months, he …"; not after a subordinate clause, "While Pyongyang …, it …").
 */
export function cuesOf(text: string): SentenceCues {
  const folded = foldText(text).replace(/^[\s"'“‘(]+/, '');
  // Only the opening matters: a short introductory phrase and the first words of the main clause.
  const opening = folded.slice(0, 160);
  const words = opening.match(WORD) ?? [];
  const comma = opening.indexOf(',');
  const introWords = comma < 0 ? Infinity : (opening.slice(0, comma).match(WORD) ?? []).length;
  // After "While Pyongyang has …," a pronoun points back into the sentence itself, not before it.
  const subordinate = SUBORDINATORS.has(words[0] ?? '');
  const clause = introWords <= 8 && !subordinate ? (opening.slice(comma + 1).match(WORD) ?? []) : words;
  return {
    conclusion: CONCLUSION.test(folded),
    example: EXAMPLE_OPENING.test(folded),
    normative: NORMATIVE.test(foldText(text).replace(QUOTED, '')),
    dependent:
      DEPENDENT_OPENING.test(folded) ||
      words.slice(0, 5).some((word) => BACK_POINTING.has(word)) ||
      clause.slice(0, 5).some((word) => BACK_POINTING.has(word)),
  };
}

/** A first word that points back whatever follows it: a possessive ("Their release…") or "that" ("That problem…"). */
const BACK_POINTING_FIRST = /^[\s"'“‘(]*(?:his|her|its|their|that)\b/i;

/**
 * Whether a sentence reads as a quote on its own, as a random quote is shown: nothing in its opening points
 * back to the sentence before ("They are now maintaining the forces…", "But it failed.", "Their release…"),
 * and it is no part of a longer sentence opening in a small letter.
 */
export function standsAlone(text: string): boolean {
  return !opensInSmallLetter(text) && !cuesOf(text).dependent && !BACK_POINTING_FIRST.test(text);
}

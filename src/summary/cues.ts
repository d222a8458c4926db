import { foldOnce } from './fold-once.js';
import { asksOrLists } from '../text/asking.js';
import { foldText } from '../text/fold.js';
import { isCeremony } from './ceremony.js';
import { closesUnopened } from './quotation.js';
import { opensInSmallLetter } from '../text/segment.js';
import { ASIDE, SAYING } from '../text/speaker-names.js';
import { wordCount } from '../text/tokenize.js';
import { pluralUnreferred } from './unreferred.js';
import { acknowledges, addressesReader, endsOnTicket } from './posting-lines.js';

// Discourse markers, matched on folded text at word boundaries.
const CONCLUSION =
  /\b(?:therefore|thus(?! far)|hence|consequently|ultimately|in any case|in short|in sum|to sum up|in conclusion|overall|all in all|it follows)\b/;
// What the writer holds ought to be, outside quotation marks (a report quotes others' "musts").
const NORMATIVE = /\b(?:should|ought to|must)\b/;
const QUOTED = /["“][^"”]*["”]/g;
const EXAMPLE_OPENING = /^(?:for (?:instance|example)|e\.g\.|to illustrate|take)\b/;
// Openings that only make sense after the sentence before ("That is, …", "On the other hand, …"), a
// conclusion drawn from it among them ("Therefore, as your President, … I find it necessary to report…"):
// "therefore" further in is the sentence's own conclusion ("he is therefore likely to…").
// "So …" goes on from what was said ("So we must respond…", "So let us begin."), but not "so far", "so many…",
// which read alone.
// German connectives that point back as "since then", "therefore", "nevertheless" do: "Seitdem haben mehr als 900
// Schüler…".
const GERMAN_DEPENDENT_OPENING =
  /^(?:seitdem|seither|deshalb|deswegen|daher|darum|trotzdem|dennoch|außerdem|danach|dadurch|stattdessen)\b/u;
// French subject pronouns and connectives that point back, in folded text: "Elle envisage aussi…" after "La
// municipalité a promis…", "Cependant, …", "Ce dernier…". The impersonal "il" points nowhere ("Il y a…", "Il
// faut…", "Il s'agit…", "Il est possible de…"), nor does "alors que", a conjunction ("whereas").
const FRENCH_DEPENDENT_OPENING =
  /^(?:(?:il|elle|ils|elles)(?! (?:y a|faut|s'agit|est (?:[\p{L}-]+ )?(?:de|d'|que|qu'))\b)|celui-ci|celle-ci|ceux-ci|celles-ci|cela|ceci|ce dernier|cette derniere|ces derniers|en outre|de plus|par ailleurs|d'ailleurs|cependant|pourtant|toutefois|neanmoins|donc|ainsi|alors(?! que)|ensuite|puis|mais|aussi|en revanche|par consequent|c'est pourquoi)(?![\p{L}'-])/u;
const DEPENDENT_OPENING =
  /^(?:so(?! (?:far|long|much|many|few|little|called)\b)(?=[ ,])|that is|in other words|on the other hand|by contrast|in contrast|for (?:instance|example)|moreover|furthermore|besides|also|and|but|or|yet|still|instead|likewise|similarly|however|nevertheless|nonetheless|even so|in addition|otherwise|therefore|thus(?! far)|hence|consequently|accordingly|this|these|those|such)\b/;
// An item of a list announced before, counted or named by its place, standing for a noun ("The third is
// freedom from want…", "The latter was…"); "The third quarter…" names its noun and reads alone.
const LIST_ITEM_OPENING =
  /^the (?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|last|other|rest) (?:is|was|are|were|has|had|will|would|one|ones)\b|latter|former|same (?:is|was|are|were|goes|went|applies|applied|holds|held)\b)/;
// Further in, words that lean on what was said before without a pronoun: "also" among the first words of a
// short sentence ("A letter also asks something of its reader."), a comparison that names nothing to compare with at the end ("Shop owners were less
// pleased."; "…less lonely than before" says it), "ever since" or "since then" closing it ("I have been
// breaking that rule ever since."), and a sentence that is all one quotation, or one credited to "she said",
// whose speaker the sentence before names ("The buildings were designed for a climate we no longer have.").
const ALSO_WITHIN = 4;
// A longer sentence with "also" states a fact of its own ("The History Boys also won the best new comedy title
// at the Theatregoers' Choice awards."); a short one adds to the one before.
const ALSO_MAX_WORDS = 10;
const BARE_COMPARISON = /\b(?:more|less|fewer|better|worse)(?: [\p{L}'-]+)?[.!?"'”’)]*$/u;
const THAN = /\bthan\b/;
const SINCE_CLOSING = /\b(?:ever since|since then)[.!?"'”’)]*$/;
// A count of things named before, early in the sentence's first clause, before any "and" or "who" that could
// name them itself ("Every summer my grandmother baked six
// of these for the cake stall."): "of them", or "of these" / "of those" with no noun after ("six of these
// cakes" names them).
const COUNT_OF_THESE =
  /^(?:(?!\b(?:and|but|or|who|which|that)\b)[^,;:])*?\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|dozen|some|many|most|all|each|none|few|several|any|both|either|neither|half)\s+of\s+(?:them\b|(?:these|those)\b(?=\s*(?:[.,;:!?]|$)|\s+(?:for|in|at|to|on|from|with|by|and|or|but|was|were|is|are|had|have|has|will|would|every|each|a|an|the|into|as)\b))/u;
const COUNT_WITHIN = 12;
const ALL_QUOTED = /^["“][^"“”]+["”]$/;
// A quotation credited only to a pronoun (`"I saw the combination…," she said afterwards.`, `"…," said
// he.`): its speaker is named before it, as for a quotation that is the whole sentence.
const PRONOUN_QUOTED = new RegExp(
  String.raw`^["“][^"“”]+["”]\s*(?:(?:he|she|they|it)${ASIDE}\s+${SAYING}|${SAYING}\s+(?:he|she|they|it))\b[^"“”]*$`,
  'u',
);
// A reply to a question asked before it ("Yes, but I would buy the studded tyres in October." after "Would I do
// it again?"), perhaps after a word or three set apart by a comma ("Honestly, no.", "To be fair, yes."): "No
// one…" and "Sure enough…" read alone.
const REPLY_OPENING =
  /^(?:[\p{L}']+(?: [\p{L}']+){0,2}, )?(?:yes|no|yeah|nope|not really|of course|sure)(?=[,.!;:])/u;
// An item of a list, counted by its place ("Third, the underlying causes of labor management disputes.",
// "Point number two is the extension of facilities…", "Secondly, …"): it says which item it is of a list
// announced before, and is often no sentence of its own. "First of all" and "At first" open a sentence.
const ENUMERATED_OPENING =
  /^(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:ly)?,|point (?:number )?(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b)/;
// An opening phrase whose object stands for what the sentence before said, told by its shape, not its words:
// - a preposition, or a phrase ending in "of", before "that" ("By that process…", "On top of that, …", "The
//   people of that country…"); right after a preposition "that" is no conjunction ("given that…");
// - the same before "this", "these" or "those" closing the phrase at a comma ("For this reason, …", "Because
//   of this, …", "With these measures, …"); without the comma it is as often the present ("During this
//   period we…"), and "those who…" names whom it means ("For those who rent, …");
// - a short phrase ending on a pro-form, "so", "then" or "such" ("Even so, …", "Since then, …", "In doing
//   so, …", "As such, …");
// - "which is why" and its like ("That is why…" and "This is how…" already open on a demonstrative);
// A consequence or a reply whose cause is left unsaid ("As a result, …", "In turn, …", "In response, …");
// with its cause said, the sentence reads alone ("As a result of the strike, …", "In response to the offer, …").
const CONSEQUENCE_OPENING =
  /^(?:as an?|in) (?:result|consequence|turn|return|response|exchange)\b(?! (?:of|to|for)\b)/;
const PREPOSITION =
  '(?:about|after|against|at|before|beyond|by|despite|during|for|from|in|into|like|on|over|since|through|to|toward|towards|under|until|upon|with|within|without|apart from|thanks to|due to)';
const WORD_THEN = "[\\p{L}'\\d-]+ ";
const POINTING_PHRASE = new RegExp(
  [
    `^(?:${PREPOSITION} |(?:${WORD_THEN}){0,3}of )that\\b`,
    `^(?:${PREPOSITION} (?:${WORD_THEN})?|(?:${WORD_THEN}){0,3}of )(?:this|these|those)(?! (?:who|whom|whose|which|of)\\b)(?: [\\p{L}'\\d-]+){0,2},`,
    `^(?:${WORD_THEN}){0,2}(?:so|then|such),`,
    `^which(?: is|'s| was) (?:why|how|what|because)\\b`,
  ].join('|'),
  'u',
);
// Pronouns that point back. "that" is left out (far more often a conjunction: "given that …"), and so are
// possessives ("North Korea and its allies" points inside the sentence).
const BACK_POINTING = new Set(['he', 'she', 'it', 'they', 'him', 'them', 'this', 'these', 'those', 'such']);
// First words that point back whatever follows them: a possessive ("His aim was…", "Their release…") or
// "that" ("That problem…"); further in, they point inside the sentence.
const BACK_POINTING_FIRST = new Set(['his', 'her', 'its', 'their', 'that']);
// An "it" that stands for what the sentence says later, not for anything before it: "It is clear that…",
// "It is altogether fitting and proper that we should do this.", "It is for us the living, rather, to be
// dedicated here…". "It is better than most country honey." and "It is expected to report…" point back.
const EXPLETIVE_IT = new RegExp(
  [
    String.raw`^it(?:'s| is| was| will be| would be)(?: \p{L}+ly| rather| altogether| also| not| now| therefore)*,? for (?:us|you|them|me|him|her|all of us)\b[^.;:!?]*?\bto \p{L}+`,
    String.raw`^it(?:'s| is| was| will be| would be)(?: \p{L}+ly| rather| altogether| also| not| now)* \p{L}+(?: and \p{L}+)? that\b`,
  ].join('|'),
  'u',
);
const WORD = /[\p{L}'’]+/gu;
const CAPITAL = /^\p{Lu}/u;
const ASCII_LETTERS = /^[A-Za-z]+$/;
const OPENING_MARKS = /^[\s"'“‘(]+/;
// A contraction's ending: "they're" and "it's" are "they" and "it".
const CONTRACTION = /'(?:s|re|ve|ll|d)$/;
// A first word that opens a participle phrase ("Combined with…", "Taken together…", "Having said so…"); no
// "nothing" or "something".
const PARTICIPLE = /^(?!\p{L}*thing$)\p{L}{3,}(?:ed|ing|en)$/u;
// The words that open a main clause as its subject: pronouns, demonstratives and possessives.
const SUBJECTS = new Set([
  'i',
  'we',
  'you',
  'he',
  'she',
  'it',
  'they',
  'this',
  'these',
  'those',
  'that',
  'my',
  'our',
  'your',
  'his',
  'her',
  'its',
  'their',
]);
// A demonstrative opening the main clause after a participle phrase points back ("Combined with …, this
// will…"); a pronoun there as often points into the phrase ("Blessed as our country is…, she is…") or is
// the "it" of "it is believed".
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);
// The most words of an item of a list inside a participle phrase ("…, Export-Import Bank, and other resources, …").
const LIST_ITEM_WORDS = 4;
// A pronoun this far into a clause still leans on the sentence before.
const LEANING_WITHIN = 5;
// The most words of an opening any cue reads (see `pronounsOf`).
const OPENING_WORDS = Math.max(COUNT_WITHIN, ALSO_WITHIN, LEANING_WITHIN, LIST_ITEM_WORDS + 1);
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
  /**
   * It cannot stand alone: a back-pointing opening or a pronoun in its first words, "also" among them, a bare
   * comparison or "ever since" closing it, a quotation that is the whole sentence, or the close of one it did
   * not open (a quotation's later sentence: its speaker is named before it).
   */
  readonly dependent: boolean;
  /**
   * It opens on a consequence or a reply whose cause is left unsaid ("As a result, …", "In turn, …"): any
   * sentence of its paragraph before it tells that cause, not only the one right before it.
   */
  readonly consequence: boolean;
  /**
   * Its first word, or its main clause's, points back: a connective, a pronoun or a possessive ("But…",
   * "It was…", "His aim…", "In 1956, they…", "By that process…", "As a result, …"), a reply to a question
   * before it ("Yes, but…", "No."), or it opens on an item of a list named before
   * ("The third is…", "Third, the underlying causes…", "Point number two is…"). Narrower than `dependent`, which also counts a pronoun a few
   * words in ("Should Pyongyang conduct such a test…" says what it means by itself).
   */
  readonly opensLeaning: boolean;
}

/**
 * Reads a sentence's cues. "Dependent" looks at the opening: a connective that needs the sentence before,
 * or a back-pointing pronoun among the first five words, or of the main clause after a short introductory
 * phrase ("In the coming months, he …"; not after a subordinate clause, "While Pyongyang …, it …").
 */
export function cuesOf(text: string): SentenceCues {
  const folded = foldOnce(text).replace(OPENING_MARKS, '');
  // Only the opening matters: a short introductory phrase and the first words of the main clause.
  const opening = text.replace(OPENING_MARKS, '').slice(0, 160);
  const openingWords = pronounsOf(opening);
  const words = [...openingWords];
  if (EXPLETIVE_IT.test(folded)) words[0] = '';
  const comma = opening.indexOf(',');
  const introWords = comma < 0 ? Infinity : (opening.slice(0, comma).match(WORD)?.length ?? 0);
  // After "While Pyongyang has …," a pronoun points back into the sentence itself, not before it, and so does
  // one in a subordinate clause after a short main one ("The bus was late, as it always was on a Friday, …").
  const subordinate = SUBORDINATORS.has(words[0] ?? '');
  const afterComma = pronounsOf(opening.slice(comma + 1));
  const clause =
    introWords <= 8 && !subordinate && !SUBORDINATORS.has(afterComma[0] ?? '') ? afterComma : words;
  const openers = [words, clause];
  const afterPhrase = PARTICIPLE.test(words[0] ?? '') ? subjectAfterPhrase(opening) : undefined;
  const consequence = CONSEQUENCE_OPENING.test(folded);
  const opensLeaning =
    consequence ||
    DEPENDENT_OPENING.test(folded) ||
    GERMAN_DEPENDENT_OPENING.test(folded) ||
    FRENCH_DEPENDENT_OPENING.test(folded) ||
    LIST_ITEM_OPENING.test(folded) ||
    ENUMERATED_OPENING.test(folded) ||
    REPLY_OPENING.test(folded) ||
    DEMONSTRATIVES.has(afterPhrase ?? '') ||
    POINTING_PHRASE.test(folded) ||
    openers.some(([first = '']) => BACK_POINTING_FIRST.has(first) || BACK_POINTING.has(first));
  const trimmed = text.trim();
  const leansFurtherIn =
    (openingWords.slice(1, ALSO_WITHIN).includes('also') && wordCount(text) <= ALSO_MAX_WORDS) ||
    (BARE_COMPARISON.test(folded.trim()) && !THAN.test(folded)) ||
    SINCE_CLOSING.test(folded.trim()) ||
    COUNT_OF_THESE.test(openingWords.slice(0, COUNT_WITHIN).join(' ')) ||
    ALL_QUOTED.test(trimmed) ||
    PRONOUN_QUOTED.test(trimmed) ||
    closesUnopened(trimmed);
  return {
    conclusion: CONCLUSION.test(folded),
    example: EXAMPLE_OPENING.test(folded),
    normative: NORMATIVE.test(foldOnce(text).replace(QUOTED, '')),
    dependent:
      opensLeaning ||
      leansFurtherIn ||
      openers.some((opener) => opener.slice(0, LEANING_WITHIN).some((word) => BACK_POINTING.has(word))),
    consequence,
    opensLeaning,
  };
}

/**
 * The same cues of a sentence that leans on the one before (a quotation's later sentence, see
 * `goesOnQuoting`). Written out as `cuesOf` writes them, not spread: a spread copy has another hidden class,
 * and the first one that code compiled on essays met threw that code away on every news report after it.
 */
export function leaningCues(cues: SentenceCues): SentenceCues {
  return {
    conclusion: cues.conclusion,
    example: cues.example,
    normative: cues.normative,
    dependent: true,
    consequence: cues.consequence,
    opensLeaning: cues.opensLeaning,
  };
}

/**
 * The first word of the main clause after an opening participle phrase, which may hold a list ("Combined with
 * our Food for Peace, Export-Import Bank, and other resources, this will provide…"): the first part after a
 * comma that opens with a pronoun or possessive, past short items of a list; none when a longer part comes
 * first (the main clause, "Combined with our Allies, the free world…"). "that" after an aside is the
 * conjunction of the participle's object ("Seeing, then, that new preparations…"), no subject.
 */
function subjectAfterPhrase(opening: string): string | undefined {
  for (const [i, part] of opening.split(/,\s/).slice(1).entries()) {
    const [first = '', ...rest] = pronounsOf(part);
    if (SUBJECTS.has(first)) return first === 'that' && i > 0 ? undefined : first;
    if (rest.length >= LIST_ITEM_WORDS) return undefined;
  }
  return undefined;
}

/**
 * The first `OPENING_WORDS` words of a stretch of text, folded, a contraction read as its pronoun ("they're" is "they"). A
 * capitalised word after the first is part of a name, kept as written so that it is no pronoun: "The
 * classic film It's A Wonderful Life…" points nowhere.
 */
function pronounsOf(text: string): string[] {
  const words: string[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const word = match[0];
    words.push(
      words.length > 0 && CAPITAL.test(word)
        ? word
        : // Most words are plain ASCII letters, which fold to lower case alone (foldText normalises first).
          ASCII_LETTERS.test(word)
          ? word.toLowerCase()
          : foldText(word).replace(CONTRACTION, ''),
    );
    // No cue reads further: every word of the 160 characters was about a tenth of a summary's time.
    if (words.length === OPENING_WORDS) break;
  }
  WORD.lastIndex = 0;
  return words;
}

/**
 * Whether a sentence reads as a quote on its own, as a random quote is shown: nothing in its opening points
 * back to the sentence before ("They are now maintaining the forces…", "But it failed.", "Their release…"),
 * and it is no part of a longer sentence opening in a small letter.
 */
export function standsAlone(text: string): boolean {
  return !opensInSmallLetter(text) && !cuesOf(text).dependent;
}

/**
 * The passages that read as quotes of their own, as random quotes and daily posts are chosen: `minWords`
 * words or more, `standsAlone` (no "But you don't have to take their word for it.") and no ceremony or
 * set-up (`isCeremony`: no "Thank you all for coming.", no "Consider what a letter asks of its writer."), nor a
 * plural pronoun further in that nothing in the sentence stands for (`pluralUnreferred`: "There is nothing
 * affirmative or helpful about them."), a quote alone has no sentence before it to say who, nor a working document's
 * change record or thanks (`endsOnTicket`: "…instead of 30 (ENG-1430).", `acknowledges`: "Thanks to Priya and Tom
 * for the data in this doc."), nor an instruction to the reader (`addressesReader`: "Please bring one line you
 * loved."), nor a question or a numbered step (`asksOrLists`: "2. Is the p53 response
 * triggered by ROS?"), which states nothing; `otherwise` when
 * none does, so that an article of nothing but such sentences still has something to quote.
 */
export function quotesOfTheirOwn<Each extends { readonly text: string }>(
  passages: readonly Each[],
  minWords: number,
  otherwise: readonly Each[] = passages,
): readonly Each[] {
  const alone = passages.filter(
    (passage) =>
      wordCount(passage.text) >= minWords &&
      standsAlone(passage.text) &&
      !isCeremony(passage.text) &&
      !pluralUnreferred(passage.text) &&
      !endsOnTicket(passage.text) &&
      !acknowledges(passage.text) &&
      !addressesReader(passage.text) &&
      !asksOrLists(passage.text),
  );
  return alone.length > 0 ? alone : otherwise;
}

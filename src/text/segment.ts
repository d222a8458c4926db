/** A sentence of a text, with its character range (end exclusive, trailing spaces excluded). */
export interface SentenceSpan {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** A heading that has small letters: an address's salutation (see `SALUTATION`). */
  readonly heading?: true;
}

// Abbreviations that are never the end of a sentence when a word follows.
const TITLES = new Set(
  'mr mrs ms dr prof st sen rep gov gen lt col capt sgt rev hon mt ft messrs mme mlle fr sr jr pres supt adm cmdr maj brig cpl pvt'.split(
    ' ',
  ),
);
// Abbreviations that usually continue the sentence, but may end one.
const CONTINUING = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec no vs etc e.g i.e cf approx est inc ltd co corp dept univ fig vol'.split(
    ' ',
  ),
);
// Words that typically open a new sentence: after "in the U.S." they mean the sentence ended there.
const SENTENCE_OPENERS = new Set(
  `the a an this that these those it its he she they we i you his her their our my there here but and or
  so yet however meanwhile still then thus in on at as for from if when while after before since although
  though because what which who why how no not one some many most all each both`.split(/\s+/),
);

/**
 * A sentence end with no space after it ("…the disaster.Here we…"), as text pasted or extracted without its
 * line breaks has: a full stop, question or exclamation mark (and any closing quote) after a lower-case
 * word, then a capitalised word, or an opening curly quote and one (a straight quote closes). ICU's rules
 * need the space; "Mrs.Smith" is rejoined as "Mrs. Smith" is.
 */
const GLUED_END = /(?<=\p{Ll}{2}[.!?]+["”’')]*)(?=[“‘]?\p{Lu}\p{Ll})/gu;

const OPENING_QUOTE = /[“‘]/;

/** A mark that sets sentences apart on a line ("English. / Español.", "Open daily. | Abierto."), with its space. */
const SEPARATOR = /^[/|¦•·](?:\s+|$)/u;

/** The most words a heading has ("DEPARTMENT OF THE INTERIOR."). */
const HEADING_WORDS = 12;
/** What ends a sentence, perhaps inside quotation marks or brackets ("…free.”", "…(see below)."). */
const SENTENCE_END = /[.!?…:;]["”’')\]]*\s*$/u;

/**
 * Whether a text reads as a heading's words: a dozen words or fewer with no mark that ends a sentence ("The
 * dirty years", "How to use this License for your documents"). More words is a line of prose left unfinished.
 */
export function readsAsHeading(text: string): boolean {
  return !SENTENCE_END.test(text) && (text.match(/[\p{L}\p{N}]+/gu) ?? []).length <= HEADING_WORDS;
}

/**
 * A short line of capitals only, three letters or more ("POSTAL SAVINGS BANKS."), or a section's numeral:
 * a heading, not a sentence. Capitals of a script that has them: Arabic, Hebrew or Chinese has no small
 * letters, and its sentences are sentences. (A transcript's notes, "[Laughter]", are gone before sentences
 * are made: see `withoutTranscriptNotes`.)
 */
export function isHeading(text: string): boolean {
  if (SECTION_NUMBER.test(text)) return true;
  return (
    (text.match(/\p{Lu}/gu) ?? []).length >= 3 &&
    !/\p{Ll}|\p{Lo}/u.test(text) &&
    (text.match(/[\p{L}\p{N}]+/gu) ?? []).length <= HEADING_WORDS
  );
}

/** A section's roman numeral alone ("II."). */
const SECTION_NUMBER = /^[IVX]{1,4}\.$/u;
/** A section's numeral before its first sentence ("I. America has enjoyed 22 months…"). */
const RUN_IN_NUMERAL = /^[IVX]{1,4}\.\s+(?=[\p{Lu}"“‘'])/u;

/**
 * A heading run into its section's first sentence, as pasted text has it ("IMMIGRATION There is need for…",
 * "THE FAR EAST The political disturbances…", "ATOMIC ENERGY The United States…", "AGRICULTURE AND RESOURCES
 * A strong America…", "I. STRENGTHENING THE ECONOMY That task…"): words in capitals, perhaps after a roman
 * numeral, then a capitalised word. Eight capital letters at least ("US President…", "NATO Secretary…" are
 * sentences).
 */
const RUN_IN_HEADING = new RegExp(
  `^(?:[IVXLC]+\\. )?(?:[\\p{Lu}][\\p{Lu}'’-]*[ ,:]+){1,${HEADING_WORDS}}(?=\\p{Lu}\\p{Ll}*[ ,])`,
  'u',
);
const HEADING_LETTERS = 8;

const LAST_WORD = /([\p{L}.]+)\.\s*$/u;
/** A citation's "et al." at the end of a text ("…Okafor et al."). */
const ET_AL = /(?<![\p{L}\p{N}])et\s+al\.\s*$/iu;
/** What goes on with a citation after "et al.": its year in brackets ("(2024)", "(2019a)") or a small word. */
const CITATION_GOES_ON = /^\s*(?:\(\s*(?:\d{4}|in press|n\.d\.)|\p{Ll})/u;
const QUESTION_END = /[?!]["”’')\]]*\s*$/u;
const SMALL_FIRST = /^\s*["“‘'(]*\p{Ll}/u;

/** A first word in small letters only: "eBay" and "iPhone" are names that open sentences. */
const SMALL_FIRST_WORD = /^\s*["“‘'(]*\p{Ll}+(?![\p{L}\p{N}])/u;

/**
 * Whether a text opens in a small letter, perhaps after quotation marks: no sentence's start, but the part of
 * a long sentence cut at a semicolon ("to maintain peace abroad…; to establish…", see `clauses`). A first
 * word with a capital in it ("eBay said…") is a name.
 */
export function opensInSmallLetter(text: string): boolean {
  return SMALL_FIRST_WORD.test(text);
}
const QUOTE_END = /[.!?…]["”’]\s*$/u;
const SPEECH = `(?:${'said says added adds recalled recalls told explained wrote writes asked replied insisted noted argued continued concluded'
  .split(' ')
  .map((verb) => `[${verb[0]}${verb[0]!.toUpperCase()}]${verb.slice(1)}`)
  .join('|')})`;
/** A name (or "he", "she") and a verb of saying, alone: "Hailey later recalled.", "said Mr Smith." */
const ATTRIBUTION = new RegExp(
  `^\\s*(?:(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}(?:\\p{Ll}+\\s+)?${SPEECH}|${SPEECH}\\s+(?:\\p{Lu}[\\p{L}'’.-]*\\s*){1,3})\\.\\s*$`,
  'u',
);
const FIRST_WORD = /^\s*["“‘'(]*([\p{L}]+)/u;

/**
 * Who a speech or letter is addressed to, before a colon at its start ("Fellow-Citizens of the Senate and
 * House of Representatives: Notwithstanding…", "Mr. Speaker, Mr. Vice President, Members of Congress, my
 * fellow Americans: Tonight…"): some words, two capitalised at least, and no word that makes a clause of them
 * (a verb of being, having, saying or a modal, a subject pronoun, a relative), then a capitalised word. A
 * heading of its own, in the opening sentence of a text or the one after a short "Thank you very much."
 */
const SALUTATION = /^(\p{Lu}[^:]{0,240}?):\s+(?=["“‘']?\p{Lu})/u;
const SALUTATION_WORDS = 40;
const CLAUSE_WORD = new RegExp(
  `\\b(?:is|are|was|were|be|been|being|am|has|have|had|do|does|did|will|would|shall|should|can|could|may|might|must|i|we|he|she|it|they|that|which|who|${SPEECH})\\b`,
  'iu',
);
/**
 * An aside in a salutation, between dashes or brackets or after a last dash ("…the First Lady of the United
 * States--she's around here somewhere:"): a clause in it is the speaker's, not one the salutation makes.
 */
const ASIDE = /(?:--|[—–]|\s-\s)[^:]*?(?:--|[—–]|\s-\s|$)|\([^)]*\)/gu;
/** The longest sentence a salutation may follow in an opening ("Thank you all."). */
const GREETING_WORDS = 5;

/**
 * The salutation a text opens with, before a colon, with the spaces after it ("Gentlemen of the House of
 * Representatives: " of "Gentlemen of the House of Representatives: The sufficiency…"), or undefined.
 */
export function salutationOf(body: string): string | undefined {
  const match = SALUTATION.exec(body);
  if (match === undefined || match === null) return undefined;
  const words = match[1]!.match(/[\p{L}\p{N}'’.-]+/gu) ?? [];
  if (words.length > SALUTATION_WORDS || words.filter((word) => /^\p{Lu}/u.test(word)).length < 2)
    return undefined;
  return CLAUSE_WORD.test(match[1]!.replace(ASIDE, '')) ? undefined : match[0];
}

/** Enough of a sentence's end to hold its last word: anchored at the end, a regex would scan it all. */
const TAIL = 64;

function shouldJoin(current: string, next: string): boolean {
  // "…is it over?" she asked. / "The ? operator": a question or exclamation mark before a small letter ends
  // no sentence.
  if (QUESTION_END.test(current.slice(-TAIL)) && SMALL_FIRST.test(next)) return true;
  // `"…nine years..." Hailey later recalled.`: who said a quotation is part of its sentence.
  if (QUOTE_END.test(current.slice(-TAIL)) && ATTRIBUTION.test(next)) return true;
  const last = LAST_WORD.exec(current.slice(-TAIL))?.[1];
  if (last === undefined) return false;
  const word = last.toLowerCase();
  const nextWord = FIRST_WORD.exec(next)?.[1]?.toLowerCase();
  const opensSentence = nextWord !== undefined && SENTENCE_OPENERS.has(nextWord);
  if (TITLES.has(word)) return true;
  // "Okafor et al. (2024) showed…", "Smith et al. found…": a narrative citation goes on after "et al." with
  // its year in brackets or a small word; a capitalised word after it opens a sentence.
  if (ET_AL.test(current.slice(-TAIL))) return CITATION_GOES_ON.test(next);
  // A lone initial ("J. R. Jones") or a dotted acronym ("U.S.", "U.N."): joined unless a sentence opener
  // follows.
  if (/^\p{Lu}$/u.test(last) || /^(?:\p{L}\.)+\p{L}$/u.test(last)) return !opensSentence;
  if (CONTINUING.has(word)) return !opensSentence;
  return false;
}

// Made on first use: ICU's sentence rules take a while to load, and a start from the library snapshot
// segments nothing.
let segmenter: Intl.Segmenter | undefined;

/**
 * Splits a paragraph into sentences: Unicode sentence boundaries (ICU, via Intl.Segmenter) and sentence
 * ends with no space after them (see `GLUED_END`), then a pass
 * that rejoins breaks after titles, initials and abbreviations ("Mr.", "J.", "Dec.", "U.S.") unless the
 * next word plainly opens a new sentence, and one that cuts a very long sentence at its semicolons (see
 * `clauses`), and a heading run into the sentence after it is a sentence of its own (see `RUN_IN_HEADING`).
 */
export function segmentSentences(
  text: string,
  { opening = false }: { opening?: boolean } = {},
): SentenceSpan[] {
  const raw: { start: number; end: number }[] = [];
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  for (const part of segmenter.segment(text)) {
    let start = part.index;
    for (const glued of part.segment.matchAll(GLUED_END)) {
      raw.push({ start, end: part.index + glued.index });
      start = part.index + glued.index;
    }
    raw.push({ start, end: part.index + part.segment.length });
  }
  // ICU ends "…again.“It…" after the opening quote: it opens the next sentence.
  for (let i = 1; i < raw.length; i++) {
    const previous = raw[i - 1]!;
    if (OPENING_QUOTE.test(text[previous.end - 1]!) && previous.end - previous.start > 1) {
      previous.end -= 1;
      raw[i]!.start -= 1;
    }
  }
  const merged: { start: number; end: number }[] = [];
  for (const span of raw) {
    const previous = merged.at(-1);
    if (previous && shouldJoin(text.slice(previous.start, previous.end), text.slice(span.start, span.end))) {
      previous.end = span.end;
    } else {
      merged.push({ ...span });
    }
  }
  const sentences: SentenceSpan[] = [];
  for (const [i, { start, end }] of merged.entries()) {
    const slice = text.slice(start, end);
    const leading = slice.length - slice.trimStart().length;
    const trimmed = slice.trim();
    // A separator between sentences ("…is needed. / La hora del cuento…", "Open daily. | Abierto…") is part of
    // neither: the sentence after it starts after it, and one alone is no sentence.
    const separator = SEPARATOR.exec(trimmed)?.[0].length ?? 0;
    if (trimmed.length === separator) continue;
    let from = start + leading + separator;
    let body = trimmed.slice(separator);
    const numeral = RUN_IN_NUMERAL.exec(body)?.[0];
    // "I." is a section's numeral only where a "II." follows: "I. M. Pei", "I. Lewis Libby" are names.
    if (numeral !== undefined && !(/^[IVX]\.\s/.test(numeral) && !/\bII\.\s/.test(text))) {
      const said = numeral.trimEnd();
      sentences.push({ text: said, start: from, end: from + said.length });
      from += numeral.length;
      body = body.slice(numeral.length);
    }
    const greeted =
      i === 1 &&
      (text.slice(merged[0]!.start, merged[0]!.end).match(/[\p{L}\p{N}]+/gu) ?? []).length <= GREETING_WORDS;
    const addressed = opening && (i === 0 || greeted) ? salutationOf(body) : undefined;
    if (addressed !== undefined) {
      const to = addressed.trimEnd();
      sentences.push({ text: to, start: from, end: from + to.length, heading: true });
      from += addressed.length;
      body = body.slice(addressed.length);
    }
    const heading = RUN_IN_HEADING.exec(body)?.[0];
    if (heading !== undefined && heading.replace(/\P{Lu}/gu, '').length >= HEADING_LETTERS) {
      const title = heading.trimEnd();
      sentences.push({ text: title, start: from, end: from + title.length });
      from += heading.length;
      body = body.slice(heading.length);
    }
    for (const [a, b] of clauses(body))
      sentences.push({ text: body.slice(a, b), start: from + a, end: from + b });
  }
  return sentences;
}

/**
 * A sentence longer than this (some 80 words) is too long to quote, and matches every query about its many
 * subjects: most often a list run together with semicolons ("…the program; confidence in the government's
 * integrity has been restored; …", 3,800 characters in one address).
 */
const LONG_SENTENCE = 500;
/** The shortest part a long sentence is cut into (some 15 words): a clause that reads on its own. */
const SHORTEST_CLAUSE = 100;
const SEMICOLON = /;\s+/g;
/**
 * The items of a list run into one sentence, as a list pasted without its line breaks has them: a dash or
 * bullet and a capital after a sentence end or a colon ("…we have: -Created the position…. -Established a
 * White House Working Group…. -Worked with…"), where ICU sees no sentence start.
 */
const LIST_ITEM = /(?<=[.!?:]["”’')]*)\s+(?=[-–•*]\s?\p{Lu})/gu;

/**
 * A sentence's parts as [start, end) ranges: itself, or for a long one each item of a list run into it
 * (see `LIST_ITEM`), and the clauses of a long part, cut after each semicolon (which joins what could be
 * sentences of their own) that leaves both sides long enough.
 */
function clauses(text: string): [number, number][] {
  if (text.length <= LONG_SENTENCE) return [[0, text.length]];
  const items: [number, number][] = [];
  let start = 0;
  for (const match of text.matchAll(LIST_ITEM)) {
    items.push([start, match.index]);
    start = match.index + match[0].length;
  }
  items.push([start, text.length]);
  return items.flatMap(([from, to]) => semicolonClauses(text, from, to));
}

/** The part of `text` from `from` to `to`, or for a long one its clauses (see `clauses`). */
function semicolonClauses(text: string, from: number, to: number): [number, number][] {
  if (to - from <= LONG_SENTENCE) return [[from, to]];
  const parts: [number, number][] = [];
  let at = from;
  for (const match of text.slice(from, to).matchAll(SEMICOLON)) {
    const semicolon = from + match.index;
    const cut = semicolon + match[0].length;
    if (cut - at < SHORTEST_CLAUSE || to - cut < SHORTEST_CLAUSE) continue;
    parts.push([at, semicolon + 1]);
    at = cut;
  }
  parts.push([at, to]);
  return parts;
}

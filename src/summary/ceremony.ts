import { foldOnce } from './fold-once.js';
import { passageWith, type Passage } from '../content/article.js';
import { foldText } from '../text/fold.js';
import { salutationOf } from '../text/segment.js';
import { onlyDefers } from './deferral.js';

// Verbs of greeting and thanking, in their forms.
const GREETING =
  /^(?:thank(?:s|ed|ing)?|congratulat(?:e|es|ed|ing)|welcom(?:e|es|ed|ing)|greet(?:s|ed|ing)?|salut(?:e|es|ed|ing))$/;
// The speaker as subject ("I thank…", "May I congratulate…", "Let me welcome…"); none is the bare "Thank you".
const SPEAKER = new Set(['i', 'we', 'me', 'us']);
// Those spoken to: a greeting is to the audience.
const ADDRESSEES = new Set(['you', 'your', 'yourselves', 'everyone', 'everybody']);
// Words that bring in what the thanks are for, or a clause of content ("…on the continued prosperity of our
// country", "…for his leadership", "…and I ask you to…").
const COMPLEMENT = new Set([
  'for',
  'on',
  'upon',
  'to',
  'that',
  'in',
  'at',
  'about',
  'because',
  'since',
  'with',
]);
const RELATIVE = new Set(['who', 'whom']);
// What the audience did to be there, that thanks may be for: "for coming", "for joining us tonight", "for
// having me". That is no content either.
const BEING_THERE = /^(?:coming|joining|being|attending|having|inviting|listening|welcoming)$/;
// A salutation, its words alone: the time of day, a hail, the audience named by kind ("Good evening", "Hello
// everyone", "Ladies and gentlemen", "Friends").
const SALUTE = new Set([
  'good',
  'morning',
  'afternoon',
  'evening',
  'day',
  'hello',
  'hi',
  'ladies',
  'gentlemen',
  'friends',
  'everyone',
  'everybody',
  'all',
  'and',
]);
// How far into a sentence its verb of greeting may stand: "Tonight I want to begin by congratulating…".
const GREETING_AT = 6;
const WORD = /[\p{L}'’]+/gu;
const FIRST_WORD = /[\p{L}'’]+/u;
// What a text with a word of `GREETING` (or of thanks: see `signsOff`) holds: a cheap test first.
const MAY_GREET = /thank|congratulat|welcom|greet|salut/;
// The small words a salutation to a body is built of, besides its names ("Gentlemen of the Senate and of the
// House of Representatives", "To the Congress of the United States").
const ADDRESS_WORDS = new Set(['of', 'the', 'and', 'to', 'my', 'our']);

/**
 * Whether a sentence only greets or thanks those it is spoken to and says nothing of its subject: a
 * salutation alone ("Good evening."), or a verb of greeting among its first words, the speaker, a salutation
 * or no one before it, "you" after it and nothing that says what for, but for a relative clause that says
 * who they are or their being there ("Thank you very much.", "May I congratulate all of you who are Members
 * of this historic 100th Congress…", "Good evening, and thank you all for coming."). "I congratulate you on
 * the continued prosperity of our country" and "We welcome the Soviet decision" say something.
 */
export function onlyGreets(text: string): boolean {
  if (hailsByName(text)) return true;
  const folded = foldOnce(text);
  // Without a verb of greeting or thanks, only a salutation alone greets, and it opens on a word of one.
  if (!MAY_GREET.test(folded) && !SALUTE.has(FIRST_WORD.exec(folded)?.[0].replace(/['’]s$/, '') ?? ''))
    return false;
  const words = (folded.match(WORD) ?? []).map((word) => word.replace(/['’]s$/, ''));
  if (signsOff(words)) return true;
  if (words.length > 0 && words.every((word) => SALUTE.has(word)) && words.length <= GREETING_AT)
    return words.some((word) => SALUTE.has(word) && word !== 'and' && word !== 'all');
  const at = words.findIndex((word) => GREETING.test(word));
  if (at < 0 || at > GREETING_AT) return false;
  const before = words.slice(0, at);
  // A relative clause says who they are ("all of you who serve on this council"), not what for.
  const rest = words.slice(at + 1);
  const relative = rest.findIndex((word) => RELATIVE.has(word));
  const after = withoutTheirOwn(withoutBeingThere(relative < 0 ? rest : rest.slice(0, relative)));
  const speaker = before.some((word) => SPEAKER.has(word));
  // The speaker thanking people said by a relative clause ("I want to start by thanking the people who made
  // it happen.") greets them as "you" would; "We welcome the council's decision" says something.
  const thanksWhom = speaker && relative >= 0 && /^thank/.test(words[at]!);
  return (
    (at === 0 || speaker || before.every((word) => SALUTE.has(word))) &&
    (thanksWhom || after.some((word) => ADDRESSEES.has(word))) &&
    !after.some((word) => COMPLEMENT.has(word))
  );
}

// Following, reading or watching the piece itself, which thanks for it sign off.
const SIGNING_OFF = /^(?:following|reading|watching|tuning)$/;
// Most words that may name what was followed ("the count", "our live coverage"); more say something of
// the subject ("for following the evacuation orders so closely", "for reading about the new quay plans").
const SIGNED_OFF_WORDS = 3;

/**
 * Whether words are thanks for following the piece, the sign-off of a live blog, a newsletter or a broadcast
 * ("Thank you for following the count with us.", "Thanks for reading.", "Thanks for tuning in."): thanks that
 * open the sentence (or follow the speaker), "for" and a verb of following, and at most a few words of what
 * was followed, "with us" aside.
 */
function signsOff(words: readonly string[]): boolean {
  const at = words.findIndex((word) => /^thank/.test(word));
  if (at < 0 || !words.slice(0, at).every((word) => SPEAKER.has(word))) return false;
  let rest = words.slice(at + 1);
  while (rest[0] !== undefined && (ADDRESSEES.has(rest[0]) || rest[0] === 'all')) rest = rest.slice(1);
  if (rest[0] !== 'for' || !SIGNING_OFF.test(rest[1] ?? '')) return false;
  const followed = rest
    .slice(2)
    .join(' ')
    .replace(/\bwith us$/, '')
    .split(' ')
    .filter(Boolean);
  return followed.length <= SIGNED_OFF_WORDS && !followed.some((word) => CLAUSE_OPENERS.has(word));
}

// A hail that opens a sentence of addressees, with a comma after it: "Good evening, …", "Congratulations, …".
const HAIL =
  /^(?:good (?:morning|afternoon|evening|day)|hello|hi|greetings|welcome|congratulations|thanks|thank you|dear)\s*,\s*/;
// Most words of one addressee in the list ("members of the board", "class of 2025").
const ADDRESSEE_WORDS = 4;
// Words that make a clause of a part, so that it says something rather than names whom it hails.
const CLAUSE = new Set(
  'is are was were be been am has have had do does did will would shall should can could may might must i we he she it they this that there which who whose'.split(
    ' ',
  ),
);

/**
 * Whether a sentence is a hail and the people it hails, and nothing more ("Good evening, graduates,
 * families, and staff.", "Congratulations, class of 2025."): each addressee a few words, none with a word
 * that makes a clause of it, none opening on an article or on what the hail is for ("Good morning, the vote passed.", "Welcome, everyone,
 * to the new quay, which…" say something).
 * A speech opening so has no colon to make its salutation a heading of its own (see `salutationOf`).
 */
function hailsByName(text: string): boolean {
  const folded = foldOnce(text)
    .trim()
    .replace(/[.!]+["'”’)]*$/, '');
  const hail = HAIL.exec(folded);
  if (hail === null) return false;
  const parts = folded
    .slice(hail[0].length)
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((part) => part.match(WORD) ?? []);
  return parts.every(
    (words) =>
      words.length > 0 &&
      words.length <= ADDRESSEE_WORDS &&
      !/^(?:the|a|an|to|for)$/.test(words[0]!) &&
      !words.some((word) => CLAUSE.has(word)),
  );
}

// Words that open a clause: thanks "for your patience while the quay was built" say what for.
const CLAUSE_OPENERS = new Set([
  'while',
  'when',
  'because',
  'since',
  'as',
  'after',
  'before',
  'until',
  'that',
  'which',
  'during',
]);

/**
 * The words before thanks or a welcome for the audience's own ("for your patience with the weather",
 * "welcome to your library"), which say nothing of the subject, unless a clause after them does ("for your
 * patience while the quay was built").
 */
function withoutTheirOwn(words: readonly string[]): readonly string[] {
  const at = words.findIndex((word, i) => (word === 'for' || word === 'to') && words[i + 1] === 'your');
  if (at < 0 || words.slice(at).some((word) => CLAUSE_OPENERS.has(word))) return words;
  return words.slice(0, at);
}

/** The words without a "for" that only says the audience came ("for coming", "for joining us"). */
function withoutBeingThere(words: readonly string[]): string[] {
  return words.filter(
    (word, i) =>
      !(word === 'for' && BEING_THERE.test(words[i + 1] ?? '')) &&
      !(words[i - 1] === 'for' && BEING_THERE.test(word)),
  );
}

// The speaker come or standing before the audience ("I have come here", "I first stood at this podium", "I stand
// before you"), and the speaking they came for ("to address…", "to report on…").
const PRESENCE = /^(?:come|comes|came|coming|stand|stands|stood|standing|appear|appears|appeared)$/;
// What a text with a word of `PRESENCE` holds: a cheap test that spares most sentences their words.
const MAY_TELL_OF_PRESENCE = /com|came|stand|stood|appear/;
const SPEAKING = /^(?:speak|address|report|talk|tell|share|deliver)$/;
const PLACE = new Set(['here', 'tonight', 'before', 'podium', 'chamber', 'rostrum']);
// How far from being there its place may stand ("…since I first stood at this podium").
const PLACE_WITHIN = 3;

/**
 * Whether a sentence tells of the speech itself, the speaker come before the audience to speak ("I have come
 * here tonight not only to address the distinguished men and women in this great Chamber…", "Tonight marks
 * the eighth year that I've come here to report on the State of the Union.", "Tonight, I stand before you to
 * share the incredible results."): the speaker, a verb of coming or standing with the place or time of the
 * speech just after it, then "to" and a verb of speaking. It says where the speech is, not what it says.
 */
export function tellsOfTheSpeech(text: string): boolean {
  if (!MAY_TELL_OF_PRESENCE.test(foldOnce(text))) return false;
  const words = (foldOnce(text).match(WORD) ?? []).map((word) => word.replace(/'(?:ve|m|ll|s|d)$/, ''));
  const at = words.findIndex(
    (word, i) =>
      PRESENCE.test(word) && words.slice(i + 1, i + 1 + PLACE_WITHIN).some((next) => PLACE.has(next)),
  );
  if (at < 0 || !words.slice(0, at).some((word) => SPEAKER.has(word))) return false;
  return words.slice(at + 1).some((word, i, rest) => word === 'to' && SPEAKING.test(rest[i + 1] ?? ''));
}

/**
 * The salutation a sentence inside a text opens with, before a colon ("Gentlemen of the House of
 * Representatives: ", "To the Senate and House of Representatives: "): one `salutationOf` finds whose words
 * are names joined by small words only, the first a name or "To". A name alone ("Arthur Hailey: …") is a
 * label, "Of the Navy: Killed, 17…" a line of a table, and "The actor, whose films include…:" or "Listen to
 * President Thomas Jefferson in 1802:" say something.
 */
function salutationIn(text: string): string | undefined {
  const salutation = salutationOf(text);
  const small = (salutation ?? '').match(/(?<![\p{L}'’-])\p{Ll}+(?![\p{L}'’-])/gu) ?? [];
  const first = foldText(salutation ?? '').match(WORD)?.[0] ?? '';
  const addressed = first === 'to' || !ADDRESS_WORDS.has(first);
  return addressed && small.length > 0 && small.every((word) => ADDRESS_WORDS.has(word))
    ? salutation
    : undefined;
}

/**
 * What a sentence says past the ceremony of an address, for a summary: nothing when it is ceremony
 * (`isCeremony`), the words after a salutation that opens it ("Gentlemen of the House of
 * Representatives: The sufficiency of the revenues…", "To the Senate and House of Representatives: The
 * financial condition…", as a speech turning to one House, or a later message of the same text, has it),
 * the words after a set-up glued to what it sets up (`announces`: "Then look at the money. £180,000 is less
 * than…", where the segmentation found no sentence before a figure), else the sentence as it is. A salutation
 * only opening a text is a heading of its own already.
 */
export function pastCeremony(passage: Passage): Passage | undefined {
  if (isCeremony(passage.text)) return undefined;
  const setUp = FIRST_SENTENCE.exec(passage.text)?.[0];
  if (setUp !== undefined && announces(setUp.trim()))
    return passageWith(passage, {
      text: passage.text.slice(setUp.length),
      start: passage.start + setUp.length,
    });
  const salutation = salutationIn(passage.text);
  if (salutation === undefined) return passage;
  const rest = passage.text.slice(salutation.length);
  return onlyGreets(rest)
    ? undefined
    : passageWith(passage, { text: rest, start: passage.start + salutation.length });
}

// A set-up's opening: the speaker about to say something, or the reader asked to turn to it ("Consider…",
// "Start with…", "Then look at…"), perhaps after a word that moves the text on.
const MOVE_ON = String.raw`(?:(?:then|now|next|first|so|and|but|finally),?\s+)?`;
const SETUP_OPENING = new RegExp(
  String.raw`^${MOVE_ON}(?:let me|let us|let's|i want to|i'd like to|i would like to|i'm going to|i am going to|consider|imagine|think about|think of|ask yourself|start with|begin with|look at|turn to)\b`,
);
const QUESTION_WORD = /\b(?:what|why|how|where|whether)\b/;
// "who", "which" and "when" ask only right after the opening ("Start with who uses…"); further in they are as
// often relative ("Consider the board, which…").
const ASKING_OPENING = new RegExp(String.raw`${SETUP_OPENING.source}\s+(?:who|which|when)\b`);
// Longer than this, a set-up says something of its own.
const SETUP_MAX_WORDS = 14;
// The reader turned to a thing named in a few words and no more ("Then look at the money.", "Start with the
// teachers.", "Consider the humble washing machine.", "Then there is the weather."): the sentences after it
// say what there is to say.
const POINTING_OPENING = new RegExp(
  String.raw`^(?:${MOVE_ON}(?:consider|think about|think of|start with|begin with|look at|turn to|now for)|then there (?:is|are|'s))\s+`,
);
/** At most this many words besides a determiner, and no figure or name, a sentence only points to its thing. */
const POINTED_WORDS = 3;
const DETERMINERS = new Set('the a an this that these those my our your his her its their'.split(' '));

/**
 * Whether a sentence announces what comes rather than saying it: a short one that turns the listener or
 * reader to a question the sentences after answer ("Let me be honest about what comes next.", "Consider what
 * a letter asks of its writer.", "I want to explain why the plan matters.", "Start with who uses a library on
 * a Sunday."), or to a thing it names in at most `POINTED_WORDS` words and a determiner, no figure nor name
 * ("Then look at the money.", "Then there is the weather."). With a colon it answers itself ("Let me be
 * clear: the quay will be built."), and "Consider the board, which drew up the plans in 2019." says something.
 */
export function announces(text: string): boolean {
  const folded = foldOnce(text).replace(/^[\s"'“‘(]+/, '');
  // Each kind opens on a set-up (`ASKING_OPENING` is one too) or on pointing: most sentences on neither.
  if (!SETUP_OPENING.test(folded) && !POINTING_OPENING.test(folded)) return false;
  const words = folded.match(WORD) ?? [];
  if (/[:;]/.test(folded) || words.length > SETUP_MAX_WORDS) return false;
  if ((SETUP_OPENING.test(folded) && QUESTION_WORD.test(folded)) || ASKING_OPENING.test(folded)) return true;
  const pointing = POINTING_OPENING.exec(folded);
  if (pointing === null || /[\p{N},]/u.test(folded)) return false;
  const rest = text.replace(/^[\s"'“‘(]+/, '').slice(pointing[0].length);
  const named = (rest.match(WORD) ?? []).filter((word) => !DETERMINERS.has(foldText(word)));
  return named.length <= POINTED_WORDS && !named.some((word) => /^\p{Lu}/u.test(word));
}

// A sentence's end, where a text glued two sentences the segmentation did not part ("…the money. £180,000 is…").
const FIRST_SENTENCE = /^[^.!?]+[.!?]+\s+(?=\S)/u;

/**
 * Whether a sentence is the ceremony of an address or a set-up, no statement of its own: it only greets or
 * thanks (`onlyGreets`), tells of the speech being given (`tellsOfTheSpeech`), announces what comes
 * (`announces`) or only puts off what it will say (`onlyDefers`). A summary leaves it out, and no random or daily quote is one.
 */
export function isCeremony(text: string): boolean {
  return onlyGreets(text) || tellsOfTheSpeech(text) || announces(text) || onlyDefers(text);
}

import { NO_LEXICON, type Lexicon } from '../search/lexicon.js';
import { describedSpeaker, isPersonNoun } from './described-speaker.js';
import { narratedPerson } from './narrated-person.js';
import {
  asBody,
  ASIDE,
  BODY,
  isOwner,
  maySaySomething,
  NAME,
  OTHER_LANGUAGE_SAYING,
  SAYING,
  TITLE,
  withoutDescription,
} from './speaker-names.js';
import { STOPWORDS } from './stopwords.js';
import { narratorIn, pronounSpeakerIn, pronounTag } from './fiction-tags.js';
import { genderOf } from './name-gender.js';
import { ADDRESS_TITLE, maySurnameBe } from './same-surname.js';
/**
 * A name and where they work, before the verb: "analyst Nick Van den Brul of BNP Paribas described…", "Estate
 * agent Colin Baptiste of Baptiste & Rowe said" (not after "the", which makes it the name of a body,
 * `BODY_SAID`: "The National Union of Journalists said").
 */
const NAME_OF_SAID = new RegExp(
  String.raw`(?:^|[\s,;:"“”])(?<!(?:[Tt]he|\p{Lu}[\p{L}'’.-]*)\s+)(?![Tt]he\s)(${NAME})\s+(?:of|at|from)\s+(?:the\s+)?${NAME}(?:\s+&\s+${NAME})?\s+${SAYING}\b`,
  'u',
);
/**
 * An organisation named as "the X of Y" before the verb: "The National Union of Journalists said" (not after a
 * preposition, where it is only where the one saying works: "an economist at the Bank of England said").
 */
const BODY_SAID = new RegExp(
  String.raw`(?:^|[\s,;:"“”])(?<!\b(?:of|at|from|for|with|by|to|in|on)\s+)(${BODY})${ASIDE}\s+${SAYING}\b`,
  'u',
);
/**
 * What comes before the last words of an organisation's name ("the Bank of "), which are no name of their own:
 * "an economist at the Bank of England said" names no one.
 */
const BODY_HEAD = String.raw`\b[Tt]he\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:of|for)\s+(?:the\s+)?`;
/**
 * A preposition of place and the capitalised words after it so far: a name after it is where the ones saying
 * are, and the head of the subject comes before it ("Shop owners on Mill Street said": not Mill Street).
 */
const PLACE_BEFORE = String.raw`\b(?:on|in|at|near|outside|inside|along|around|across|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+)*`;
/**
 * Name first ("Rod Eddington said", "the Bishop said"; not the last name of a firm's, "Marlow & Finch said"), set apart by commas before the verb
 * (`…in Uganda, Sarah Mukasa, told`, `the work's author, US playwright Eve Ensler, says`), or after the verb
 * that follows a quotation, perhaps after a role (`," said economy minister Heizo Takenaka`,
 * `," said the authority's chief executive, Maria Lindqvist`).
 */
const NAME_SAID = new RegExp(
  String.raw`(?:^|[\s,;:"“”])(?<!${BODY_HEAD}(?:\p{Lu}[\p{L}'’.-]*(?<!['’]s|s['’])\s+)*)(?<!${PLACE_BEFORE})(?<!&\s+)((?:the\s+)?${NAME})${ASIDE}\s+${SAYING}\b`,
  'u',
);
/**
 * A name set apart by commas right before the verb, after a few words that lead to it (not a relative clause
 * about the one before: "Maria Kowalski, who runs the Quayside Bakery, said" is Maria Kowalski's, never the
 * bakery's).
 */
const NAME_APART = new RegExp(
  String.raw`,\s+(?!(?:who|whom|whose|which|that)\s)(?:(?!(?:and|or|with)\s)[\p{L}'’-]+\s+){0,3}?((?:the\s+)?${NAME}),\s+${SAYING}\b`,
  'u',
);
/**
 * A name set apart before "who" and its verb: `director Sir Richard Eyre who called her work "thought
 * provoking"`, `Jo Bloggs, who called it a disaster` (not "who wrote", which names an author more often than
 * words: "Steve Brown, who wrote the musical").
 */
const NAME_WHO_SAID = new RegExp(
  String.raw`(?:^|[\s,;:"“”])((?:the\s+)?${NAME}),?\s+who\s+(?!wr(?:ote|ites)\b)${SAYING}\b`,
  'u',
);
/**
 * A name that opens a clause, then who they are between commas, then the verb: `Rod Eddington, BA's chief
 * executive, said`, `On Wednesday, Jacques Barrot, vice president of the Commission, said` (not a place
 * before a name set apart, `in Jakarta, Rachel Harvey, told`, which `NAME_APART` reads). A sentence may open
 * on what the person does before the name ("The welder Darren Hughes, who has worked…, said") and give where
 * they work after it ("Professor Mark Ellison of the University of Edinburgh, who…, said").
 */
const NAME_THEN_ROLE = new RegExp(
  String.raw`(?:^(?:[Tt]he\s+(?:\p{Ll}[\p{L}'’-]*\s+){1,3})?|[,;:]\s+|["“”]\s*)(${NAME})(?:\s+(?:of|at|from)\s+(?:the\s+)?${NAME}(?:\s+(?:of|for|and|&)\s+(?:the\s+)?${NAME})?)?,\s+[^,;:"“”]+,\s+${SAYING}\b`,
  'u',
);
/**
 * A person the report has named, described instead of named, with who they are in a clause of "who" or
 * "whose" (a body is "which"): `The Oscar-nominated actor, whose films include…, said:`; not a description that
 * ends in the name ("The welder Darren Hughes, who…, said" names him).
 */
const DESCRIBED_SAID = new RegExp(
  String.raw`^(?:[\p{Lu}][\p{L}'’-]*\s+){0,2}[Tt]he\s+(?:[^,;:"“”]+\s+)?\p{Ll}[\p{L}'’-]*,\s+who(?:se)?\s+[^;"“”]+,\s+${SAYING}\b`,
  'u',
);
/**
 * A name after the verb that follows a quotation, perhaps after role words (`," said the authority's chief
 * executive, Maria Lindqvist`) or an organisation that owns the role (`," said the Bank of England's chief
 * economist, Spencer Dale`). An organisation's name after role words is where the one saying works, and its
 * first word no name (`," said a spokesman for the Bank of England` names no one).
 */
const SAID_NAME = new RegExp(
  String.raw`[,.!?]["”’]\s+${SAYING}\s+(?:${BODY}['’]s\s+|(?!${BODY})[\p{Ll}'’-]+,?\s+){0,4}(${NAME})`,
  'u',
);
/**
 * An organisation named whole right after the verb that follows a quotation (`," said the Bank of England.`,
 * `," said the Bank of England on Monday`), perhaps before the person who speaks for it (`said the Bank of
 * England governor Mervyn King`, which `nameAfterRoles` reads).
 */
const SAID_BODY = new RegExp(
  String.raw`[,.!?]["”’]\s+${SAYING}\s+(${BODY})(?=\s*(?:[.,;:!?]|$)|\s+\p{Ll})`,
  'u',
);
/**
 * A name after a quotation in another language's shape, its closing mark, a comma and the verb, perhaps after
 * an article and a role: „…“, sagte Karl-Heinz Vogel vom Fahrgastverband; « … », explique Jeanne Martin.
 */
const QUOTED_THEN_SAID_NAME = new RegExp(
  String.raw`["“”»]\s*,?\s+${OTHER_LANGUAGE_SAYING}\s+(?:(?:der|die|le|la|el|il)\s+\p{Ll}[\p{L}'’-]*\s+)?(${NAME})`,
  'u',
);
/**
 * Words a report credits to someone without a verb of saying: "…was true, according to the Bishop.", "…,
 * according to the Bank of England."
 */
const ACCORDING = new RegExp(String.raw`\baccording\s+to\s+(${BODY}|(?:the\s+)?${NAME})`, 'u');
/**
 * Role words and the name they describe, after capitalised words that were a place or a firm, not the
 * person: `said Moscow-based US lawyer Jamie Firestone` (not "Moscow-based US").
 */
const ROLE_THEN_NAME = new RegExp(String.raw`^((?:\s+[\p{Ll}'’-]+){1,3})\s+(${NAME})`, 'u');
/** Words said by "he" or "she": the person named before (`"…astonishingly good," he said.`). */
const PRONOUN_SAID = new RegExp(
  String.raw`\b(?:[Hh]e|[Ss]he)${ASIDE}\s+${SAYING}\b|\b${SAYING}\s+(?:he|she)\b`,
  'u',
);

/**
 * The person a sentence credits its words to, as a report names them ("Rod Eddington", "Mr Chidambaram"), or
 * the organisation, named whole ("the National Union of Journalists"); undefined when it names none (the
 * writer's own words, "the council's ruling said", "he said"). The `lexicon` tells a description printed
 * before the name from the name ("Teacher Joan Pike said").
 */
export function speakerOf(text: string, lexicon: Lexicon = NO_LEXICON): string | undefined {
  if (!maySaySomething(text)) return taggedName(text, lexicon);
  const afterVerb = SAID_BODY.exec(text) ?? SAID_NAME.exec(text);
  const name =
    afterVerb !== null
      ? nameAfterRoles(text.slice(afterVerb.index + afterVerb[0].length), afterVerb[1]!)
      : (QUOTED_THEN_SAID_NAME.exec(text) ??
          NAME_APART.exec(text) ??
          NAME_THEN_ROLE.exec(text) ??
          BODY_SAID.exec(text) ??
          NAME_OF_SAID.exec(text) ??
          NAME_SAID.exec(text) ??
          NAME_WHO_SAID.exec(text) ??
          ACCORDING.exec(text))?.[1];
  if (name === undefined) return taggedName(text, lexicon);
  const body = asBody(name);
  if (body !== undefined) return body;
  const words = withoutDescription(name.split(/\s+/), lexicon);
  return words.length > 0 ? words.join(' ') : undefined;
}

/**
 * A story's dialogue tag with a verb a report seldom uses (`TAG_VERB`: "cried", "returned", "remarked"), right
 * after the closing mark: `," cried Mr. Bingley, "for a kingdom!"`, `," Holmes remarked.` (a name then the
 * sentence's end, a comma or a quotation mark, so that `," reported Reuters on Monday` stays a report's).
 */
const TAGGED_NAME = new RegExp(
  String.raw`[,!?…—-]["”’]\s+(?:\p{Ll}{2,}ed\s+(${NAME})|(${NAME})\s+(?:\p{Ll}+ly\s+)?\p{Ll}{2,}ed)(?=\s*(?:[,.;:!?—]|["“]|$))`,
  'u',
);
const MAY_BE_TAGGED = /["”’]\s+\S*\s*\S+ed\b/u;

/** The name a story's tag gives (`TAGGED_NAME`), undefined when none or no one's ("he", "I"). */
function taggedName(text: string, lexicon: Lexicon): string | undefined {
  if (!MAY_BE_TAGGED.test(text)) return undefined;
  const found = TAGGED_NAME.exec(text);
  const name = found?.[1] ?? found?.[2];
  if (name === undefined || FIRST_PERSON.test(name)) return undefined;
  const words = withoutDescription(name.split(/\s+/), lexicon);
  return words.length > 0 ? words.join(' ') : undefined;
}

/** A name after "and" or "&": the rest of a firm's name, or another person ("said Mary Smith and Bob Jones"). */
const AND_NAME = new RegExp(String.raw`^\s+(?:and|&)\s+(${NAME})`, 'u');

/**
 * The name after the role words that follow `name`, when capitalised words were only a description of the
 * person ("Moscow-based US" lawyer Jamie Firestone) or the start of a firm's name that owns theirs (Ernst and
 * Young's Sanjay Mehta); `name` itself when function words follow it ("said Rod Eddington in London", "said
 * Mary Smith and Bob Jones").
 */
function nameAfterRoles(rest: string, name: string): string {
  const and = AND_NAME.exec(rest);
  const owned = and?.[1];
  if (owned !== undefined && owned.split(/\s+/).slice(0, -1).some(isOwner)) return owned;
  // "said Richard and Judy executive producer Amanda Ross": the names joined by "and" name what the role is
  // of (a show, a firm), and the person comes after the role words.
  if (and !== null) {
    const afterAnd = rest.slice(and[0].length);
    const person = ROLE_THEN_NAME.exec(afterAnd);
    const roles = person?.[1]!.trim().split(/\s+/) ?? [];
    if (person && !roles.some((word) => STOPWORDS.has(word.toLowerCase())))
      return nameAfterRoles(afterAnd.slice(person[0].length), person[2]!);
  }
  const next = ROLE_THEN_NAME.exec(rest);
  if (next === null) return name;
  const roles = next[1]!.trim().split(/\s+/);
  if (roles.some((word) => STOPWORDS.has(word.toLowerCase()))) return name;
  return nameAfterRoles(rest.slice(next[0].length), next[2]!);
}

/** The first person as a tag's name reads it ("said I."): the narrator, not a person named "I". */
const FIRST_PERSON = /^I\.?$/u;

/** Double quotation marks, straight and curly, and guillemets (« … »). */
const DOUBLE_MARK = /["“”„«»]/g;
const QUOTE_MARK = /^["“”„«»]$/u;

/**
 * The person the sentence at `at` of a paragraph (its sentences in order) credits its words to, read with
 * the sentences around it as a reader does: a quotation of several sentences names who said it where it
 * ends (`"There's no doubt… best yet. If anything, …," said Madeley.`), and a quotation standing alone
 * right after one that names its speaker is theirs too (`"It was very hard…," said Amanda Ross. "We were
 * spoiled for choice…"`), and words "he said" (or "the actor, whose films include…, said") are the person
 * named last before them, in this paragraph or in `before` (the sentences ahead of it: the paragraph before).
 * A person described, not named ("The Ballymena-born actor said"), is the one person named just before, else
 * the description ("the judges"); the `article`'s sentences tell a person's name from a place's ("Mr Neeson").
 * Undefined when none is named, or when the words are the writer's own.
 */
export function speakerInParagraph(
  sentences: readonly string[],
  at: number,
  before: readonly string[] = [],
  lexicon: Lexicon = NO_LEXICON,
  article: readonly string[] = [...before, ...sentences],
  earlier: readonly string[] = [],
): string | undefined {
  const text = sentences[at];
  if (text === undefined) return undefined;
  // A person described, whose clause may name others ("whose films include Rob Roy"), is someone named
  // before.
  const says = maySaySomething(text);
  const described = says && DESCRIBED_SAID.test(text);
  const own = described ? undefined : namedAt(sentences, at, before, article, lexicon);
  if (own !== undefined && !FIRST_PERSON.test(own)) return own;
  if (described) return lastSpeakerIn([...before, ...sentences.slice(0, at)], lexicon);
  const tag = pronounTag(narrationAt(sentences, at));
  // "said I": the narrator's words, by the name the narration gives them ("Call me Ishmael"), else the writer's.
  if (tag?.pronoun === 'I' || own !== undefined) return narratorIn(article);
  if (tag !== undefined) {
    const close = [...before, ...sentences.slice(0, at)];
    // As a report tags it (`," he said`): the person named last, unless the text says they are not a "he".
    const reported = says && !tag.inverted && PRONOUN_SAID.test(text);
    const named = reported ? pronounSpeaker(close, article, lexicon) : undefined;
    const wanted = tag.pronoun === 'he' ? 'man' : 'woman';
    if (reported && (named === undefined || (genderOf(named, article) ?? wanted) === wanted)) return named;
    return pronounSpeakerIn(text, tag.pronoun, [...earlier, ...close], article, lexicon, (each) =>
      speakerOf(each, lexicon),
    );
  }
  if (says && PRONOUN_SAID.test(text))
    return pronounSpeaker([...before, ...sentences.slice(0, at)], article, lexicon);
  const quotation = quotationAt(sentences, at);
  // Words of a quotation that goes on past this sentence: whoever the sentence that closes it names.
  if (quotation === 'goes-on') {
    const closing = sentences.findIndex((each, next) => next > at && marksIn(each) % 2 === 1);
    const named = closing < 0 ? undefined : namedAt(sentences, closing, before, article, lexicon);
    if (named !== undefined) return named;
  }
  if (quotation === undefined) return undefined;
  // A quotation with no one named where it ends: the speaker quoted just before (or reported just before:
  // `Jacques Barrot… said that the changes were necessary.` then his words), else the one a run of
  // quotations names at its end (`"I fell to daydreaming." … "I was a rusty pilot…" Hailey later recalled.`).
  const previous = sentences[at - 1];
  const goesOn =
    previous !== undefined &&
    (marksIn(previous) > 0 || quotationAt(sentences, at - 1) !== undefined || saysOthers(previous));
  return (
    (goesOn ? speakerInParagraph(sentences, at - 1, before, lexicon, article, earlier) : undefined) ??
    speakerAhead(sentences, at, before, lexicon, article, earlier)
  );
}

/** The speaker named by the first of the quotations that follow the one at `at` in a run that names one. */
function speakerAhead(
  sentences: readonly string[],
  at: number,
  before: readonly string[],
  lexicon: Lexicon,
  article: readonly string[],
  earlier: readonly string[],
): string | undefined {
  for (let next = at + 1; OPENS.test(sentences[next] ?? ''); next++) {
    const text = sentences[next]!;
    if (
      namedAt(sentences, next, before, article, lexicon) !== undefined ||
      (maySaySomething(text) && PRONOUN_SAID.test(text)) ||
      pronounTag(narrationAt(sentences, next)) !== undefined
    )
      return speakerInParagraph(sentences, next, before, lexicon, article, earlier);
  }
  return undefined;
}

/**
 * The one the sentence at `at` names as saying its words, or describes (`describedSpeaker`: "The
 * Ballymena-born actor said" is the person named just before, or "the actor").
 */
function namedAt(
  sentences: readonly string[],
  at: number,
  before: readonly string[],
  article: readonly string[],
  lexicon: Lexicon,
): string | undefined {
  const text = narrationAt(sentences, at);
  const close = [...before, ...sentences.slice(0, at)];
  return speakerOf(text, lexicon) ?? describedSpeaker(text, close, article, lexicon);
}

/**
 * The sentence at `at` with the words it quotes left out (`"…," she said.`): a verb of saying in a quotation is
 * the quoted person's, and names no speaker (`"The moment the engineers told us…, we shut it."`, `"People told
 * me it could not be done," she said.`).
 */
function narrationAt(sentences: readonly string[], at: number): string {
  const text = sentences[at] ?? '';
  let inside = sentences.slice(0, at).reduce(insideAfter, false) && !OPENS.test(text);
  let narration = '';
  let quoted = '';
  for (const char of text) {
    if (!QUOTE_MARK.test(char)) {
      if (inside) quoted += char;
      else narration += char;
      continue;
    }
    if (inside) narration += quotedAs(quoted);
    narration += char;
    quoted = '';
    inside = !inside;
  }
  return inside ? narration + quotedAs(quoted) : narration;
}

/** Quoted words as `narrationAt` keeps them: an ellipsis and the mark that ends them (`"…,"`). */
function quotedAs(words: string): string {
  return words.trim() === '' ? words : `…${/[,.!?]*$/u.exec(words.trimEnd())![0]}`;
}

/** Verbs of saying that as often do something else: "have added another $1 trillion", "who wrote the musical". */
const LOOSE_SAYING = String.raw`(?:added|adds|wrote|writes)`;
/**
 * A verb of saying, or "according to", whose subject is not the writer ("I said", "as we have argued") and
 * that is not passive ("I've been told", "who is said to have cried", "announced by Google"); a loose one
 * only with words in quotation marks or "that" (`," wrote the judges`, `added that`).
 */
const OTHERS_SAID = new RegExp(
  String.raw`(?<!\b(?:I|[Ww]e|is|was|were|are|be|been|being)(?:\s+\p{Ll}+)?\s+)\b(?:(?<=["”]\s*)${LOOSE_SAYING}|${LOOSE_SAYING}(?=\s*(?:that\b|[,:]?\s*["“]))|(?!${LOOSE_SAYING}\b)${SAYING})\b(?!\s+by\b)|\baccording\s+to\b|${OTHER_LANGUAGE_SAYING}`,
  'u',
);

/**
 * Whether the sentence at `at` of a paragraph gives someone's words rather than the writer's: it is part of a
 * quotation, or a verb of saying credits its words ("…, the ministry said", "according to officials"), when
 * the one saying is not the writer ("as I said", in a speech). "Who said that?" of such a sentence whose
 * speaker goes unnamed has no answer in the article: the writer did not say it.
 */
export function reportsSpeech(sentences: readonly string[], at: number): boolean {
  const text = sentences[at];
  if (text === undefined) return false;
  return quotationAt(sentences, at) !== undefined || saysOthers(text);
}

/** `OTHERS_SAID`, run only on a text that may say something (see `maySaySomething`). */
function saysOthers(text: string): boolean {
  return maySaySomething(text) && OTHERS_SAID.test(text);
}

/**
 * Whether the sentence at `at` of a paragraph is a quotation's, or a part of one: someone's own words, not the
 * writer's report of them.
 */
export function isQuotation(sentences: readonly string[], at: number): boolean {
  const text = sentences[at] ?? '';
  return (
    quotationAt(sentences, at) !== undefined || (maySaySomething(text) && INTRODUCED_QUOTATION.test(text))
  );
}

/**
 * A sentence that is a quotation after a few words that say whose it is: `Sir Peter Lowe said: "We fought for
 * this."`, `She added, "It is done."` (the quotation runs from the mark after the verb to the sentence's end).
 */
const INTRODUCED_QUOTATION = new RegExp(
  String.raw`^[^"“”„«]{0,120}\b${SAYING}\b[^"“”„«]{0,40}?[:,]\s*["“„«][^"“”„«»]+[,.!?…]?["”“»][.!?]?$`,
  'u',
);

/**
 * Where the sentence at `at` stands in a quotation: `goes-on` when a quotation opened in it (or before it)
 * goes on past it, `ends` when it is a whole quotation or the end of one begun before, undefined when it is
 * none (a sentence of the writer's with words in quotation marks, `companies that "offshore"`, is none).
 */
function quotationAt(sentences: readonly string[], at: number): 'goes-on' | 'ends' | undefined {
  const text = sentences[at] ?? '';
  const inside = sentences.slice(0, at).reduce(insideAfter, false);
  if (insideAfter(inside, text) && !OPENS.test(sentences[at + 1] ?? '')) return 'goes-on';
  return inside || OPENS.test(text) ? 'ends' : undefined;
}

/** A sentence that opens with a quotation mark ("…", “…”, „…“, « … »). */
const OPENS = /^["“„«]/;

/**
 * Whether a quotation is open after `text`, when one was (`inside`) before it. A quotation that goes on in a
 * new sentence may open it with a mark again and leave the one before unclosed (`…from the artists.` then
 * `"Outstanding later examples…"`): that mark starts it afresh.
 */
function insideAfter(inside: boolean, text: string): boolean {
  return (inside && !OPENS.test(text)) !== (marksIn(text) % 2 === 1);
}

/**
 * Whom "he said" or "she said" credits: the person the last of `sentences` that names a speaker names (`"…,"
 * he said.` after "…, according to the Bishop."), or, when the narration just before the quotations that end
 * in these words names a person ("Town manager Ellen Marsh changed both full-backs…"), that person
 * (`narratedPerson`): news names someone doing anything and quotes them in the next sentence.
 */
function pronounSpeaker(
  sentences: readonly string[],
  article: readonly string[],
  lexicon: Lexicon,
): string | undefined {
  for (let at = sentences.length - 1; at >= 0; at--) {
    const text = sentences[at]!;
    const name = speakerOf(narrationAt(sentences, at), lexicon) ?? narratedPerson(text, article, lexicon);
    if (name !== undefined && isOnePerson(name, lexicon)) return name;
    // Past the narration before the run of quotations, only a sentence that says who spoke.
    if (marksIn(text) === 0) return lastSpeakerIn(sentences.slice(0, at), lexicon);
  }
  return undefined;
}

/**
 * The person the last of `sentences` that names one as a speaker names ("…, according to the Bishop."), past
 * an organisation or a group that spoke since ("Bus operator Wendlink said…").
 */
function lastSpeakerIn(sentences: readonly string[], lexicon: Lexicon): string | undefined {
  for (let at = sentences.length - 1; at >= 0; at--) {
    const name = speakerOf(narrationAt(sentences, at), lexicon);
    if (name !== undefined && isOnePerson(name, lexicon)) return name;
  }
  return undefined;
}

/**
 * Whether a speaker as `speakerOf` gives them may be "he" or "she": not an organisation named whole ("the Bank
 * of England"), nor one named with "the" and no title or noun for a person ("the Quayside Bakery"; "the
 * Bishop" is one), nor a group ("shop owners", "Organisers").
 */
function isOnePerson(name: string, lexicon: Lexicon): boolean {
  if (asBody(name) !== undefined) return false;
  const words = name.split(/\s+/);
  const last = words.at(-1)!;
  const group = isPersonNoun(last, lexicon) && !lexicon.isPerson?.(last.toLowerCase());
  if (group) return false;
  if (/^\p{Ll}/u.test(name) && words[0] !== 'the') return false;
  if (words[0] !== 'the') return true;
  // Without a lexicon, "the Mayor" cannot be told from "the Quayside Bakery": as before, both may be.
  return TITLE.test(`${words[1] ?? ''} `) || (lexicon.isPerson?.(last.toLowerCase()) ?? true);
}

function marksIn(text: string): number {
  return text.match(DOUBLE_MARK)?.length ?? 0;
}

/**
 * The name as the article first gives it in full: "Mr Neeson" or "Neeson" is "Liam Neeson" where the article
 * writes "Liam Neeson" (or "Actor Liam Neeson", with the `lexicon`); the name as given when the article has
 * no longer one that ends with it.
 */
export function fullNameIn(texts: readonly string[], name: string, lexicon: Lexicon = NO_LEXICON): string {
  const short = name.replace(TITLE, '');
  if (/\s/.test(short)) return name;
  const escaped = short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const longer = new RegExp(String.raw`((?:\p{Lu}[\p{L}'’.-]+\s+){1,3})${escaped}\b`, 'u');
  for (const text of texts) {
    const before = longer.exec(text)?.[1]?.trim().split(/\s+/) ?? [];
    const words = withoutDescription([...before, short], lexicon);
    // A heading's first words are no name's: "About Northvale Robotics" names the firm "Northvale".
    while (words.length > 1 && STOPWORDS.has(words[0]!.toLowerCase())) words.shift();
    while (words.length > 1 && (TITLE.test(`${words[0]} `) || ADDRESS_TITLE.test(words[0]!))) words.shift();
    if (words.length > 1) return maySurnameBe(texts, name, words.join(' ')) ? words.join(' ') : name;
  }
  return name;
}

/**
 * A first name as the article gives it in full ("Priya" of "on-call engineer Priya Nair"): the one capitalised
 * word that follows it wherever the article writes it so, when there is exactly one (not a small word, "Tom
 * The", nor one of two people, "Tom Brennan" and "Tom Reyes"). Only where the name is surely a person's (the one
 * a lead-in to pasted chat names): a firm's name goes on in capitalised words too ("Harwell Labs").
 */
export function firstNameInFull(texts: readonly string[], first: string): string | undefined {
  if (!/^\p{Lu}\p{Ll}+$/u.test(first)) return undefined;
  const after = new RegExp(
    String.raw`(?<![\p{L}'’.-])${first}\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}'’-])`,
    'gu',
  );
  const surnames = new Set(
    texts
      .flatMap((text) => [...text.matchAll(after)].map((match) => match[1]!))
      .filter((word) => !STOPWORDS.has(word.toLowerCase())),
  );
  return surnames.size === 1 ? `${first} ${[...surnames][0]!}` : undefined;
}

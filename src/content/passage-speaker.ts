import type { Lexicon } from '../search/lexicon.js';
import { firstNameInFull, fullNameIn, isQuotation, reportsSpeech, speakerInParagraph } from '../text/speaker.js';
import { attributionOf, creditedTo, type Article, type Attribution, type Passage, type PassageSpeaker } from './article.js';
import { withTitleBefore } from '../text/title-before-name.js';
import { leadInSpeaker } from '../text/lead-in.js';
import { answeredBy, turnAt } from './interview.js';
import { speakerName } from './speaker-name.js';
import { showRoleOf } from './speaker-role.js';

/**
 * Who the sentence credits its words to, read with the rest of its paragraph (a quotation of several
 * sentences names its speaker where it ends) and the paragraph before (whom "he said" is), by the name the
 * article gives them in full ("Liam Neeson", not "Mr Neeson"); null when they are someone's words the article
 * names no one for (a quotation, "the company said", an interview's answer that names no interviewee);
 * undefined when they are the writer's own. `article` is the passage's (undefined: the passage read alone).
 */
export function speakerOfPassageIn(
  article: Article | undefined,
  passage: Passage,
  lexicon?: Lexicon,
): string | null | undefined {
  const sentences = article?.sentences ?? [passage];
  // An interview's answer is the interviewee's, however it reads: they speak in the first person, unquoted.
  const answerer = article === undefined ? undefined : answeredBy(article, passage.paragraph);
  const texts = (list: readonly Passage[]): string[] => list.map((each) => each.text);
  // A letter read out on a show ("Marcus says: "Your sleep episode…""): its writer's words, not the reader's.
  const read = article === undefined ? undefined : readOutIn(article, passage, lexicon);
  if (read !== undefined) return read;
  if (answerer !== undefined) {
    const name = answerer === null ? null : speakerName(article!, answerer, lexicon);
    // The author's own turn in their transcript is the writer's words.
    return name === article!.meta.author ? undefined : name;
  }
  const inParagraph = (paragraph: number): Passage[] => sentences.filter((each) => each.paragraph === paragraph);
  const paragraph = inParagraph(passage.paragraph);
  const at = paragraph.findIndex((each) => each.id === passage.id);
  if (at < 0) return undefined;
  const before = texts(inParagraph(passage.paragraph - 1));
  const within = ledInWithin(texts(paragraph), at, lexicon);
  if (within !== undefined) {
    const full = fullNameIn(texts(sentences), within, lexicon);
    return full === within ? (firstNameInFull(texts(sentences), within) ?? within) : full;
  }
  // A story names a speaker some paragraphs before the lines tagged "he remarked": the few before `before`.
  const earlier = texts(sentences.filter((each) => each.paragraph >= passage.paragraph - EARLIER - 1 && each.paragraph < passage.paragraph - 1));
  const speaker = speakerInParagraph(texts(paragraph), at, before, lexicon, texts(sentences), earlier);
  if (speaker !== undefined) return fullNameIn(texts(sentences), speaker, lexicon);
  const led = ledInBy(texts(paragraph), at, before, lexicon);
  if (led !== undefined) {
    const full = fullNameIn(texts(sentences), led, lexicon);
    return full === led ? (firstNameInFull(texts(sentences), led) ?? led) : full;
  }
  return reportsSpeech(texts(paragraph), at) ? null : undefined;
}

/** How many paragraphs before the one before a line's are read for whom its pronoun tag means ("he remarked"). */
const EARLIER = 4;

/**
 * Whose words a quotation set apart in a paragraph of its own is, when the paragraph before leads in to it
 * ("In the incident channel Priya wrote at 14:26:" then `"Failover finished…"`, as a Markdown blockquote of
 * pasted chat, mail or speech is written): the one the lead-in names. Undefined when the paragraph is no
 * quotation from its start, or the one before it no lead-in.
 */
function ledInBy(
  paragraph: readonly string[],
  at: number,
  before: readonly string[],
  lexicon?: Lexicon,
): string | undefined {
  const lead = before.at(-1);
  if (lead === undefined || !/^["“„«]/u.test(paragraph[0] ?? '') || !isQuotation(paragraph, at)) return undefined;
  return leadInSpeaker(lead, lexicon);
}

/**
 * Whose words a quotation is when the sentence before it in its paragraph is the lead-in the import set apart
 * (`Tom wrote in #inc-search at 22:21:` then `"All three pods…`, see `leadInLength`): the one the lead-in names,
 * for each sentence of the quotation. Undefined when the quotation follows no lead-in.
 */
function ledInWithin(paragraph: readonly string[], at: number, lexicon?: Lexicon): string | undefined {
  let opening = at;
  while (opening > 0 && !/^["“„«]/u.test(paragraph[opening]!)) opening -= 1;
  if (opening === 0 || !/^["“„«]/u.test(paragraph[opening]!) || !isQuotation(paragraph, at)) return undefined;
  return leadInSpeaker(paragraph[opening - 1]!, lexicon);
}

/**
 * Who wrote or said the words a transcript's speaker quotes in their turn (a listener's letter read out: `Marcus
 * says: "Your sleep episode changed my life."`, `She writes: "…"` after "Let's start with Jess from Leeds."),
 * as the text names them; null when it names no one ("They write: "…"": someone's words, not the reader's);
 * undefined when the sentence quotes no one else (no quotation, or the speaker's own words: "I said: "…"").
 */
function readOutIn(article: Article, passage: Passage, lexicon?: Lexicon): string | null | undefined {
  if (answeredBy(article, passage.paragraph) === undefined) return undefined;
  const texts = (list: readonly Passage[]): string[] => list.map((each) => each.text);
  const inParagraph = (paragraph: number): string[] =>
    texts(article.sentences.filter((each) => each.paragraph === paragraph));
  const paragraph = article.sentences.filter((each) => each.paragraph === passage.paragraph);
  const at = paragraph.findIndex((each) => each.id === passage.id);
  const said = texts(paragraph);
  if (at < 0 || !(isQuotation(said, at) || LETTER_SAID.test(said[at]!))) return undefined;
  // "I told him: "…"": the speaker's own words, quoted by themselves.
  const outside = said.slice(0, at + 1).join(' ').replace(/["“„][^"”“]*["”“]?/gu, ' ');
  if (FIRST_PERSON_SAID.test(outside)) return undefined;
  const all = texts(article.sentences);
  const speaker = speakerInParagraph(said, at, inParagraph(passage.paragraph - 1), lexicon, all);
  const named = speaker !== undefined && /^\p{Lu}/u.test(speaker) && !/^(?:I|We)$/u.test(speaker);
  // "Let's start with Jess from Leeds. She writes: "…"": the one the turn says the letter is from, unless the
  // sentence names its own ("Marcus says: "…"").
  const from = said
    .slice(0, at + 1)
    .flatMap((text) => [...text.matchAll(LETTER_FROM)].map((match) => (match[1] ?? match[2] ?? match[3])!))
    .at(-1);
  if (named && (from === undefined || said[at]!.includes(speaker))) return fullNameIn(all, speaker, lexicon);
  if (from !== undefined) return fullNameIn(all, from, lexicon);
  // "They write: "…"": a letter from someone unnamed is not the reader's words; a quotation the speaker makes
  // up or repeats ("Just ask, "Is anything going on at home?"") is theirs.
  return UNNAMED_WRITES.test(said[at]!) ? null : undefined;
}

/** A letter whose writer goes unnamed: "They write: "…"", "she wrote, "…"". */
const UNNAMED_WRITES = /\b(?:they|she|he)\s+(?:writes?|wrote)\b[^"“„]{0,20}[:,]\s*["“„]/iu;

/** A sentence that reads out someone's words after a verb of saying: `They write: "…"`, `He says, "…"`. */
const LETTER_SAID = /\b(?:writes?|wrote|says?|said|asks?|asked)\b[^"“„]{0,20}[:,]\s*["“„]/u;

/** A person's name of one or two capitalised words: "Jess", "Sam Reid". */
const PERSON = String.raw`\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?`;

/**
 * Whom a letter read out is from: "(a letter) from Marcus in Toronto", "(start) with Jess from Leeds", "our
 * first letter is from Sam", "a listener called Bruno": a name with a place after it, after a word for a
 * letter, or after "called" ("I met a woman called Bev… she said to me, "…"").
 */
const LETTER_FROM = new RegExp(
  String.raw`(?:\b(?:called|named)\s+(${PERSON})(?![\p{L}'’-])|\b(?:from|with)\s+(${PERSON})\s+(?:in|from|of)\s+\p{Lu}|\b(?:letter|email|e-mail|message|note|postcard|one)\s+(?:is\s+|comes\s+)?from\s+(${PERSON})(?![\p{L}'’-]))`,
  'gu',
);

/** A speaker quoting their own words: "I said: "…"", "we wrote, "…"". */
const FIRST_PERSON_SAID = /\b(?:I|we)\s+(?:said|say|told|wrote|write|asked)\b/iu;

/**
 * Whose words a quote of the passage is, when it credits them to someone the article names rather than to
 * its writer: an interview's answer, its interviewee's; a sentence of a quotation whose speaker "who said
 * that?" names (`speakerOfPassageIn`) by a name, not a description ("the judges") nor an organisation named
 * "the X of Y", with the title the article gives them before the name (`withTitleBefore`: "Councillor Tom Blake"). Undefined for the writer's own words, a speaker the article does not name, and words reported
 * without quotation marks ("Ann Cole said fares would rise": the writer's words about what she said).
 */
export function passageSpeaker(
  article: Article,
  passage: Passage,
  lexicon?: Lexicon,
): PassageSpeaker | undefined {
  const found = speakerOfPassageIn(article, passage, lexicon);
  if (typeof found !== 'string' || found === article.meta.author) return undefined;
  // "Councillor Tom Blake" as the article titles him, though "who said that?" names Tom Blake.
  const texts = article.sentences.filter((each) => !each.heading).map((each) => each.text);
  const name = lexicon === undefined ? found : withTitleBefore(texts, found, lexicon);
  if (answeredBy(article, passage.paragraph) !== undefined && readOutIn(article, passage, lexicon) !== undefined) {
    // A letter read out: the writer's words, in the voice of whoever's turn holds them.
    const side = turnAt(article, passage.paragraph)?.turn.side;
    const reader = side === undefined ? null : speakerName(article, side, lexicon);
    return reader === null ? { name, as: 'quoted' } : { name, as: 'read', by: reader };
  }
  if (answeredBy(article, passage.paragraph) !== undefined) {
    // A producer or co-host talks with the host; nobody interviews them.
    const role = showRoleOf(article, passage.paragraph, lexicon);
    return { name, as: role === 'crew' || role === 'host' ? 'speaker' : 'interviewee' };
  }
  const paragraph = article.sentences.filter((each) => each.paragraph === passage.paragraph);
  const at = paragraph.findIndex((each) => each.id === passage.id);
  const quoted = isQuotation(
    paragraph.map((each) => each.text),
    at,
  );
  return quoted && /^\p{Lu}/u.test(name) ? { name, as: 'quoted' } : undefined;
}

/**
 * Who a passage's words are credited to: the article's attribution, with an interview's answer credited to the
 * interviewee ("Gwen Okafor, interviewed by Tomas Reyes") and a quotation to the person quoted ("Dr Ann Cole,
 * quoted by Tomas Reyes"), see `creditedTo`. One answer for a daily post, its dry run, `/daily now` and a card.
 */
export function passageCredit(article: Article, passage: Passage, lexicon?: Lexicon): Attribution {
  return creditedTo(attributionOf(article), passageSpeaker(article, passage, lexicon));
}

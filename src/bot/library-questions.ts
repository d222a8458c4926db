import type { Library } from '../library.js';
import { frameNoun } from '../search/question.js';
import { foldText } from '../text/fold.js';
import type { LanguageDetector } from '../text/language-names.js';
import { aboutAuthor } from './about-author.js';
import { theirTitleNamed } from './author-title-named.js';
import { isQuestion } from './intent.js';
import { FILLER, SMALL_TALK } from './intent-words.js';
import { nothingMatches } from './no-hits.js';
import { quoteReply } from './quote-reply.js';
import type { BotReply } from './requests.js';
import { whoSaidAsked } from './who-said-asked.js';

/**
 * A question asking what one word means: "what is a recession?", "what counts as a recession", "define
 * inflation". Its one word may be answered (a definition the text gives), which a question of one word
 * otherwise is not ("what time is it?").
 */
const DEFINITION =
  /^\s*(?:what(?:\s+is|\s+are|['’]s|s)|what\s+counts\s+as|define|(?:the\s+)?(?:definition|meaning)\s+of)\s+(?:an?\s+|the\s+)?(\p{L}[\p{L}-]{3,})[\s?!.]*$/iu;
/** Words "what is…" asks of the bot itself, not of the articles ("what's happening?", "what is this?"). */
const NOT_DEFINED: ReadonlySet<string> = new Set(['happening', 'going', 'wrong', 'this', 'that']);

/**
 * A question's polite frame, which asks the bot to tell of the articles: "can you tell me", "do you know".
 */
const POLITE_FRAME =
  /^\s*(?:(?:can|could|would|will) (?:you|u) (?:please )?(?:tell|show|give|find|say)|(?:do|did) (?:you|u) know)\b/;
/** "you" or "your" past that frame: a question about the bot ("who made you?", "what is your name?"). */
const TO_THE_BOT = /\b(?:you|your|yours|yourself|u|ur)\b/;

/**
 * "what does ballbach think about trump?", "what did reagan say?", and without "does" or "did": "what ford says
 * about taxes", "what reagan said": who (the first group, or the second), and what about (if anything).
 */
const AUTHOR_VIEW =
  /^\s*what (?:(?:does|did|do) (.+?) (?:think|say|write|believe|feel|argue)s?|(.+?) (?:thinks|says|writes|believes|feels|argues|thought|said|wrote|believed|felt|argued))(?: (?:about|of|on|regarding) (.+?))?[\s?!.]*$/iu;
/** "what did lincoln say at gettysburg?", "what did he say in the gettysburg address": who, and where. */
const AUTHOR_AT =
  /^\s*what (?:(?:does|did|do) (.+?) (?:say|write)s?|(.+?) (?:says|said|writes|wrote)) (?:at|in) (.+?)[\s?!.]*$/iu;

/**
 * Words put to the bot that it does not read as a command. "Who is <an author>?" gets that author (see
 * `aboutAuthor`), "what does <an author> think about X?" (or "what <an author> says about X") a quote of X
 * from their articles, and "what did <an author> say?" ("what <an author> says") one of theirs, as "a quote
 * from <an author>" does (a name the texts say and no author has, "what did biegun say?", is searched as any
 * words are). When they are about what the library holds
 * (two of their words or more, and half of them or more, are in it: "@quotebot north korea missile tests", "how many tests did north korea hold?",
 * an article's title and its author's name counting as its words, "why did lee resign?"; or a name it has: "what's the story
 * with rosneft"; or a question whose every word it writes, one or more: "how big is the deficit?", "what
 * about unemployment?") they are a search, and get its answer, "no passage matches" included.
 * Else a question still gets the passage that answers it, when one has every word asked for and two of
 * them or more ("who is enrico bondi?"). A question about something that no passage answers so ("how big is
 * the deficit?" of a library without "deficit", "what is the weather like?" with only a sentence that has
 * "weather") gets "no passage matches", as `/quote` of its words does, never a weak quote; one about
 * nothing but its frame ("what time is it?", "what?", "how are you") or about the bot is chatter, and help
 * answers it. Its quotes are `quoteReply`'s, with `random` and `languages`.
 */
export function answerWords(
  library: Library,
  text: string,
  random: () => number,
  languages: LanguageDetector | undefined,
): BotReply | undefined {
  const about = aboutAuthor(library, text);
  if (about) return about;
  // "who said the thing about sourdough?": the passage `/quote` finds for those words, credited to its speaker,
  // not one that answers a question with "said" or "thing" in it.
  const whoSaid = whoSaidAsked(text);
  if (whoSaid !== undefined) return quoteReply(library, { kind: 'quote', query: whoSaid }, random, languages);
  const view = AUTHOR_VIEW.exec(text);
  const viewer = view?.[1] ?? view?.[2];
  if (viewer !== undefined && library.authorCalled(viewer))
    return quoteReply(library, { kind: 'quote', query: view![3] ?? '', author: viewer }, random, languages);
  // "what did lincoln say at gettysburg?", "… in the gettysburg address?": the article of theirs the words
  // name by its title (see `theirTitleNamed`), where their texts never say the title's words.
  const occasion = AUTHOR_AT.exec(text);
  const speaker = occasion?.[1] ?? occasion?.[2];
  const author = speaker === undefined ? undefined : library.authorCalled(speaker);
  if (author !== undefined && theirTitleNamed(library, speaker!, occasion![3]!) !== undefined)
    return quoteReply(library, { kind: 'quote', query: occasion![3]!, author: speaker }, random, languages);
  // "what did jo lindqvist say?" of someone who speaks in a transcript: her name alone, which finds her turns
  // first, not the host's introduction that names her.
  if (viewer !== undefined && view![3] === undefined && library.isSpeaker(viewer))
    return quoteReply(library, { kind: 'quote', query: viewer }, random, languages);
  const { held, of, names, words } = library.wordsHeld(text);
  const onTopic =
    (held >= 2 && 2 * held >= of) ||
    names > 0 ||
    asksOfLibrary(library, text) ||
    heldRespelled(library, text);
  if (!onTopic && !isQuestion(text)) return undefined;
  const reply = quoteReply(library, { kind: 'quote', query: text }, random, languages);
  if (onTopic && reply.kind !== 'invalid-query') return reply;
  if (quoteAnswersQuestion(reply, text)) return reply;
  if (!asksOfSomething(text, words)) return undefined;
  return reply.kind === 'quote' ? nothingMatches(library, text, []) : reply;
}

/**
 * Whether the words are about what the library holds once the search respells them, as `/quote` of them
 * shows ("lincon labour and capitol" → "lincoln labour and capital"): a student's slips are no reason to refuse
 * a search that `/quote` answers. Asked only of words not already about the library.
 */
function heldRespelled(library: Library, text: string): boolean {
  const respelled = library.search({ query: text, limit: 1 }).respelled;
  if (respelled === undefined) return false;
  const { held, of, names } = library.wordsHeld(respelled);
  return (held >= 2 && 2 * held >= of) || names > 0;
}

/**
 * Whether a message is a question of words the library writes as typed, all of them and one or more, its
 * frame aside ("time" of "what time is it?" asks when, "city" of "which city…" where); not one put to the
 * bot about itself ("what is your name?", "where do you live?").
 */
function asksOfLibrary(library: Library, text: string): boolean {
  if (!isQuestionOfLibrary(text)) return false;
  const { of, typed } = library.wordsHeld(text);
  return typed === of && typed > (frameNoun(text) === undefined ? 0 : 1);
}

/** Whether a message is a question, and not one put to the bot about itself ("what is your name?"). */
function isQuestionOfLibrary(text: string): boolean {
  return isQuestion(text) && !TO_THE_BOT.test(foldText(text).replace(POLITE_FRAME, ''));
}

/**
 * Whether a quote answers a question the library is not plainly about: its passage has two of the words asked
 * for or more ("who is enrico bondi?"), or the one word a definition asks of ("what is a recession?"); not a
 * closest passage, nor one with a single word ("what time is it?" and a sentence with "time").
 */
function quoteAnswersQuestion(reply: BotReply, text: string): boolean {
  if (reply.kind !== 'quote' || reply.closest) return false;
  const { text: passage } = reply.hit.passage;
  const matched = new Set(
    reply.hit.highlights.flatMap(([start, end]) =>
      passage
        .slice(start, end)
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u),
    ),
  );
  matched.delete('');
  const defined = DEFINITION.exec(text)?.[1]?.toLowerCase();
  // The word itself, not a relative ("what is love?" is not answered by "The Lovely Bones").
  const definition =
    defined !== undefined &&
    !NOT_DEFINED.has(defined) &&
    [...matched].every((word) => word === defined || word === `${defined}s`);
  return matched.size >= 2 || definition;
}

/**
 * Whether a question asks about something: one of its content words (`Library.wordsHeld`) is none of its
 * frame ("time" of "what time is it?"), filler or small talk ("what?", "how are you"), and it is not put to
 * the bot ("what is your name?"). Such a question is a search, answered "no passage matches" when nothing
 * does.
 */
function asksOfSomething(text: string, words: readonly string[]): boolean {
  if (!isQuestionOfLibrary(text)) return false;
  const frame = frameNoun(text);
  return words.some(
    (word) => word !== frame && word.split(' ').some((part) => !FILLER.has(part) && !SMALL_TALK.has(part)),
  );
}

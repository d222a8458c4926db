import { editDistance } from '../search/edit-distance.js';
import { STOPWORDS } from '../text/stopwords.js';
import {
  ITEM_NOUN,
  ITEM_NOUNS,
  ITEM_NOUN_OR_PLURAL,
  ITEM_PLURAL,
  OWN_ITEM_NOUN_OR_PLURAL,
  PLAIN_ITEM_PLURAL,
} from './item-nouns.js';
import { EVERYDAY_KINDS } from './text-kind.js';

/** What a keyword of a free-text request asks for. */
export type IntentKeyword = 'summary' | 'quote' | 'help' | 'articles';

/** Keywords in their right spelling; a misspelling within the typo budget counts ("sumarize", "qoute"). */
export const KEYWORDS: ReadonlyMap<string, IntentKeyword> = new Map([
  ...'summarize summarise summary summaries summarization summarisation tldr eli5 gist overview recap synopsis nutshell'
    .split(' ')
    .map((word) => [word, 'summary'] as const),
  ...'quote quotes quotation quotations cite citation'.split(' ').map((word) => [word, 'quote'] as const),
]);

// Real words a typo-tolerant match would turn into a keyword ("quite" is one letter from "quote"), for when
// no dictionary says which words are real.
const NOT_TYPOS = new Set(['quite', 'quota', 'quotas', 'quoth', 'gift', 'reap', 'summer', 'summit']);

// Words the dictionary has that people mostly type for a keyword: misspellings all the same.
const MISSPELT_KEYWORDS = new Set(['summery', 'summerize', 'summerise']);

/**
 * The keyword a word is, or is a misspelling of (one typo, two in words of 8+ letters, same first letter:
 * "sumarize", "summerize", "tdlr", "qoute"), or undefined. A word `isWord` says is real is no misspelling
 * ("city" is not "cite", "submarines" not "summaries").
 */
export function keywordOf(
  word: string,
  isWord?: (word: string) => boolean,
): { keyword: string; intent: IntentKeyword } | undefined {
  const exact = KEYWORDS.get(word);
  if (exact) return { keyword: word, intent: exact };
  if (word.length < 4 || NOT_TYPOS.has(word)) return undefined;
  const budget = word.length >= 8 ? 2 : 1;
  for (const [keyword, intent] of KEYWORDS) {
    if (keyword.length < 4 || keyword[0] !== word[0]) continue;
    if (editDistance(word, keyword, budget) > budget) continue;
    return isWord?.(word) && !MISSPELT_KEYWORDS.has(word) ? undefined : { keyword, intent };
  }
  return undefined;
}

/** Phrases that ask for a summary without a keyword: "what's it about", "sum it up", "the main points". */
export const SUMMARY_PHRASES: readonly RegExp[] = [
  new RegExp(
    String.raw`\bwhat(?: is|s)? (?:it|this|that|(?:the|this|that) (?:${ITEM_NOUN}|one))(?: all| really)? about\b`,
  ),
  // "what's the uganda story about?", "what is the wilson speech about", "what's wilson's speech about?"
  // (read without its "'s"): the named article's summary.
  new RegExp(
    String.raw`\bwhat(?: is|s)? (?:the (?:[\p{L}\p{N}'’&-]+ ){1,4}|[\p{L}\p{N}-]+ )${ITEM_NOUN}(?: all| really)? about\b`,
    'u',
  ),
  new RegExp(
    String.raw`\bwhat (?:does|do|did) (?:it|this|that|he|she|the (?:${ITEM_NOUN}|author|writer)|this ${ITEM_NOUN})(?: really)? (?:say|says|think|argue|claim|write|conclude)\b`,
  ),
  // "what do the articles say about X": a topic summary, across the library when it has several articles.
  new RegExp(
    String.raw`\bwhat (?:do|does|did) (?:all )?(?:the|your|my|these|those) (?:(?:whole|entire) )?(?:${ITEM_PLURAL}|library)(?: all| really)? (?:say|says|think|write|argue)\b`,
  ),
  // "what does the library article say about money?": the article named, on money.
  new RegExp(
    String.raw`\bwhat (?:does|do|did) the (?:[\p{L}\p{N}'’&-]+ ){1,4}${ITEM_NOUN} (?:say|says|think|argue|claim|write|conclude)\b`,
    'u',
  ),
  /\bwhat(?: is|s)? (?:the|its|his|her) (?:point|argument|thesis|main idea|takeaway|conclusion|bottom line|upshot)\b/,
  // "show me what it says about sanctions": all it says about them.
  new RegExp(
    String.raw`\bwhat (?:it|this|the (?:${ITEM_NOUN}|author)|(?:the|all the) ${ITEM_PLURAL}|they) (?:says?|thinks?|writes?) about\b`,
  ),
  /\btell (?:me|us) (?:more |everything |all )?about\b/,
  /\bwhat (?:do|does|did) (?:you|u) know about\b/,
  // "sum up", "sum it up", "sum it all up", "sum them up", "sum everything up", "sum all of it up".
  /\bsum(?:s|med|ming)? (?:(?:it|this|that|them|things|everything|the article)(?: all)? |all (?:of )?(?:(?:it|this|that|them) )?)?up\b/,
  /\b(?:main|key) (?:points?|ideas?|arguments?|takeaways?)\b/,
  /\bbreak (?:it|this) down\b/,
  new RegExp(String.raw`\bexplain (?:it|this|the ${ITEM_NOUN})\b`),
  /\b(?:short|shorter|long|longer|quick|brief) version\b/,
];

/**
 * Words that ask for a quote as a card (an image): "as a card", "as a quote card", "as an image", "make it a
 * card", "send it as a card".
 */
export const AS_A_CARD = String.raw`(?:(?:and )?(?:make|turn) (?:it|that|this)(?: into)?|(?:(?:send|show|give|post|get) (?:me )?(?:it|that|this) )?(?:as|into)) (?:a|an)(?: quote)? (?:card|image)`;

const CARD_AT_END = new RegExp(
  String.raw`(?:^|[\s,]+)${AS_A_CARD}(?:[\s,]+(?:please|pls|plz|thanks|thx))?[\s.!?]*$`,
  'iu',
);

/**
 * The words of a request without the card words that end it ("bees as a card" → "bees"), or undefined when
 * they do not end it: the request is then for a card, of the words before.
 */
export function withoutCardWords(text: string): string | undefined {
  const match = CARD_AT_END.exec(text);
  return match ? text.slice(0, match.index).trim() : undefined;
}

/** Phrases that ask for a quote without a keyword: "find a line about …", "search for …". */
export const QUOTE_PHRASES: readonly RegExp[] = [
  /\b(?:find|give|show|get|send) (?:me )?(?:a |an |the |one )?(?:line|sentence|passage|bit|excerpt)s?\b/,
  /\bsearch(?: for)?\b/,
  /\blook (?:up|for)\b/,
  // "anything on the election?", "got something about covid", "what's new on north korea".
  /\b(?:anything|something)(?: (?:good|nice|interesting|new))? (?:on|about|regarding|concerning|related to)\b/,
  /\bwhat(?: is|s)? new (?:on|about|with|in)\b/,
  // "latest news on the dollar", "any news about kim?".
  /\b(?:latest|any|recent|the) news (?:on|about|regarding|of)\b/,
  // "is there anything about covid?", "do you have something on sanctions", "does the article mention X".
  /\b(?:is|are) there (?:anything|something|any|a (?:quote|line|passage)|quotes|lines|passages)\b/,
  /\b(?:do|does|did) (?:you|u) (?:have|know|got) (?:anything|something|any|a (?:quote|line|passage)|quotes|lines)\b/,
  new RegExp(
    String.raw`\b(?:does|do|did) (?:it|this|they|the (?:${ITEM_NOUN_OR_PLURAL}|library)|any ${ITEM_NOUN_OR_PLURAL}) (?:mention|mentions|talk about|discuss|cover)\b`,
  ),
];

export const HELP_PHRASES: readonly RegExp[] = [
  /^(?:help|commands|usage|\?+)$/,
  /\bhelp\b/,
  /\bwhat (?:can|do) you do\b/,
  /\bhow (?:do|does|can) (?:i|you|this|it) (?:use|work)\b/,
];

/** "stop", "unsubscribe" alone: about the daily posts, which `/daily` sets (help shows it in full). */
export const DAILY_ALONE =
  /^(?:stop|unsubscribe|subscribe|cancel|pause|mute|unmute)(?: it| this| that| please| pls)?$/;

/**
 * Setting up daily posts ("set a daily quote at 9am", "stop posting every day", "post a quote every morning",
 * "send a daily quote here"): `/daily` does that, and help says how; not a quote of the words "daily" and
 * "9am". A verb of setting or of posting, a word of a time that comes round (each day, each morning, each
 * Monday) and one of posts. "daily quote please" has no verb: it asks for a quote now.
 */
export const DAILY_SETTING: readonly RegExp[] = [
  /\b(?:set|setup|schedule|start|stop|cancel|subscribe|unsubscribe|turn on|turn off|enable|disable|pause|change|move|post|send|share|drop)\b/,
  /\b(?:daily|every ?day|each day|(?:every|each|on) (?:morning|afternoon|evening|night|weekday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)s?|(?:once |one )?a day)\b/,
  /\b(?:quotes?|posts?|posting|messages?)\b/,
];

/** Of those, the ones that stop daily posts ("stop posting every day"): the whole `/daily` help says how. */
export const DAILY_STOPPING = /\b(?:stop|cancel|unsubscribe|turn off|disable|pause)\b/;

/** A quote of the day, which any quote is: "what's the quote of the day?", "daily quote please". */
export const QUOTE_OF_THE_DAY =
  /\b(?:quote|thought|line)s? (?:of|for) (?:the |to)?day\b|\b(?:daily|todays|today's) (?:quote|thought)\b|\bquotes? today\b/;

/**
 * Where a question about the articles begins: the message's start, after a word of asking ("do you know
 * who…", "i wonder who…") or of talk ("so who…"). Elsewhere "who wrote the article" is a relative clause of
 * a statement ("the woman who wrote the article about mary poppins cried"), which is searched.
 */
const ASKED = String.raw`(?:^|\b(?:know|tell me|wonder|ask|asking|remind me|idea|guess|curious)\s+)(?:(?:and|so|but|ok|okay|hey|also|btw|then|oh|question)\s+)*`;
/**
 * What the articles are called when their own facts are asked of them: not "the report" nor "the letter", whose
 * writer is as often one an article tells of ("who wrote the report?").
 */
const ARTICLE_WORD = OWN_ITEM_NOUN_OR_PLURAL;
/** What is asked of an article's publication: "when was it published", "when was the speech given". */
const PUBLISHED = '(?:published|written|posted|given|delivered)';
/**
 * What the articles' own facts are asked of: them, or nothing after ("who's the author?"), or one named by
 * what it is about ("who wrote the yukos article?", "when was the article about bees published?"). "That" and
 * "this" followed by other words begin what was written ("who wrote that the economy grew"), which is
 * searched.
 */
const OF_ARTICLES = String.raw`(?:it|(?:this|that)(?! (?!(?:one|${ARTICLE_WORD}|${PUBLISHED})\b)[\p{L}\p{N}])|these|them|the (?:[\p{L}\p{N}'’&-]+ ){0,4}${ARTICLE_WORD}(?: (?:about|on|regarding)(?: [\p{L}\p{N}'’&-]+){1,6}?)?)\b`;

/**
 * Whose articles a list asks for, and what about: "list the articles by reagan", "what articles are there by
 * reagan?", "which articles are by the bbc?", "which speeches did obama give about jobs?": the author's words,
 * then what about, if anything.
 * Read on the message as typed, and among `ARTICLES_PHRASES` on the folded one.
 */
export const ARTICLES_BY: readonly RegExp[] = [
  new RegExp(
    String.raw`\b(?:which|what|list|show|find|any)(?: me)?(?: the| all| all the| your)? ${ITEM_PLURAL}(?: (?:are there|is there|do you have|have you got|are|were))? (?:written |given |delivered )?by (.+?)(?: (?:about|on|regarding) (.+?))?[\s?!.]*$`,
    'iu',
  ),
  new RegExp(
    String.raw`\b(?:which|what) ${ITEM_PLURAL} (?:did|has|have|does|do) (.+?) (?:write|written|writes|give|given|deliver|delivered|publish|published)(?: (?:about|on|regarding) (.+?))?[\s?!.]*$`,
    'iu',
  ),
  // "papers by lindqvist", "all the speeches by obama": the message is only the list it names.
  new RegExp(
    String.raw`^(?:(?:the|all|all the) )?${ITEM_PLURAL} (?:written |given |delivered )?by (.+?)(?: (?:about|on|regarding) (.+?))?[\s?!.]*$`,
    'iu',
  ),
];

export const ARTICLES_PHRASES: readonly RegExp[] = [
  ...ARTICLES_BY,
  // Narrow on purpose: another noun alone ("letters", "speeches") is a search for it.
  /^(?:list|articles|the articles|library|the library|catalog|catalogue)$/,
  // Who wrote it, when, where: the list says (title, author, publication, date). Of something else ("who is
  // the author of the da vinci code", "the title of the sequel"), the articles may say: that is searched.
  new RegExp(`${ASKED}who (?:wrote|writes|authored|is the (?:author|writer) of) ${OF_ARTICLES}`, 'u'),
  new RegExp(`${ASKED}who(?: is|s)? the (?:author|writer)(?:$| of ${OF_ARTICLES})`, 'u'),
  new RegExp(String.raw`\bwhen (?:was|were) (?:they|${OF_ARTICLES}) ${PUBLISHED}\b`, 'u'),
  // "who wrote about bees?": the list of the articles about it.
  new RegExp(`${ASKED}who (?:wrote|writes|has written|have written) (?:about|on|regarding) `, 'u'),
  new RegExp(
    String.raw`\bwhat(?: is|s) the (?:title|headline|source|publication)(?:$| of ${OF_ARTICLES})`,
    'u',
  ),
  new RegExp(
    String.raw`\bwhere (?:is|was|does) (?:it|this|that|the ${ITEM_NOUN}) (?:from|published|come from)\b`,
  ),
  new RegExp(String.raw`\b(?:list|show)(?: me)?(?: the| all| your)? ${ITEM_PLURAL}\b`),
  new RegExp(String.raw`\b(?:which|what) ${PLAIN_ITEM_PLURAL}\b`),
  // "which article is about bees?", "what article talks about coffee?": the list of those about it.
  new RegExp(
    String.raw`\b(?:which|what) ${ITEM_NOUN} (?:is about|was about|talks about|mentions|discusses|covers)\b`,
  ),
  new RegExp(String.raw`\bhow many ${PLAIN_ITEM_PLURAL}\b`),
  // "what's the latest article?": the list, newest first.
  // Of another noun only after "the" and not "last": "his last speech" is what he said, not the list.
  /\b(?:the |your )?(?:latest|newest|most recent|last) (?:articles?|pieces?|stories|story)\b/,
  new RegExp(String.raw`\b(?:the|your) (?:latest|newest|most recent) ${OWN_ITEM_NOUN_OR_PLURAL}\b`),
  // "show me articles about oil": the list, of those about it (see `ARTICLES_ABOUT`).
  new RegExp(
    String.raw`\b(?:list|show|find|any)(?: me)?(?: the| all| your)? ${ITEM_PLURAL} (?:about|on|mentioning|that mention)\b`,
  ),
  // "what are the articles about?": their titles say it.
  new RegExp(
    String.raw`\bwhat (?:are|were) (?:the |these |those |your |all the |all your )?${ITEM_PLURAL}(?: all| really)? about$`,
  ),
];

/**
 * What the articles a list asks for are about: "which articles mention india?", "show me articles about oil",
 * "who wrote the article about the da vinci code?", "who wrote about bees?", "when was the article about bees
 * published?". Read on the message as typed.
 */
export const ARTICLES_ABOUT = new RegExp(
  String.raw`\b(?:${ITEM_NOUN_OR_PLURAL}|wrote|written|writes)(?: (?:that|which))? (?:mentions?|mentioning|talks? about|talking about|discuss(?:es)?|discussing|covers?|covering|(?:is |are )?about|on|regarding)\s+(.+?)(?:\s+${PUBLISHED})?[\s?!.]*$`,
  'iu',
);

/** What a text of the library may be called: an article, or a speech, an essay… by its kind. */
export const TEXT_KINDS: ReadonlySet<string> = new Set(ITEM_NOUNS);
const TEXT_KIND = `(?:${[...TEXT_KINDS].join('|')})`;

/**
 * An article named in a request for its summary, read on the message as typed: "the article about mary
 * poppins", "the piece on the dollar", "the yukos article", "the BA story", "the lincoln speech" (the Bot
 * finds the article: by title, slug or author, else by its passages).
 */
export const ARTICLE_NAMED: readonly RegExp[] = [
  new RegExp(
    `\\b(?:the|that|this|your) ${TEXT_KIND} (?:about|on|called|titled|named|regarding) (.+?)(?:[\\s,]+(?:please|pls|plz|thanks|thx))?(?: in \\d+ sentences?)?[\\s?!.]*$`,
    'iu',
  ),
  new RegExp(
    `\\b(?:the|that|this) ((?:[\\p{L}\\p{N}'’&-]+ ){0,4}?[\\p{L}\\p{N}'’&-]+) ${TEXT_KIND}\\b`,
    'iu',
  ),
  // "wilson's speech", "kennedy's address": an article named by whose it is.
  new RegExp(`\\b([\\p{L}\\p{N}-]+)['’]s ${TEXT_KIND}\\b`, 'iu'),
];

/**
 * An everyday kind of text named alone, "the recipe" (see `EVERYDAY_KINDS`), which the Bot finds by the
 * article's title or its calling itself so. Not after words as a kind of `TEXT_KINDS` is: "the spending
 * review" is no review article, "the risk profile" no profile.
 */
const EVERYDAY_KIND = `(?:${Object.keys(EVERYDAY_KINDS).join('|')})`;

/**
 * An article named in a question (see `ARTICLE_MENTIONS`): "the da vinci article", "the article about oil",
 * "wilson's speech", "the recipe".
 */
const ARTICLE_REFERENCE = String.raw`(?:the|that|this) (?:[\p{L}\p{N}'’&-]+ ){0,4}?${TEXT_KIND}(?: (?:about|on|regarding)(?: [\p{L}\p{N}'’&-]+){1,6}?)?|[\p{L}\p{N}-]+['’]s ${TEXT_KIND}|(?:the|that|this) ${EVERYDAY_KIND}`;
/** What a question asks an article to say: "mention", "talk about", "say anything about". */
const MENTION_VERB = String.raw`(?:mention|mentions|mentioned|talk about|talks about|say anything about|say something about|discuss|cover|bring up|refer to)`;

/**
 * Whether an article named says something, read on the message as typed: "does the da vinci article mention
 * the vatican?", "does the article about da vinci talk about the pope?", "is the vatican in the da vinci
 * article?". A quote of `subject` within `article` (a reference to one, to read with `ARTICLE_NAMED`) answers
 * it.
 */
export const ARTICLE_MENTIONS: readonly RegExp[] = [
  new RegExp(
    String.raw`^(?:does|did|do) (?<article>${ARTICLE_REFERENCE}) ${MENTION_VERB} (?<subject>.+?)[\s?!.]*$`,
    'iu',
  ),
  new RegExp(
    String.raw`^(?:is|are|was|were) (?!there\b)(?<subject>.+?) (?:(?:mentioned|discussed|covered|named) )?in (?<article>${ARTICLE_REFERENCE})[\s?!.]*$`,
    'iu',
  ),
];

/**
 * A message that is only an article named by what it is about: "the wilson speech", "that yukos article?".
 */
export const ARTICLE_ALONE = new RegExp(
  `^(?:(?:the|that|this) (?:[\\p{L}\\p{N}'’&-]+ ){1,5}|[\\p{L}\\p{N}-]+['’]s )${TEXT_KIND}[\\s?!.]*$`,
  'iu',
);

/** Words that say which article by its place or kind, not by what it is about ("the whole article"). */
export const NOT_AN_ARTICLE_NAME: ReadonlySet<string> = new Set(
  `whole entire full first last latest newest new recent other second third same previous next main this that
  news long short`.split(/\s+/),
);

/** Words after which the rest of the message is the topic: "summarize the part about sanctions". */
export const TOPIC_MARKERS: ReadonlySet<string> = new Set(['about', 'on', 'regarding', 'concerning', 're']);

/**
 * Thanks among `SMALL_TALK`: answered "You're welcome!", not with what to try; in English and in a few other
 * languages' common words ("merci", "danke", "gracias", "grazie", "obrigado").
 */
export const THANKS: ReadonlySet<string> = new Set(
  'thanks thank thx thanx tysm ty cheers merci danke dank gracias grazie obrigado obrigada'.split(' '),
);

/** Words that make thanks bigger ("thank you so much", "many thanks", "much appreciated"): thanks still. */
export const THANKS_MORE: ReadonlySet<string> = new Set(
  'much lot lots many million appreciated appreciate beaucoup schon sehr vielen muchas mille'.split(' '),
);

/**
 * An acknowledgement or a laugh among `SMALL_TALK` ("ok", "lol", "cool", "good bot"): a light reply answers
 * it, not the opening prompt each time.
 */
export const ACKNOWLEDGEMENTS: ReadonlySet<string> = new Set(
  'ok okay cool nice great awesome lol haha wow yes yeah sure good hmm hm meh'.split(' '),
);

/** Greetings, thanks and chatter: answered with help, not "I did not understand". */
export const SMALL_TALK: ReadonlySet<string> = new Set(
  `hi hello hey heya hiya yo howdy sup hola ${[...THANKS].join(' ')} ok okay cool nice great awesome lol haha
  bye goodbye morning evening night good bot wow yes yeah no nope sure please pls how are you doing hmm hm huh
  umm um uh erm meh`.split(/\s+/),
);

/**
 * Words that may end a subject without belonging to it: "sanctions please", "the election part" (how long the
 * answer should be, "sanctions in detail", is one of `LENGTH_PHRASES`, wherever it stands).
 */
export const TRAILING_FILLER: ReadonlySet<string> = new Set([
  ...STOPWORDS,
  ...'please pls plz thanks thx part parts bit bits section stuff things article piece text'.split(/\s+/),
]);

/** Words that frame a request rather than name its subject. */
export const FILLER: ReadonlySet<string> = new Set([
  ...STOPWORDS,
  ...`whats what's can could would will please pls plz me give get show tell send provide want need like
  article articles piece text story post essay one author writer part parts bit bits section stuff things thing
  version quick quickly briefly brief short shorter long longer medium detailed detail depth full key main
  points point idea ideas argument arguments overall whole entire say says said think argue claim write
  something anything random good nice another line lines sentence sentences passage passages excerpt find
  search look kindly real really hey quotebot bot sum sums summed summing up it's explain break`.split(/\s+/),
]);

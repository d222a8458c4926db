import { STOPWORDS } from '../text/stopwords.js';
import { TOPIC_MARKERS } from './intent-words.js';
import { ITEM_NOUN_OR_PLURAL, ITEM_NOUNS, ITEM_PLURALS } from './item-nouns.js';

/**
 * A question how to do something with the bot, or what one of its things is: "how do I …", "how to …", "where
 * can I …", "what is a …", "what are …"; `rest` is the words after it. Not "can you …" nor "what is the …",
 * which ask the bot for something or the articles of something ("can you summarize it?", "what is the article
 * about?"). Read on the folded message.
 */
const HOW_TO =
  /^(?:(?:so|and|ok|okay|hey|hi|um) )*(?:how (?:do|does|can|could|should|would) (?:i|we|you|one|it|this|the|a|an)|how to|where (?:do|can|should) (?:i|we)|what(?: is|s) (?:a|an)|what are)\b ?(?<rest>.*)$/;

/** What a question about the bot's own things asks help on: adding articles, or the command that does it. */
export type BotThing = 'add-articles' | 'quote' | 'summary' | 'daily' | 'articles';

/**
 * The bot's own things a `HOW_TO` question may ask about, the first found answering: adding articles, which is
 * done outside chat (`quotebot import`), a card, the daily quote, a summary, the list, a quote.
 */
const BOT_THINGS: readonly { readonly pattern: RegExp; readonly thing: BotThing }[] = [
  {
    pattern: new RegExp(
      String.raw`\bimport(?:ing)?\b|\b(?:add|adding|upload|uploading|load|put|feed)\b(?: \S+){0,3} (?:${ITEM_NOUN_OR_PLURAL}|files?|documents?|content)\b|\b(?:my|our) own\b`,
    ),
    thing: 'add-articles',
  },
  { pattern: /\b(?:cards?|images?|pictures?)\b/, thing: 'quote' },
  { pattern: /\b(?:daily|schedule|every ?day)\b/, thing: 'daily' },
  { pattern: /\bsummar(?:y|ies|ize|ise)\b/, thing: 'summary' },
  { pattern: /\b(?:articles?|library)\b/, thing: 'articles' },
  { pattern: /\bquotes?\b/, thing: 'quote' },
];

/**
 * The words a `HOW_TO` question about the bot's own things is made of, besides small words: its things and
 * what one does with them. A question with any other word asks of the articles ("how do I get a quote about
 * taxes?" wants a quote).
 */
export const BOT_WORDS: ReadonlySet<string> = new Set([
  ...`add adding import importing upload uploading load put feed use using get make create set setup see list read
  ask change turn send share work works mean means new every day everyday file files document documents content
  folder card cards image images picture pictures daily schedule summary summaries summarize summarise quote quotes
  command commands bot quotebot library please pls`.split(/\s+/),
  ...ITEM_NOUNS,
  ...ITEM_PLURALS,
]);

/**
 * What a question about the bot's own things asks help on ("how do I add an article?": adding articles; "what
 * is a quote card?": `/quote`), as "what can you do?" asks for all of it; undefined when a word of it is none
 * of the bot's (see `BOT_WORDS`) or it is no such question.
 */
export function botThingAsked(corrected: string): BotThing | undefined {
  const rest = HOW_TO.exec(corrected)?.groups?.['rest'];
  if (rest === undefined) return undefined;
  const own = (word: string): boolean =>
    BOT_WORDS.has(word) || (STOPWORDS.has(word) && !TOPIC_MARKERS.has(word));
  if (!rest.split(' ').filter(Boolean).every(own)) return undefined;
  return BOT_THINGS.find(({ pattern }) => pattern.test(rest))?.thing;
}

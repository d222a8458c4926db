import { CHAT_SHORTHAND } from '../../src/bot/chat-shorthand.js';
import {
  ACKNOWLEDGEMENTS,
  FILLER,
  KEYWORDS,
  NOT_AN_ARTICLE_NAME,
  SMALL_TALK,
  TEXT_KINDS,
  THANKS,
  THANKS_MORE,
  TOPIC_MARKERS,
  TRAILING_FILLER,
} from '../../src/bot/intent-words.js';
import { BOT_WORDS } from '../../src/bot/bot-thing-asked.js';
import { LENGTH_PHRASES } from '../../src/bot/length-asked.js';
import { EVERYDAY_KINDS } from '../../src/bot/text-kind.js';
import { REQUEST_VERBS, STOPWORDS } from '../../src/text/stopwords.js';
import { COMMANDS, type CommandOption, type Library } from '../../src/index.js';
import { FRANC_LANGUAGES } from '../../runtime/languages.js';

/*
 * The words the bot reads a chat message by, taken from its own lists (not copied: a word added there is
 * fuzzed here), and the words of a library's articles. The intent parser's paths are reached by combinations
 * of the words it knows, which random text seldom hits.
 */

/** The alternatives of a pattern written `\b(?:a|b|c d)\b`: the length phrases ("in detail", "briefly"). */
const alternatives = (pattern: RegExp): string[] =>
  pattern.source
    .replace(/^\\b\(\?:/, '')
    .replace(/\)\\b$/, '')
    .split('|');

/**
 * Words one of the lists a subject is read by has and another nearly as large lacks ("thanks" may end a
 * subject as trailing filler but frames no request; "regarding" is a topic marker and no stopword): where the
 * parser's branches part, as in "what does it say about thanks?". Only the small differences: a large one
 * is most of a list, which the pools have already.
 */
export const BORDER_WORDS: readonly string[] = (() => {
  const lists = [FILLER, TRAILING_FILLER, SMALL_TALK, TOPIC_MARKERS, STOPWORDS];
  const words = new Set<string>();
  for (const a of lists)
    for (const b of lists) {
      const difference = [...a].filter((word) => !b.has(word));
      if (a !== b && difference.length <= 60) for (const word of difference) words.add(word);
    }
  return [...words];
})();

/**
 * The languages an article may be asked in or described by ("summarize the french article"): those the
 * runtime's detector tells, by the English names the bot reads them by, "foreign", and a word that is none.
 */
function languageNames(): string[] {
  const names = new Intl.DisplayNames(['en'], { type: 'language' });
  const named = FRANC_LANGUAGES.codes.flatMap((code) => {
    try {
      return [names.of(code)?.toLowerCase() ?? code];
    } catch {
      return [];
    }
  });
  return [...new Set([...named, 'english', 'foreign', 'klingon'])];
}

/** What the bot knows of chat, whatever the library: each list by its role in a message. */
export const BOT_VOCABULARY = {
  keywords: [...KEYWORDS.keys()],
  filler: [...FILLER],
  trailing: [...TRAILING_FILLER],
  smallTalk: [...SMALL_TALK],
  thanks: [...THANKS],
  thanksMore: [...THANKS_MORE],
  acknowledgements: [...ACKNOWLEDGEMENTS],
  topicMarkers: [...TOPIC_MARKERS],
  textKinds: [...TEXT_KINDS, ...Object.keys(EVERYDAY_KINDS)],
  placeWords: [...NOT_AN_ARTICLE_NAME],
  botWords: [...BOT_WORDS],
  requestVerbs: [...REQUEST_VERBS],
  shorthand: Object.keys(CHAT_SHORTHAND),
  border: BORDER_WORDS,
  lengths: LENGTH_PHRASES.flatMap(({ pattern }) => alternatives(pattern)),
  /** How questions begin, which the articles' facts and the follow-ups are asked by. */
  questions:
    'who what when where why how which whose does did do is are was were can could would whats'.split(' '),
  languages: languageNames(),
} as const;

/** Values of an option as a person types them, right or wrong. */
function optionValues(option: CommandOption, words: readonly string[]): string[] {
  if (option.choices) return [...option.choices.map((choice) => choice.value), 'longest', ''];
  if (option.type === 'integer')
    return ['1', '2', '5', '50', '0', '-1', '51', '2.5', 'two', '1e309', '9'.repeat(20), ''];
  if (option.type === 'boolean') return ['true', 'false', 'yes', 'maybe', ''];
  return ['', ...words.slice(0, 12), '"two words"', '"unclosed'];
}

/**
 * Option forms of the commands a mention or a typed command may carry (`article:yukos`, `sentences:5`,
 * `length:long`, `page:2`), of the catalog's own options, and a misspelt name (`artcle:`).
 */
export function optionForms(words: readonly string[]): string[] {
  const options = new Map<string, CommandOption>();
  for (const command of COMMANDS)
    for (const option of [...command.options, ...(command.subcommands ?? []).flatMap((sub) => sub.options)])
      options.set(option.name, option);
  const forms = [...options.values()].flatMap((option) =>
    optionValues(option, words).map((value) => `${option.name}:${value}`),
  );
  return [...forms, 'artcle:x', 'sentence:3', 'lenght:short', 'limit:3'];
}

/** The words of a library a person would ask about: names, title words, slugs, and words its texts say. */
export interface LibraryWords {
  readonly names: readonly string[];
  readonly titleWords: readonly string[];
  readonly titles: readonly string[];
  readonly slugs: readonly string[];
  readonly textWords: readonly string[];
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const wordsIn = (text: string): string[] => text.match(WORD) ?? [];
const unique = (words: Iterable<string>): string[] => [...new Set(words)];

/** A library's words, drawn from every article's attribution and a few of its sentences. */
export function libraryWords(library: Library): LibraryWords {
  const articles = library.articles;
  const names = unique(
    articles.flatMap((article) => [
      article.meta.author,
      ...wordsIn(article.meta.author),
      article.meta.publication,
    ]),
  );
  const textWords = unique(
    articles.flatMap((article) =>
      article.sentences
        .filter((_, index) => index % 3 === 0)
        .slice(0, 12)
        .flatMap((sentence) => wordsIn(sentence.text).filter((word) => word.length > 3)),
    ),
  );
  return {
    names,
    titleWords: unique(articles.flatMap((article) => wordsIn(article.meta.title))),
    titles: articles.map((article) => article.meta.title),
    slugs: articles.map((article) => article.slug),
    textWords,
  };
}

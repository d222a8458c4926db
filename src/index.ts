/**
 * quotebot's core: content parsing, search, summaries and the bot's decisions, free of platform code and
 * I/O. Adapters and the runtime import from here; nothing here imports them.
 */
export * from './content/article.js';
export { parseArticle } from './content/parse-article.js';
export { SLUG_PATTERN } from './content/slug.js';
export { sameTextFiles, type NamedBody } from './content/same-text.js';
export * from './errors.js';
export { Library, LibraryBuild, type IndexCoverage, type IndexSnapshot } from './library.js';
export type { ListLoader } from './search/index-data.js';
export type { LanguageDetector } from './text/language-names.js';
export type { IndexMemory } from './search/index-update.js';
export { DEFAULT_SEARCH_OPTIONS, type SearchOptions } from './search/options.js';
export {
  inDictionary,
  NO_LEXICON,
  RelationKind,
  TextLexicon,
  type Lexicon,
  type LexiconSource,
  type RelatedWord,
  type TopicWord,
} from './search/lexicon.js';
export * from './search/result.js';
export * from './commands/definition.js';
export * from './commands/command.js';
export * from './commands/catalog.js';
export * from './commands/run.js';
export * from './commands/cooldown.js';
export { parseCommandText, parseCommandInput, closestName } from './commands/command-text.js';
export * from './bot/requests.js';
export { Bot, ARTICLES_PAGE_SIZE, QUOTE_MATCH_CAP, type LibrarySource } from './bot/bot.js';
export { summarize, type Summary, type SummaryLength, type SummaryRequest } from './summary/summarize.js';
export type { LeftOutSteps } from './summary/select.js';
export { DEFAULT_SUMMARY_OPTIONS, SUMMARY_LENGTHS, type SummaryOptions } from './summary/options.js';
export { cleanTopic, type TopicFinder } from './summary/topic.js';
export { shownWithNames, type NameNote, type SummarySentence } from './summary/full-names.js';
export {
  summarizeLibrary,
  wantsLibrarySummary,
  type ArticleExcerpt,
  type LibraryFinder,
  type LibrarySummary,
  type LibrarySummaryRequest,
} from './summary/library-summary.js';
export { parseIntent, type IntentOptions } from './bot/intent.js';
export { converse, followUp, followUpCommand, remembered } from './bot/conversation.js';
export {
  CONVERSATION_LIMITS,
  Conversations,
  type Conversation,
  type ConversationKey,
} from './bot/conversations.js';
export * from './daily/index.js';
export * from './import/index.js';
export * from './card/index.js';

/**
 * quotebot's core: content parsing, search, summaries and the bot's decisions, free of platform code and
 * I/O. Adapters and the runtime import from here; nothing here imports them.
 */
export * from './content/article.js';
export { parseArticle, SLUG_PATTERN } from './content/parse-article.js';
export * from './errors.js';
export { Library } from './library.js';
export { DEFAULT_SEARCH_OPTIONS, type SearchOptions } from './search/options.js';
export * from './search/result.js';
export * from './bot/commands.js';
export * from './bot/requests.js';
export { Bot, ARTICLES_PAGE_SIZE } from './bot/bot.js';
export { summarize, type Summary, type SummaryLength } from './summary/summarize.js';
export * from './bot/command-text.js';

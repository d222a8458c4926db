import type { BotCommand } from '../commands/command.js';
import type { Library } from '../library.js';
import type { LanguageDetector } from '../text/language-names.js';
import { answerWords } from './library-questions.js';
import { commandsWithLibraryExamples, libraryExampleWord } from './library-examples.js';
import type { CompareAsked, Comparison } from './compare-asked.js';
import type { BotReply, BotRequest } from './requests.js';

/**
 * `/help`: one command in full (`command`), with examples that work on this library; else words the bot did
 * not read as a command (`unknown`) answered when they ask of the library (`answerWords`, whose quotes take
 * `random` and `languages`), or every command with a word to try.
 */
export function helpReply(
  library: Library,
  request: Extract<BotRequest, { kind: 'help' }>,
  commands: readonly BotCommand[],
  random: () => number,
  languages: LanguageDetector | undefined,
): BotReply {
  const one = commands.find((command) => command.name === request.command?.toLowerCase());
  if (one)
    return {
      kind: 'help',
      commands: commandsWithLibraryExamples([one], library),
      detail: true,
      ...(request.setUp ? { setUp: true as const } : {}),
    };
  return (
    (request.unknown && answerWords(library, request.unknown, random, languages)) || {
      kind: 'help',
      commands: commandsWithLibraryExamples(commands, library),
      ...(request.unknown ? { unknown: request.unknown } : {}),
      ...(request.brief ? { brief: true as const } : {}),
      ...(request.addArticles ? { addArticles: true as const } : {}),
      ...(request.chatter ? { chatter: request.chatter } : {}),
      ...(request.compare ? { compare: comparison(library, request.compare) } : {}),
      example: libraryExampleWord(library),
    }
  );
}

/**
 * Of each author compared, their name in the library and whether a passage of theirs has the topic; of each
 * article compared, its title and whether a passage of it has the topic.
 */
function comparison(library: Library, asked: CompareAsked): Comparison {
  if (asked.articles !== undefined)
    return {
      topic: asked.topic,
      authors: asked.articles.map((slug, i) => ({
        typed: asked.authors[i]!,
        name: library.article(slug)?.meta.title ?? slug,
        article: slug,
        speaks: asked.topic === '' || library.search({ query: asked.topic, slug, limit: 1 }).hits.length > 0,
      })),
    };
  return {
    topic: asked.topic,
    authors: asked.authors.map((typed) => ({
      typed,
      name: library.authorCalled(typed) ?? typed,
      speaks:
        asked.topic === '' || library.search({ query: asked.topic, author: typed, limit: 1 }).hits.length > 0,
    })),
  };
}

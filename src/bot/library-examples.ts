import type { BotCommand } from '../commands/command.js';
import { exampleValueOf } from '../commands/command-text.js';
import type { UsageError } from '../commands/definition.js';
import type { Library } from '../library.js';
import { exampleValues, withLibraryExamples } from './help-examples.js';

/**
 * A word to look for in the line saying what to try: the bundled article's "election" where it finds (see
 * `Bot.exampleWord`).
 */
export function libraryExampleWord(library: Library): string {
  const values = exampleValues(library, (input) => library.articleNamed(input));
  return values?.words('election') ?? 'election';
}

/**
 * The commands with examples that work on this library (one's own lacks the bundled article's "ballbach"),
 * each article named as `/quote` finds it (`Bot.resolveArticle`).
 */
export function commandsWithLibraryExamples(
  commands: readonly BotCommand[],
  library: Library,
): readonly BotCommand[] {
  return withLibraryExamples(commands, library, (input) => library.articleNamed(input));
}

/**
 * A usage error for an option named with no value (`author:`) with the value this library's examples give
 * it, as `/help` shows them (see `Bot.withLibraryExample`).
 */
export function withLibraryExample(
  error: UsageError,
  commands: readonly BotCommand[],
  library: Library,
): UsageError {
  const command = commands.find((each) => each.name === error.command);
  if (error.problem !== 'empty-value' || error.option === undefined || command === undefined) return error;
  const [own] = commandsWithLibraryExamples([command], library);
  const example = exampleValueOf(own?.examples ?? [], error.option);
  return example === undefined ? error : { ...error, example };
}

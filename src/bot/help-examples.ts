import type { CommandDefinition } from '../commands/definition.js';
import type { Library } from '../library.js';
import { STOPWORDS } from '../text/stopwords.js';

/** Commands whose free words are words to look for (`/quote election`). */
const SEARCHING = new Set(['quote']);
/** Options whose value is words to look for. */
const WORD_OPTIONS = new Set(['topic', 'about', 'query']);
const TITLE_WORD = /^\p{L}{4,}$/u;

/** What the examples of a library use instead of what it lacks: its newest article's. */
interface Sample {
  readonly word: string;
  readonly author: string;
  readonly slug: string;
}

/**
 * The commands with examples that work on this library. The built-in examples are the bundled article's
 * (`/quote election`, `author:ballbach`, `article:north-korea`); in a library of one's own an author, an
 * article or words to look for that it lacks are replaced by its newest article's: its author's last name,
 * its slug, the longest word of its title that a search finds. Examples that work stay as they are.
 */
export function withLibraryExamples<Command extends CommandDefinition>(
  commands: readonly Command[],
  library: Library,
  namesArticle: (input: string) => boolean,
): readonly Command[] {
  const sample = sampleOf(library);
  if (sample === undefined) return commands;
  const finds = (words: string): boolean => library.search({ query: words, limit: 1 }, false).hits.length > 0;
  const rewrite = (example: string): string => {
    const [command, ...parts] = example.split(' ');
    const searching = SEARCHING.has(command?.replace(/^\//, '') ?? '');
    const free = parts.filter((part) => !part.includes(':'));
    const out: string[] = [command!];
    let wordsDone = false;
    for (const part of parts) {
      const colon = part.indexOf(':');
      if (colon < 0) {
        if (!searching) out.push(part);
        else if (!wordsDone) {
          out.push(finds(free.join(' ')) ? free.join(' ') : sample.word);
          wordsDone = true;
        }
        continue;
      }
      const name = part.slice(0, colon);
      const value = part.slice(colon + 1);
      if (name === 'author' && !library.hasAuthor(value)) out.push(`author:${sample.author}`);
      else if (name === 'article' && !namesArticle(value)) out.push(`article:${sample.slug}`);
      else if (WORD_OPTIONS.has(name) && !finds(value)) out.push(`${name}:${sample.word}`);
      else out.push(part);
    }
    return out.join(' ');
  };
  return commands.map((command) =>
    command.examples === undefined ? command : { ...command, examples: command.examples.map(rewrite) },
  );
}

/** A word to look for that this library has: the longest of its newest article's title that a search finds. */
export function exampleWord(library: Library): string | undefined {
  return sampleOf(library)?.word;
}

function sampleOf(library: Library): Sample | undefined {
  const article = library.articles[0];
  if (article === undefined) return undefined;
  const words = article.meta.title
    .split(/[^\p{L}]+/u)
    .filter((word) => TITLE_WORD.test(word) && !STOPWORDS.has(word.toLowerCase()))
    .sort((a, b) => b.length - a.length);
  // A word its sentences say, not only its title ("tiny" of "Tiny Note on Rain" finds the note through its title).
  const word = words
    .map((each) => each.toLowerCase())
    .find((each) => (library.search({ query: each, limit: 1 }, false).hits[0]?.highlights.length ?? 0) > 0);
  const author = article.meta.author.split(/\s+/).at(-1)?.toLowerCase() ?? '';
  return word === undefined || author === '' ? undefined : { word, author, slug: article.slug };
}

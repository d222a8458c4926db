import type { CommandDefinition } from '../commands/definition.js';
import type { Article } from '../content/article.js';
import type { Library } from '../library.js';
import { readsAsEnglish } from '../summary/concepts.js';
import { STOPWORDS } from '../text/stopwords.js';

/** Commands whose free words are words to look for (`/quote election`). */
const SEARCHING = new Set(['quote']);
/** Options whose value is words to look for. */
const WORD_OPTIONS = new Set(['topic', 'about', 'query']);
const TITLE_WORD = /^\p{L}{4,}$/u;

/** What the examples of a library use instead of what it lacks: its longest article's that can give them. */
interface Sample {
  readonly word: string;
  readonly author: string;
  readonly slug: string;
  /** The id of the passage the word finds there (`slug#12`, as `quote --json` gives it). */
  readonly id: string;
}

/**
 * What an example's values become in a library: each kept where it works there, else its longest article's
 * (its author's last name, its slug, the longest word of its title that a search finds). The chat's help and
 * the CLI's each take their own syntax apart and ask this of every value.
 */
export interface ExampleValues {
  /**
   * Words to look for; in `article` when the example names one (as `article` gave it back): a topic of an
   * article is one that article discusses ("/summary topic:sanctions article:quick-thought" answered that the
   * note does not discuss sanctions).
   */
  words(words: string, article?: string): string;
  author(name: string): string;
  article(name: string): string;
  /** A quote's id (`slug#12`): kept when the library has that quote, else the one its words find. */
  id(id: string): string;
}

/**
 * The values of examples that work on this library (see `ExampleValues`); undefined for an empty one.
 * `slugOf` is the article a value names, as the command that runs the example finds it. An article is kept
 * only when it names the longest article, and words only when the article the example names finds them, or
 * with none named the longest article or one whose title has them ("/summary topic:sanctions" beside an
 * article "Trade sanctions"): the bundled `article:north-korea` and `topic:sanctions` were kept in a library
 * that only mentioned North Korea and sanctions in passing, and the README promises the longest article's
 * slug and words.
 */
export function exampleValues(
  library: Library,
  slugOf: (input: string) => string | undefined,
): ExampleValues | undefined {
  const sample = sampleOf(library);
  if (sample === undefined) return undefined;
  const finds = (words: string, slug: string | undefined): boolean =>
    slug !== undefined && library.search({ query: words, slug, limit: 1 }, false).hits.length > 0;
  const subject = (words: string): boolean =>
    finds(words, sample.slug) || library.titledWith(words).some((article) => finds(words, article.slug));
  return {
    words: (words, article) =>
      (article === undefined ? subject(words) : finds(words, slugOf(article))) ? words : sample.word,
    author: (name) => (library.hasAuthor(name) ? name : sample.author),
    article: (name) => (slugOf(name) === sample.slug ? name : sample.slug),
    id: (id) => (library.quoteById(id) === undefined ? sample.id : id),
  };
}

/**
 * The commands with examples that work on this library. The built-in examples are the bundled article's
 * (`/quote election`, `author:ballbach`, `article:north-korea`); in a library of one's own an author it lacks,
 * an article other than its longest, or words that article lacks are replaced by its longest article's (see
 * `exampleValues`). Examples that work on the longest article stay as they are.
 */
export function withLibraryExamples<Command extends CommandDefinition>(
  commands: readonly Command[],
  library: Library,
  slugOf: (input: string) => string | undefined,
): readonly Command[] {
  const values = exampleValues(library, slugOf);
  if (values === undefined) return commands;
  const rewrite = (example: string): string => {
    const [command, ...parts] = example.split(' ');
    const searching = SEARCHING.has(command?.replace(/^\//, '') ?? '');
    const free = parts.filter((part) => !part.includes(':'));
    const named = parts.find((part) => part.startsWith('article:'))?.slice('article:'.length);
    const article = named === undefined ? undefined : values.article(named);
    const out: string[] = [command!];
    let wordsDone = false;
    for (const part of parts) {
      const colon = part.indexOf(':');
      if (colon < 0) {
        if (!searching) out.push(part);
        else if (!wordsDone) {
          out.push(values.words(free.join(' '), article));
          wordsDone = true;
        }
        continue;
      }
      const name = part.slice(0, colon);
      const value = part.slice(colon + 1);
      if (name === 'author') out.push(`author:${values.author(value)}`);
      else if (name === 'article') out.push(`article:${article}`);
      else if (WORD_OPTIONS.has(name)) out.push(`${name}:${values.words(value, article)}`);
      else out.push(part);
    }
    return out.join(' ');
  };
  return commands.map((command) =>
    command.examples === undefined ? command : { ...command, examples: command.examples.map(rewrite) },
  );
}

/**
 * A word to look for that this library has: the longest of its longest article's title that a search finds (of
 * the next longest when that one's title has none).
 */
export function exampleWord(library: Library): string | undefined {
  return sampleOf(library)?.word;
}

/**
 * The examples' values from the longest article that can give them all: one too short to have a title word its
 * sentences say ("A thought on tea": "Tea tastes better…") is passed over for the next, never for the bundled
 * article's words, which the library lacks. In a library mostly in English, the longest English article's:
 * an example in the one Chinese article's words ("/quote 城市里的自行车") tells most readers nothing.
 */
function sampleOf(library: Library): Sample | undefined {
  for (const article of inUsualLanguageFirst(library)) {
    const sample = sampleOfArticle(library, article);
    if (sample !== undefined) return sample;
  }
  return undefined;
}

const usualFirst = new WeakMap<Library, readonly Article[]>();

/**
 * The library's articles, longest first (`longestFirst`), those that read as English first when more than half of them do (as
 * summaries tell English, `readsAsEnglish`); as they are otherwise. Once per library: help asks often.
 */
function inUsualLanguageFirst(library: Library): readonly Article[] {
  const known = usualFirst.get(library);
  if (known !== undefined) return known;
  const longest = longestFirst(library);
  const english = new Set(longest.filter((article) => readsAsEnglish(article.body)));
  const ordered =
    2 * english.size > longest.length
      ? [...english, ...longest.filter((article) => !english.has(article))]
      : longest;
  usualFirst.set(library, ordered);
  return ordered;
}

/**
 * The library's articles, those with the most quotable sentences first, the newer first of an equal count: a
 * library's main texts, not the short table or notes added last (a teacher's "themes at a glance" made every
 * example "/quote themes").
 */
function longestFirst(library: Library): readonly Article[] {
  const sentences = new Map(library.articles.map((article) => [article, library.quotable(article).length]));
  return [...library.articles].sort((a, b) => sentences.get(b)! - sentences.get(a)!);
}

function sampleOfArticle(library: Library, article: Article): Sample | undefined {
  const words = article.meta.title
    .split(/[^\p{L}]+/u)
    .filter((word) => TITLE_WORD.test(word) && !STOPWORDS.has(word.toLowerCase()))
    .sort((a, b) => b.length - a.length);
  // A word its sentences say, not only its title ("tiny" of "Tiny Note on Rain" finds the note through its
  // title).
  const hitOf = (word: string) =>
    library.search({ query: word, slug: article.slug, limit: 1 }, false).hits[0];
  const word = words
    .map((each) => each.toLowerCase())
    .find((each) => (hitOf(each)?.highlights.length ?? 0) > 0);
  const hit = word === undefined ? undefined : hitOf(word);
  const author = article.meta.author.split(/\s+/).at(-1)?.toLowerCase() ?? '';
  return word === undefined || hit === undefined || author === ''
    ? undefined
    : { word, author, slug: article.slug, id: hit.passage.id };
}

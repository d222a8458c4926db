import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArticle, type Article } from '../src/index.js';

/** One article of the evaluation set, read both as the bot reads it and as its file's lines. */
export interface EvalArticle {
  /** "business/001". */
  readonly name: string;
  /** The file's topic folder ("business", "entertainment"): used to split the set for cross-validation. */
  readonly group: string;
  readonly article: Article;
  /** The body's sentences as the file gives them, one a line, in order (the unit of precision). */
  readonly lines: readonly string[];
  /** Paragraph (0-based) of each line. */
  readonly lineParagraphs: readonly number[];
  /** Indices into `lines` that the person's reference summary chose. */
  readonly reference: ReadonlySet<number>;
  /** Index into `lines` of each of the article's passages (`article.sentences`). */
  readonly lineOfPassage: readonly number[];
}

/**
 * The development set: `--dir <path>` when given, else `../shared/eval/bbc-dev` beside the repository
 * (resolved from this file, so the bench runs from any working directory), else that path from the
 * working directory.
 */
export function evalDir(argv: readonly string[] = process.argv): string {
  const flag = argv.indexOf('--dir');
  if (flag >= 0 && argv[flag + 1]) return resolve(argv[flag + 1]!);
  const candidates = [
    resolve(import.meta.dirname, '..', '..', 'shared', 'eval', 'bbc-dev'),
    resolve(import.meta.dirname, '..', '..', '..', 'shared', 'eval', 'bbc-dev'),
    resolve(process.cwd(), '..', 'shared', 'eval', 'bbc-dev'),
  ];
  const found = candidates.find((dir) => existsSync(join(dir, 'article')));
  if (!found) throw new Error(`no evaluation set: looked in ${candidates.join(', ')}; pass --dir <path>`);
  return found;
}

/** Reads one article file (headline, blank line, paragraphs of one sentence a line) as a content file. */
function readArticle(name: string, text: string, summary: string): EvalArticle {
  const [headline = '', ...rest] = text.replace(/\r/g, '').split('\n');
  const paragraphs = rest
    .join('\n')
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.length > 0),
    )
    .filter((block) => block.length > 0);
  const lines = paragraphs.flat();
  const lineParagraphs = paragraphs.flatMap((block, p) => block.map(() => p));
  const source = [
    '---',
    `title: ${JSON.stringify(headline.trim())}`,
    'author: BBC News',
    'publication: BBC News',
    'date: 2005-01-01',
    '---',
    '',
    paragraphs.map((block) => block.join(' ')).join('\n\n'),
    '',
  ].join('\n');
  const slug = `bbc-${name.replace('/', '-')}`;
  const article = parseArticle(`${slug}.md`, source);
  // Where each line starts in the parsed body, found in order (the body joins a paragraph's lines with
  // spaces).
  const starts: number[] = [];
  let cursor = 0;
  for (const line of lines) {
    const at = article.body.indexOf(line, cursor);
    starts.push(at < 0 ? cursor : at);
    if (at >= 0) cursor = at + line.length;
  }
  const lineOfPassage = article.sentences.map((passage) => {
    let best = 0;
    for (const [i, start] of starts.entries()) if (start <= passage.start) best = i;
    return best;
  });
  const wanted = new Set(
    summary
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0),
  );
  const reference = new Set(lines.flatMap((line, i) => (wanted.has(line) ? [i] : [])));
  return { name, group: name.split('/')[0]!, article, lines, lineParagraphs, reference, lineOfPassage };
}

/** Every article of the set with its reference summary, in a stable order (group, then file name). */
export function loadEvalSet(dir: string): EvalArticle[] {
  const out: EvalArticle[] = [];
  for (const group of readdirSync(join(dir, 'article')).sort()) {
    for (const file of readdirSync(join(dir, 'article', group)).sort()) {
      if (!file.endsWith('.txt')) continue;
      const text = readFileSync(join(dir, 'article', group, file), 'utf8');
      const summary = readFileSync(join(dir, 'summary', group, file), 'utf8');
      out.push(readArticle(`${group}/${file.replace(/\.txt$/, '')}`, text, summary));
    }
  }
  return out;
}

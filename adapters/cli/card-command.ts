import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  CARD_THEMES,
  cardRequestForHit,
  type CardTheme,
  type Library,
  type SearchResult,
} from '../../src/index.js';
import { noArticle, UsageError } from './usage.js';

/** `quotebot card <words> [--article SLUG] [--out card.png] [--theme light|dark]` */
export async function cardCommand(library: Library, args: string[]): Promise<string> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      article: { type: 'string', short: 'a' },
      out: { type: 'string', short: 'o', default: 'card.png' },
      theme: { type: 'string', default: 'light' },
    },
  });
  const query = positionals.join(' ');
  if (query.trim().length === 0)
    throw new UsageError('card needs words to look for, e.g. quotebot card election');
  const theme = values.theme as CardTheme;
  if (!CARD_THEMES.includes(theme)) throw new UsageError('--theme must be light or dark');
  const slug =
    values.article === undefined ? undefined : (library.resolveSlug(values.article) ?? values.article);
  const result = library.search({ query, slug, limit: 1 });
  const hit = result.hits[0];
  if (!hit) {
    const reason = noCardReason(result, values.article);
    // An article the library lacks is bad usage, as for every command.
    throw result.status === 'unknown-article' ? new UsageError(reason) : new Error(reason);
  }
  // Loaded here only: fonts, satori and resvg cost the other commands' start-up nothing.
  const { CardDrawer } = await import('../../runtime/card/draw-card.js');
  const card = await new CardDrawer().draw(cardRequestForHit(hit, theme));
  const path = resolve(values.out);
  try {
    await writeFile(path, card.png);
  } catch (error) {
    throw new Error(`cannot write the card to ${path}: ${writeProblem(error)}`);
  }
  const kb = Math.ceil(card.png.byteLength / 1024);
  const missing = card.missingGlyphs.length > 0 ? `\nno font has: ${card.missingGlyphs.join(' ')}` : '';
  return `${path} (${card.width}×${card.height} PNG, ${kb} KB)\n${card.altText}${missing}`;
}

function noCardReason(result: SearchResult, article: string | undefined): string {
  const suggestions =
    result.suggestions.length > 0 ? ` (did you mean ${result.suggestions.join(', ')}?)` : '';
  switch (result.status) {
    case 'unknown-article':
      return noArticle(article ?? '', result.suggestions);
    case 'query-too-long':
      return 'the words are too long to search for; no card written';
    case 'empty-query':
      return 'there are no words to search for; no card written';
    default:
      return `no sentence matches "${result.query}"${suggestions}; no card written`;
  }
}

function writeProblem(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'its folder does not exist';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  return (error as Error).message;
}

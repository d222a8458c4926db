import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  CARD_THEMES,
  cardRequestForHit,
  type BotReply,
  type CardTheme,
  type Library,
} from '../../src/index.js';
import type { TerminalStyle } from '../terminal/terminal-style.js';
import { plural } from '../shared/wording.js';
import { hitJson } from './json-shapes.js';
import { articleOption, QUOTE_PICK_OPTIONS } from './quote-pick.js';
import { noArticleError, UsageError } from './usage.js';

/** A quote's id as `quote --json` gives it: its article's slug, "#", its sentence's number. */
const QUOTE_ID = /^[^\s#]+#\d+$/u;

/**
 * `quotebot card [words | ID] [--author NAME] [--article SLUG] [--out card.png] [--theme light|dark] [--json]`:
 * the card of the quote `quotebot quote` shows first, asked the bot as `quote` asks it (no words: a random
 * quote, of that author or article), or of the quote whose id (`slug#12`, as `quote --json` gives it) is the
 * one word; with `--json`, the card's path and its quote as JSON. `random` is the source of the pick
 * (Math.random by default).
 */
export async function cardCommand(
  library: Library,
  args: string[],
  style: TerminalStyle,
  random: () => number = Math.random,
): Promise<string> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...QUOTE_PICK_OPTIONS,
      out: { type: 'string', short: 'o', default: 'card.png' },
      theme: { type: 'string', default: 'light' },
      json: { type: 'boolean' },
    },
  });
  const theme = values.theme as CardTheme;
  if (!CARD_THEMES.includes(theme)) throw new UsageError('--theme must be light or dark');
  const { Bot } = await import('../../src/bot/bot.js');
  const article = articleOption(library, values.article);
  const query = positionals.join(' ');
  const isId = positionals.length === 1 && QUOTE_ID.test(query);
  const byId = isId ? library.quoteById(query) : undefined;
  if (isId && byId === undefined) noQuoteOfId(library, query);
  const reply = byId
    ? undefined
    : new Bot(library, undefined, random).handle({
        kind: 'quote',
        query,
        article,
        author: values.author,
        card: true,
      });
  // "who is …?" is answered with the author, not a passage: its card is the search's best match.
  const hit =
    byId ??
    (reply?.kind === 'quote'
      ? reply.hit
      : reply?.kind === 'author'
        ? library.search({ query, slug: article, limit: 1 }).hits[0]
        : undefined);
  if (!hit) throw await noCard(reply!, style);
  // Loaded here only: fonts, satori and resvg cost the other commands' start-up nothing.
  const { CardDrawer } = await import('../../runtime/card/draw-card.js');
  // An interview's answer or a quotation is its speaker's, as in the chat (see `creditedTo`).
  const { passageSpeaker } = await import('../../src/content/passage-speaker.js');
  const whole = library.article(hit.passage.slug);
  const speaker = whole && passageSpeaker(whole, hit.passage, library.options.lexicon);
  const card = await new CardDrawer().draw(cardRequestForHit(hit, theme, speaker));
  const path = resolve(values.out);
  try {
    await writeFile(path, card.png);
  } catch (error) {
    throw new Error(`cannot write the card to ${path}: ${writeProblem(error)}`);
  }
  if (values.json)
    return JSON.stringify(
      {
        path,
        width: card.width,
        height: card.height,
        bytes: card.png.byteLength,
        altText: card.altText,
        missingGlyphs: card.missingGlyphs,
        quote: hitJson(hit, speaker),
      },
      null,
      2,
    );
  const kb = Math.ceil(card.png.byteLength / 1024);
  const missing = card.missingGlyphs.length > 0 ? `\nno font has: ${card.missingGlyphs.join(' ')}` : '';
  return `${path} (${card.width}×${card.height} PNG, ${kb} KB)\n${card.altText}${missing}`;
}

/**
 * An id (`slug#999`) of an article the library has, but of no quote in it: said so, with how many sentences
 * it has, rather than searched for as words that nothing matches. An id of no article is left to the search.
 */
function noQuoteOfId(library: Library, id: string): void {
  const at = id.lastIndexOf('#');
  const slug = id.slice(0, at);
  const article = library.article(slug);
  if (article === undefined) return;
  const count = article.sentences.length;
  const number = Number(id.slice(at + 1));
  if (number >= count)
    throw new Error(
      `"${slug}" has no sentence ${number}: it has ${plural(count, 'sentence')}, #0 to #${count - 1}; no card written`,
    );
  throw new Error(`${id} is a heading or a repeat of an earlier sentence, not a quote; no card written`);
}

/** Why no card was drawn: an article or author the library lacks is bad usage, as for every command. */
async function noCard(reply: BotReply, style: TerminalStyle): Promise<Error> {
  switch (reply.kind) {
    case 'unknown-article':
      return noArticleError(reply.article, reply.suggestions, reply.several);
    case 'unknown-author': {
      const { renderForTerminal } = await import('../terminal/render.js');
      return new UsageError(renderForTerminal(reply, style));
    }
    case 'invalid-query':
      return new Error(
        reply.reason === 'too-long'
          ? 'the words are too long to search for; no card written'
          : reply.reason === 'small-words'
            ? 'the words are only small words every sentence has ("the", "a"); give a word to look for; no card written'
            : 'there is no sentence to quote; no card written',
      );
    case 'no-match': {
      const meant = reply.suggestions.length > 0 ? ` (did you mean ${reply.suggestions.join(', ')}?)` : '';
      return new Error(`no sentence matches "${reply.query}"${meant}; no card written`);
    }
    default:
      return new Error('no sentence to quote; no card written');
  }
}

function writeProblem(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'its folder does not exist';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  return (error as Error).message;
}

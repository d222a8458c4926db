import type { QuoteReply, QuoteRequest } from '../../src/index.js';
import { DISCORD_LIMITS } from './limits.js';
import type { QuoteQuery, StateStore } from './state-store.js';

/** The quote buttons: their action letter in the custom_id. */
export const QuoteAction = { Next: 'n', Context: 'c', Post: 'p', Card: 'k' } as const;
export type QuoteAction = (typeof QuoteAction)[keyof typeof QuoteAction];

/** What a click asks for: the core's ready-made request, and whether the clicked message is private. */
export interface QuoteButtonState {
  readonly action: QuoteAction;
  readonly request: QuoteRequest;
  /** The message that holds the button is ephemeral: "Next" and "Context" keep it so. */
  readonly private: boolean;
}

/** The custom_id of each button a quote message shows (the adapter only encodes the core's follow-ups). */
export type QuoteButtonIds = Partial<Record<QuoteAction, string>>;

// q:<action>:<position or empty>:<withContext 0|1><private 0|1>[card 1][saidElse s][leadFirst l][opening o]:<article slug or empty>:
// @<author, URI-encoded, or empty>:[<speaker, URI-encoded, or empty>:]<query>, or, when that is longer than a
// custom_id may be, q:<action>:<position>:<flags>:~<key of the query, article, author and saidElse in the
// store>:. An empty position is a random quote's "Next" (pick another). The card, saidElse and leadFirst flags
// are written only when set (the speaker only with saidElse), and ids written before `author:` existed have no
// `@…:` part, so older ids still read. leadFirst is the order the position counts in (`QuoteRequest.leadFirst`),
// one letter in the head, so that it fits beside the query or the store's key alike; so is opening
// (`QuoteRequest.opening`), which the quote's footer says instead of "a random quote".
const CUSTOM_ID =
  /^q:([ncpk]):(\d{0,6}):([01])([01])(1?)(s?)(l?)(o?):([a-z0-9-]*|~[0-9a-z]+):(?:@([^:]*):)?([\s\S]*)$/;

/**
 * Encodes a quote reply's follow-ups as custom_ids; the query and article go to the store when they do
 * not fit. Runs before rendering, so that the renderer writes no state. "Context" already shown is a
 * disabled button, which still needs an id: it carries the quote itself.
 */
export function quoteButtonIds(
  reply: QuoteReply,
  isPrivate: boolean,
  store: StateStore<QuoteQuery>,
): QuoteButtonIds {
  const { next, context, share, card } = reply.followUps;
  const wanted: [QuoteAction, QuoteRequest, boolean][] = [];
  if (next) wanted.push([QuoteAction.Next, next, isPrivate]);
  const hasContext = reply.hit.context.before !== null || reply.hit.context.after !== null;
  if (context ?? hasContext) wanted.push([QuoteAction.Context, context ?? share, isPrivate]);
  if (isPrivate) wanted.push([QuoteAction.Post, share, false]);
  if (card) wanted.push([QuoteAction.Card, card, isPrivate]);
  const head = ([action, request, priv]: [QuoteAction, QuoteRequest, boolean]): string =>
    `q:${action}:${request.position ?? ''}:${request.withContext ? 1 : 0}${priv ? 1 : 0}${request.card ? 1 : ''}${request.saidElse ? 's' : ''}${request.leadFirst ? 'l' : ''}${request.opening ? 'o' : ''}:`;
  const author = `@${encodeURIComponent(share.author ?? '')}:`;
  const speaker = (request: QuoteRequest): string =>
    request.saidElse ? `${encodeURIComponent(request.saidElse.speaker ?? '')}:` : '';
  const inline = wanted.map(
    (button) => `${head(button)}${share.article ?? ''}:${author}${speaker(button[1])}${share.query}`,
  );
  const { query, article, author: by, saidElse } = share;
  const ids = inline.every((id) => id.length <= DISCORD_LIMITS.customId)
    ? inline
    : ((key) => wanted.map((button) => `${head(button)}~${key}:`))(
        store.put({ query, article, author: by, ...(saidElse ? { saidElse } : {}) }),
      );
  return Object.fromEntries(wanted.map(([action], i) => [action, ids[i]!]));
}

/**
 * The state in a quote button's custom_id: `undefined` for an id this version did not write, `'expired'`
 * when the query was kept in the store and is no longer there.
 */
export function readQuoteButton(
  customId: string,
  store: StateStore<QuoteQuery>,
): QuoteButtonState | 'expired' | undefined {
  const match = CUSTOM_ID.exec(customId);
  if (!match) return undefined;
  const [
    ,
    action,
    position,
    withContext,
    privateFlag,
    cardFlag,
    saidFlag,
    leadFlag,
    openingFlag,
    article,
    author,
    rest,
  ] = match;
  const said = saidFlag === 's';
  // The speaker's segment is there only when the flag says so: a query may hold a colon.
  const colon = said ? rest!.indexOf(':') : -1;
  let asked: QuoteQuery = {
    query: rest!.slice(colon + 1),
    article: article === '' ? undefined : article,
    author: author ? decodedName(author) : undefined,
    ...(said ? { saidElse: speakerOf(rest!.slice(0, Math.max(colon, 0))) } : {}),
  };
  if (article!.startsWith('~')) {
    const stored = store.get(article!.slice(1));
    if (!stored) return 'expired';
    asked = stored;
  }
  return {
    action: action as QuoteAction,
    private: privateFlag === '1',
    request: {
      kind: 'quote',
      query: asked.query,
      ...(asked.article === undefined ? {} : { article: asked.article }),
      ...(asked.author === undefined ? {} : { author: asked.author }),
      ...(position === '' ? {} : { position: Number(position) }),
      withContext: withContext === '1',
      ...(cardFlag === '1' ? { card: true } : {}),
      ...(said && asked.saidElse ? { saidElse: asked.saidElse } : {}),
      ...(leadFlag === 'l' ? { leadFirst: true } : {}),
      ...(openingFlag === 'o' ? { opening: true } : {}),
    },
  };
}

/** A "what else did he say?" quote's `saidElse`, from its speaker's segment (empty: no one named). */
function speakerOf(encoded: string): { readonly speaker?: string } {
  const speaker = decodedName(encoded);
  return speaker === undefined ? {} : { speaker };
}

function decodedName(encoded: string): string | undefined {
  try {
    return decodeURIComponent(encoded) || undefined;
  } catch {
    return undefined;
  }
}

/** The key of a query kept in the store, when the custom_id holds one (`~key`). */
export function storedQueryKey(customId: string): string | undefined {
  const article = CUSTOM_ID.exec(customId)?.[9];
  return article?.startsWith('~') ? article.slice(1) : undefined;
}

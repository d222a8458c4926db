import { DISCORD_LIMITS } from './limits.js';
import type { QuoteQuery, StateStore } from './state-store.js';

/** The quote buttons: their action letter in the custom_id. */
export const QuoteAction = { Next: 'n', Context: 'c', Post: 'p' } as const;
export type QuoteAction = (typeof QuoteAction)[keyof typeof QuoteAction];

/** What a click asks for: the quote request to run, and whether the clicked message is private. */
export interface QuoteButtonState extends QuoteQuery {
  readonly action: QuoteAction;
  /** The hit to show after the click. */
  readonly hit: number;
  readonly context: boolean;
  readonly private: boolean;
}

// q:<action>:<hit>:<context 0|1><private 0|1>:<article slug or empty>:<query>, or, when that is longer
// than a custom_id may be, q:<action>:<hit>:<flags>:~<key of the query and article in the store>.
const CUSTOM_ID = /^q:([ncp]):(\d{1,6}):([01])([01]):([a-z0-9-]*|~[0-9a-z]+):([\s\S]*)$/;

/** Custom ids for a message's quote buttons; the query and article go to the store if they do not fit. */
export function quoteButtonIds(
  buttons: readonly Omit<QuoteButtonState, keyof QuoteQuery>[],
  query: QuoteQuery,
  store: StateStore<QuoteQuery>,
): string[] {
  const head = (state: Omit<QuoteButtonState, keyof QuoteQuery>): string =>
    `q:${state.action}:${state.hit}:${state.context ? 1 : 0}${state.private ? 1 : 0}:`;
  const inline = buttons.map((state) => `${head(state)}${query.article ?? ''}:${query.query}`);
  if (inline.every((id) => id.length <= DISCORD_LIMITS.customId)) return inline;
  const key = store.put(query);
  return buttons.map((state) => `${head(state)}~${key}:`);
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
  const [, action, hit, context, privateFlag, article, query] = match;
  const base = {
    action: action as QuoteAction,
    hit: Number(hit),
    context: context === '1',
    private: privateFlag === '1',
  };
  if (article!.startsWith('~')) {
    const stored = store.get(article!.slice(1));
    return stored ? { ...base, ...stored } : 'expired';
  }
  return { ...base, query: query!, article: article === '' ? undefined : article };
}

/** The key of a query kept in the store, when the custom_id holds one (`~key`). */
export function storedQueryKey(customId: string): string | undefined {
  const article = CUSTOM_ID.exec(customId)?.[5];
  return article?.startsWith('~') ? article.slice(1) : undefined;
}

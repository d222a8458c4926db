import { DISCORD_LIMITS } from './limits.js';
import type { StateStore } from './state-store.js';

/** A suggestion picked in `/quote`'s autocomplete: the words typed and which of their hits was picked. */
export interface QuotePick {
  readonly query: string;
  readonly hit: number;
}

// An invisible separator: nobody types it, so a typed query is never read as a pick.
const MARK = '\u2063';

/**
 * The choice value for hit `hit` of `query`. Discord shows the choice's name (the sentence) and sends
 * back this value: the best hit is the query itself, the others carry their position after the mark;
 * a query too long for a choice value is kept in the store and the value holds its key.
 */
export function encodePick(pick: QuotePick, store: StateStore<QuotePick>): string {
  const inline = pick.hit === 0 ? pick.query : `${pick.query}${MARK}${pick.hit}`;
  if (inline.length <= DISCORD_LIMITS.choiceValue && pick.query.length > 0) return inline;
  return `${MARK}${store.put(pick)}`;
}

/** What a `/quote` query value asks for: typed words (hit 0) or a picked suggestion. */
export function decodePick(value: string, store: StateStore<QuotePick>): QuotePick | 'expired' {
  if (value.startsWith(MARK)) return store.get(value.slice(MARK.length)) ?? 'expired';
  const at = value.lastIndexOf(MARK);
  if (at < 0) return { query: value, hit: 0 };
  const hit = value.slice(at + MARK.length);
  return /^\d{1,4}$/.test(hit) ? { query: value.slice(0, at), hit: Number(hit) } : { query: value, hit: 0 };
}

/** The key of a pick kept in the store, when the choice value holds one. */
export function storedPickKey(value: string): string | undefined {
  return value.startsWith(MARK) ? value.slice(MARK.length) : undefined;
}

import { z } from 'zod';
import { SLACK_LIMITS } from './limits.js';

/** The action ids of the quote buttons. */
export const QuoteAction = {
  Next: 'quotebot_next',
  Context: 'quotebot_context',
  Share: 'quotebot_share',
} as const;
export type QuoteAction = (typeof QuoteAction)[keyof typeof QuoteAction];

/**
 * What a quote button needs to ask the bot again, kept in the button's `value`: the adapter stores
 * nothing between a reply and a click, so buttons work after a restart and on any instance.
 */
export interface QuoteState {
  readonly query: string;
  readonly article: string | undefined;
  readonly hit: number;
  readonly context: boolean;
  /** The message holding the button is ephemeral (only the clicker sees it). */
  readonly private: boolean;
}

const wire = z.object({
  v: z.literal(1),
  q: z.string(),
  a: z.string().optional(),
  h: z.number().int().min(0),
  c: z.boolean(),
  p: z.boolean(),
});

/** The button value for a state, or undefined when it would not fit Slack's limit. */
export function encodeQuoteState(state: QuoteState): string | undefined {
  const value = JSON.stringify({
    v: 1,
    q: state.query,
    ...(state.article === undefined ? {} : { a: state.article }),
    h: state.hit,
    c: state.context,
    p: state.private,
  });
  return value.length <= SLACK_LIMITS.buttonValue ? value : undefined;
}

/** The state in a button value, or undefined for a value this version did not write. */
export function decodeQuoteState(value: string | undefined): QuoteState | undefined {
  if (value === undefined) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(value);
  } catch {
    return undefined;
  }
  const parsed = wire.safeParse(raw);
  if (!parsed.success) return undefined;
  const { q, a, h, c, p } = parsed.data;
  return { query: q, article: a, hit: h, context: c, private: p };
}

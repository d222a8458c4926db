import * as z from 'zod';
import type { QuoteRequest } from '../../src/index.js';
import { SLACK_LIMITS } from './limits.js';

/** The action ids of the quote buttons. */
export const QuoteAction = {
  Next: 'quotebot_next',
  Context: 'quotebot_context',
  Share: 'quotebot_share',
  Card: 'quotebot_card',
} as const;
export type QuoteAction = (typeof QuoteAction)[keyof typeof QuoteAction];

/**
 * What a quote button asks for, kept in the button's `value`: the core's follow-up request and whether
 * the message holding the button is ephemeral. The adapter stores nothing between a reply and a click,
 * so buttons work after a restart and on any instance.
 */
export interface QuoteState {
  readonly request: QuoteRequest;
  /** The message holding the button is ephemeral (only the clicker sees it). */
  readonly private: boolean;
}

const wire = z.object({
  v: z.literal(1),
  q: z.string(),
  a: z.string().optional(),
  /** The author (`author:`). */
  u: z.string().optional(),
  /** The match's position; absent on a random quote's "Next" (pick another). */
  h: z.number().int().min(0).optional(),
  c: z.boolean(),
  p: z.boolean(),
  /** The quote as a card; absent (false) in values written before cards existed. */
  k: z.boolean().optional(),
  /** A quote "what else did he say?" picked, and whose words (`s`): absent on any other quote. */
  e: z.object({ s: z.string().optional() }).optional(),
  /** The article's lead first among the matches (`QuoteRequest.leadFirst`): the order `h` counts in. */
  l: z.boolean().optional(),
  /** The article's opening, picked for a question that named it (`QuoteRequest.opening`): no random quote. */
  o: z.boolean().optional(),
});

/** The button value for a state, or undefined when it would not fit Slack's limit. */
export function encodeQuoteState(state: QuoteState): string | undefined {
  const { request } = state;
  const value = JSON.stringify({
    v: 1,
    q: request.query,
    ...(request.article === undefined ? {} : { a: request.article }),
    ...(request.author === undefined ? {} : { u: request.author }),
    ...(request.position === undefined ? {} : { h: request.position }),
    c: request.withContext ?? false,
    p: state.private,
    ...(request.card ? { k: true } : {}),
    ...(request.saidElse === undefined
      ? {}
      : { e: request.saidElse.speaker === undefined ? {} : { s: request.saidElse.speaker } }),
    ...(request.leadFirst ? { l: true } : {}),
    ...(request.opening ? { o: true } : {}),
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
  const { q, a, u, h, c, p, k, e, l, o } = parsed.data;
  return {
    request: {
      kind: 'quote',
      query: q,
      ...(a === undefined ? {} : { article: a }),
      ...(u === undefined ? {} : { author: u }),
      ...(h === undefined ? {} : { position: h }),
      withContext: c,
      ...(k === true ? { card: true } : {}),
      ...(e === undefined ? {} : { saidElse: e.s === undefined ? {} : { speaker: e.s } }),
      ...(l === true ? { leadFirst: true } : {}),
      ...(o === true ? { opening: true } : {}),
    },
    private: p,
  };
}

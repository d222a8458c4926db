import type { Attribution, Passage } from '../content/article.js';

import type { SummaryLength } from '../summary/options.js';
import type { BotRequest, QuoteFollowUps } from './requests.js';

/** The last summary: as it was asked, and at the length it was shown ("shorter" goes on from there). */
export interface LastSummary {
  readonly request: Extract<BotRequest, { kind: 'summary' }>;
  readonly length: SummaryLength;
  /** One article's whole summary (no topic): its slug and how many sentences it showed, for "longer". */
  readonly shown?: { readonly slug: string; readonly sentences: number };
  /** How many sentences it showed in all: a summary of one sentence is the shortest there is ("shorter"). */
  readonly count?: number;
}

/**
 * What a conversation remembers between messages, for the follow-ups a person types in plain words: the last
 * quote's ("next", "who said that?"), the last summary's ("shorter") and the article the conversation is
 * about ("who wrote it?", "summarize it").
 */
export interface Conversation {
  followUps: QuoteFollowUps | undefined;
  /**
   * The article the last reply about one was about, a quote's or a summary's (absent before any, and after a
   * reply about several).
   */
  article?: Attribution | undefined;
  /**
   * The last quote's sentence, for "who said that?": the person it credits it to, if the article names one.
   */
  quoted?: Passage | undefined;
  /** The last reply's summary, when it was one, for "shorter" and "longer". */
  summary?: LastSummary | undefined;
  /**
   * The request the last reply asked "Which one did you mean?" of, and the articles it listed, for an answer
   * that picks one ("the second one", "the newer one"); absent after any other reply.
   */
  choosing?: { readonly request: BotRequest; readonly choices: readonly Attribution[] } | undefined;
}

/** Whose conversation a message is part of: one person's, in one channel (or DM) of one platform. */
export interface ConversationKey {
  readonly platform: string;
  /**
   * The channel or DM; a Slack workspace's channel ids may recur in another, so it goes with `workspaceId`.
   */
  readonly channelId: string;
  readonly workspaceId?: string | null | undefined;
  readonly userId: string;
}

/**
 * How much is kept: conversations past `count` are forgotten, the least recently used first, and one left
 * alone for `idleMs` starts anew (a "next" the next morning is a new request, not a follow-up).
 */
export const CONVERSATION_LIMITS = { count: 5000, idleMs: 30 * 60 * 1000 } as const;

/**
 * Every conversation's memory, in this process. Why in memory: a follow-up comes seconds or minutes after its
 * quote, from the same person, and a quote is cheap to ask again; a follow-up that reaches another instance
 * is read as a new request. The clock comes in with each call: the core reads none.
 */
export class Conversations {
  private readonly kept = new Map<string, { readonly conversation: Conversation; readonly at: number }>();

  constructor(
    private readonly limits: { readonly count: number; readonly idleMs: number } = CONVERSATION_LIMITS,
  ) {}

  /** The conversation's memory at `now`: a new one when there is none, or it was left alone too long. */
  recall(key: ConversationKey, now: number): Conversation {
    const kept = this.kept.get(idOf(key));
    return kept && now - kept.at <= this.limits.idleMs ? kept.conversation : { followUps: undefined };
  }

  /**
   * Keeps the conversation's memory as of `now`, as the most recently used; forgets the oldest past the
   * limit.
   */
  keep(key: ConversationKey, conversation: Conversation, now: number): void {
    const id = idOf(key);
    this.kept.delete(id);
    this.kept.set(id, { conversation, at: now });
    for (const oldest of this.kept.keys()) {
      if (this.kept.size <= this.limits.count) break;
      this.kept.delete(oldest);
    }
  }
}

const idOf = (key: ConversationKey): string =>
  JSON.stringify([key.platform, key.workspaceId ?? '', key.channelId, key.userId]);

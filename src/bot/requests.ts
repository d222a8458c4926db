import type { Attribution } from '../content/article.js';
import type { SearchHit } from '../search/result.js';
import type { Summary, SummaryLength } from '../summary/summarize.js';
import type { CommandDefinition } from './commands.js';

/** What a user asked for, whatever the platform. */
export type BotRequest =
  | {
      readonly kind: 'quote';
      readonly query: string;
      readonly article?: string | undefined;
      /** Which hit to show, 0 for the best ("Next match" walks on). */
      readonly hit?: number | undefined;
      /** Show the sentences around the quote. */
      readonly context?: boolean | undefined;
    }
  | {
      readonly kind: 'summary';
      readonly length?: SummaryLength | undefined;
      readonly topic?: string | undefined;
      readonly article?: string | undefined;
    }
  | { readonly kind: 'articles'; readonly page?: number | undefined }
  | { readonly kind: 'help'; readonly unknown?: string | undefined };

/** A quote to show, with where it stands among the hits. */
export interface QuoteReply {
  readonly kind: 'quote';
  readonly query: string;
  readonly hit: SearchHit;
  /** 0-based position of `hit` among `total` hits. */
  readonly position: number;
  readonly total: number;
  readonly article: string | undefined;
  readonly withContext: boolean;
}

/** What the bot answers, as data: each adapter words and formats it for its platform. */
export type BotReply =
  | QuoteReply
  | { readonly kind: 'no-match'; readonly query: string; readonly suggestions: readonly string[] }
  | { readonly kind: 'invalid-query'; readonly reason: 'empty' | 'too-long'; readonly maxLength: number }
  | { readonly kind: 'unknown-article'; readonly article: string; readonly suggestions: readonly string[] }
  | {
      readonly kind: 'articles';
      readonly articles: readonly Attribution[];
      readonly page: number;
      readonly pageCount: number;
      readonly total: number;
    }
  | { readonly kind: 'summary'; readonly summary: Summary }
  | { readonly kind: 'help'; readonly commands: readonly CommandDefinition[]; readonly unknown?: string };

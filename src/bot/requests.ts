import type { Attribution, PassageSpeaker } from '../content/article.js';
import type { SearchHit } from '../search/result.js';
import type { LibrarySummary } from '../summary/library-summary.js';
import type { Summary, SummaryLength } from '../summary/summarize.js';
import type { CommandDefinition, ContinuedValue } from '../commands/definition.js';
import type { CompareAsked, Comparison } from './compare-asked.js';
import type { RoleWanted } from './role-asked.js';

/**
 * What a question about the library itself asks: its newest or oldest article, how many there are, or the one
 * article a kind of text names ("who wrote the poem?").
 */
export type LibraryFact = 'newest' | 'oldest' | 'count' | 'named';

/** What a user asked for, whatever the platform. */
export type BotRequest =
  | QuoteRequest
  | {
      readonly kind: 'summary';
      readonly length?: SummaryLength | undefined;
      /** Exactly this many sentences instead of the length's own count. */
      readonly sentences?: number | undefined;
      readonly topic?: string | undefined;
      readonly article?: string | undefined;
      /**
       * Only this author's articles, as `/quote`'s `author:` takes a name (words of it: "reagan"): the newest
       * of theirs, or with a topic what their articles say about it.
       */
      readonly author?: string | undefined;
      /**
       * `author` is the whole name, read apart from the topic ("summarize what obama says about energy"): no
       * word of the topic goes on naming them, as words after a typed `author:jimmy` may ("carter").
       */
      readonly authorWhole?: true | undefined;
      /**
       * The article was described, not named ("the article about mary poppins", "the yukos story"): when no
       * title, slug or author is those words, the article whose passages best match them is the one meant.
       */
      readonly described?: true | undefined;
      /** Typed as text, the `article:` whose unquoted value the topic's first words may go on naming (see `QuoteRequest`). */
      readonly continued?: ContinuedValue | undefined;
      /**
       * The language the summary was asked in, as typed ("french" of "summarize the article in french"). The bot
       * does not translate: with nothing else named, this is the article in that language, as "the french
       * article" is; else the summary as asked, in its article's own words and language (see `untranslated`).
       */
      readonly language?: string | undefined;
      /**
       * The newest article with a passage on `topic`, by its date ("summarize the latest on the bridge"): its
       * summary on that topic, as a quote's `recent` is of the newest article's matches, not what every article
       * says about it.
       */
      readonly recent?: true | undefined;
    }
  /**
   * The list of articles; with `about`, of those with a passage about it ("which articles mention india?");
   * with `author`, of that author's (words of the name, as `author:` takes them: "which articles did reagan
   * write?").
   */
  | {
      readonly kind: 'articles';
      readonly page?: number | undefined;
      readonly about?: string | undefined;
      readonly author?: string | undefined;
      /** A question about the library itself: its newest or oldest article, the count, or `article` alone. */
      readonly fact?: LibraryFact | undefined;
      /**
       * The slug of the one article `fact: 'named'` asks about ("who wrote the poem?"), or the newest or oldest
       * of the kind of text `noun` names ("what's the newest episode?").
       */
      readonly article?: string | undefined;
      /** The noun the question called the item by, when `article` is the newest or oldest of that kind. */
      readonly noun?: string | undefined;
    }
  /**
   * Help; `brief` for small talk ("hi", "thanks"): a line saying what to try, not every command; `command`:
   * that one command in full (`/help quote`, and "stop posting every day" for `/daily`); `setUp`: how to set
   * that command up here, in a line ("post a quote every morning" for `/daily`); `addArticles`: how to add
   * articles, which is done outside chat ("how do I import an article?").
   */
  | {
      readonly kind: 'help';
      readonly unknown?: string | undefined;
      readonly brief?: boolean | undefined;
      readonly command?: string | undefined;
      readonly setUp?: true | undefined;
      readonly addArticles?: true | undefined;
      /** Small talk that is thanks or an acknowledgement ("ok", "lol"): see the reply's `chatter`. */
      readonly chatter?: 'thanks' | 'ack' | undefined;
      /** Two authors asked to be compared ("compare what lincoln and johnson said about slavery"). */
      readonly compare?: CompareAsked | undefined;
    };

/**
 * `/quote`: the passage at `position` among the matches of `query`. With no words, a random quote (of
 * `author`, of `article`): `position` then names the quote picked (to show it again), absent picks anew.
 */
export interface QuoteRequest {
  readonly kind: 'quote';
  readonly query: string;
  readonly article?: string | undefined;
  /** Only this author's articles: words of the name ("ballbach"). */
  readonly author?: string | undefined;
  /**
   * The article was described in a question whether it says the words ("does the da vinci article mention the
   * vatican?"): it is the one `Library.articleNamed` finds for the description, and no match says that it
   * does not discuss them.
   */
  readonly described?: true | undefined;
  /** Which match to show, 0 for the best ("Next match" walks on). */
  readonly position?: number | undefined;
  /** Show the sentences before and after the quote. */
  readonly withContext?: boolean | undefined;
  /** Answer with the quote as an image (a quote card) rather than text. */
  readonly card?: boolean | undefined;
  /**
   * Typed as text, the `article:` or `author:` whose unquoted value the query's first words may go on naming
   * (see `ContinuedValue`): the words before the value stand after those in `query`, and go back before what
   * the name leaves.
   */
  readonly continued?: ContinuedValue | undefined;
  /**
   * A quote "what else did he say?" picked (see `QuoteReply.saidElse`): it, its context and its card say so
   * too ("why?" after it), not that it is a random quote.
   */
  readonly saidElse?: { readonly speaker?: string } | undefined;
  /**
   * The article's opening, picked for a question that named the article ("what did lincoln say at
   * gettysburg?"): it, its context and its card say so, not that it is a random quote; its "Next" is one.
   */
  readonly opening?: true | undefined;
  /**
   * The newest article among the matches first, by its date ("what's the latest on the bridge?"): a follow-up
   * report before the first one.
   */
  readonly recent?: true | undefined;
  /**
   * Only matches in articles dated after this article's (its slug): "anything newer on this?" after a quote of
   * it. None is a `no-follow-up` of reason `nothing-newer`.
   */
  readonly newerThan?: string | undefined;
  /**
   * The article's lead first among its matches, then the others in their order: "what's the latest on the
   * bridge?" opens on the newest report's lead (news says its latest first), as match 1, and "Next" walks on
   * through the rest. Kept in every follow-up, so that a position means the same match on every surface.
   */
  readonly leadFirst?: true | undefined;
}

/**
 * What a quote's buttons ask for, as ready-made requests: adapters only encode them (a custom_id, an
 * action value) and decode them back on a click, so "Next match" means the same on every surface.
 */
export interface QuoteFollowUps {
  /**
   * The next match (the first again after the last); absent when there is only one. For a random quote,
   * another random quote (a request without `position`).
   */
  readonly next?: QuoteRequest;
  /** The same match with its surrounding sentences; absent when shown already or there are none. */
  readonly context?: QuoteRequest;
  /** This very quote again, to post for everyone (adapters offer it on private replies). */
  readonly share: QuoteRequest;
  /** This very quote as a card (the "Card" button); absent when the reply is a card already. */
  readonly card?: QuoteRequest;
}

/** A quote to show, with where it stands among the matches and what its buttons ask for. */
export interface QuoteReply {
  readonly kind: 'quote';
  readonly query: string;
  readonly hit: SearchHit;
  /** 0-based position of `hit` among the matches. */
  readonly position: number;
  /** How many passages match, counted up to `QUOTE_MATCH_CAP`. */
  readonly matches: number;
  /** True when there are more than `matches` (the count stopped at the cap): "1 of 100+". */
  readonly moreMatches: boolean;
  /** No passage has every word asked for: the matches are the closest, each lacking one word. */
  readonly closest?: boolean | undefined;
  /** The query as the matches read it, when a word was taken for another (`SearchResult.respelled`). */
  readonly respelled?: string | undefined;
  /** The article's slug when the search was limited to one article. */
  readonly article: string | undefined;
  /** The author asked for (`author:`), as typed. */
  readonly author?: string | undefined;
  /** A random quote (no words were given): its "Next" is another random quote, and it has no position. */
  readonly random?: boolean | undefined;
  readonly withContext: boolean;
  /** The asker wants the quote as a card: surfaces that draw cards send the image (else the text). */
  readonly card: boolean;
  readonly followUps: QuoteFollowUps;
  /**
   * Whose words the quote is when they are not the article's writer's: an interview's answer is its
   * interviewee's, a quotation the person the article names for it (the attribution credits them, never the
   * writer alone; see `creditedTo`).
   */
  readonly speaker?: PassageSpeaker;
  /**
   * "what else did he say?": another quote of the article just quoted, of `speaker`'s words when the article
   * named who said that one (else its next quote).
   */
  readonly saidElse?: { readonly speaker?: string } | undefined;
  /** The article's opening, picked for a question that named the article (see `QuoteRequest.opening`). */
  readonly opening?: true | undefined;
}

/**
 * A summary asked in a language its articles are not in ("summarize it in french"): `untranslated` is that
 * language's name ("French"). Summaries are the articles' own sentences, so the reply says it is not in it.
 */
export interface Untranslated {
  readonly untranslated?: string;
}

/** What the bot answers, as data: each adapter words and formats it for its platform. */
export type BotReply =
  | QuoteReply
  /** `articles`: the words were asked of `/articles about:`, which lists articles, not passages. */
  | {
      readonly kind: 'no-match';
      readonly query: string;
      readonly suggestions: readonly string[];
      /** A word of the query that finds passages on its own ("moon" of "man on the moon"), to try instead. */
      readonly alone?: string;
      /**
       * The title of the article the words were asked of ("does the da vinci article mention the vatican?"):
       * the reply says it does not discuss them.
       */
      readonly articleTitle?: string;
      readonly articles?: true;
      /**
       * The part of a show asked about ("what did the guest say about regret?") when passages match the words but
       * none is that part's: the reply says they do not talk about it, and `/quote` of the words finds others'.
       */
      readonly role?: RoleWanted;
      /** With `role`: no article of the library has speakers' turns (no transcript, no interview). */
      readonly noTurns?: true;
    }
  /**
   * Words that cannot be searched: none, too many, or only small words that every sentence has ("the", "a":
   * `small-words`). `example` is a word of the library to suggest, for `/articles about:` when `articles`.
   */
  | {
      readonly kind: 'invalid-query';
      readonly reason: 'empty' | 'too-long' | 'small-words';
      readonly maxLength: number;
      readonly example?: string;
      readonly articles?: true;
    }
  /**
   * `article:` names no one article: none at all (`suggestions` look alike), or, with `several`, more than one
   * ("levy" of two Levy articles), which are then `suggestions`, every one of them. With `language`, the
   * article was described by a language ("the french article") that no article here is in. With `textKind`,
   * it was named by a kind of text ("the interview") that no article here is, by its title or its shape; then
   * `suggestions` are the titles of the newest articles (five at most) and `count` says how many there are;
   * with `several` too, several articles are of that kind ("the letter" of two letters), listed in `choices`.
   */
  | {
      readonly kind: 'unknown-article';
      readonly article: string;
      readonly suggestions: readonly string[];
      readonly several?: true;
      /**
       * With `several`, those articles in the order `suggestions` names them, with their titles and dates for
       * the list that asks which; an answer ("the second one", "the newer one") picks one (see `choicePicked`).
       */
      readonly choices?: readonly Attribution[];
      readonly language?: string;
      readonly textKind?: string;
      readonly count?: number;
      /**
       * A number the name says (a year, "1862") that the article it names would carry: `choices` are then the
       * articles nearest it; `named` when some article carries it all the same (the 1862 letter, of "the 1862
       * address").
       */
      readonly number?: { readonly value: string; readonly named: boolean };
    }
  /** `author:` names no author of the library; `suggestions` are authors whose names look alike. */
  | { readonly kind: 'unknown-author'; readonly author: string; readonly suggestions: readonly string[] }
  | {
      readonly kind: 'articles';
      /** The words the articles were asked to be about, if any. */
      readonly about?: string;
      /**
       * The author whose articles were asked for, if any: their name (the words asked, of several authors).
       */
      readonly author?: string;
      readonly articles: readonly Attribution[];
      readonly page: number;
      readonly pageCount: number;
      readonly total: number;
      /** The page asked for when there is no such page (`page` is then the nearest there is). */
      readonly missingPage?: number;
      /**
       * What a question about the library asked ("what's the newest one?"): `articles` holds that one article
       * (none for `count`), and `total` counts the library's (of `count` with `noun`, that kind's).
       */
      readonly fact?: LibraryFact;
      /**
       * The noun the question called the item by when it is the newest or oldest of that kind ("episode"); of
       * `count`, the kind counted, as its titles name it ("postmortem").
       */
      readonly noun?: string;
    }
  /**
   * "who is eric ballbach?": an author of the library, what an article says of them (`author_bio:`, or null)
   * and their articles (the first page of them; `total` counts them all).
   */
  | {
      readonly kind: 'author';
      readonly author: string;
      readonly bio: string | null;
      readonly articles: readonly Attribution[];
      readonly total: number;
    }
  /**
   * `newest`: no article was named in a library of several (or of `author`'s several articles), so this is
   * the newest one's. `author`: the summary was kept to the articles of this author (their name, and how
   * many). `only`: the library has no other article (a topic it does not discuss is nowhere else either).
   * `untranslated`: see `Untranslated`.
   */
  | ({
      readonly kind: 'summary';
      readonly summary: Summary;
      readonly newest?: true;
      readonly only?: true;
      readonly author?: { readonly name: string; readonly articles: number };
    } & Untranslated)
  /** `/summary topic:<words>` with no article, in a library of several: what the articles say about it. */
  | ({ readonly kind: 'library-summary'; readonly summary: LibrarySummary } & Untranslated)
  /**
   * "who wrote that?" after a quote or a summary: the article it is from; "who said that?" after a quote that
   * names who said it: that person too; null when the quote is someone's words the article names no one for.
   */
  | {
      readonly kind: 'source';
      readonly article: Attribution;
      readonly speaker?: string | null;
      /** Of a letter read out on a show: who read it (the speaker whose turn holds it). */
      readonly readBy?: string;
    }
  /**
   * "next" with no quote before it (`no-quote`), or after the only match (`only-match`); "what else did he
   * say?" after the only words the article quotes `speaker` saying (`nothing-else`); "longer" after the
   * longest summary (`longest`), or after one that showed the whole article already (`whole-article`: it has
   * only `sentences`); "anything newer on this?" when no article on it is newer than `article`
   * (`nothing-newer`).
   */
  | {
      readonly kind: 'no-follow-up';
      readonly reason:
        | 'no-quote'
        | 'only-match'
        | 'only-quote'
        | 'shortest'
        | 'longest'
        | 'whole-article'
        | 'nothing-else'
        | 'nothing-newer';
      /** For `nothing-newer`: the article no other on the subject is newer than; for `only-quote`, the article asked. */
      readonly article?: Attribution;
      readonly speaker?: string;
      /** For `whole-article`: how many sentences the article has. */
      readonly sentences?: number;
      /** For `no-quote`: a word of the library to ask a quote of. */
      readonly example?: string;
    }
  | {
      readonly kind: 'help';
      readonly commands: readonly CommandDefinition[];
      readonly unknown?: string;
      /**
       * Small talk: a line saying what to try rather than the commands (they stay for renderers that want
       * them).
       */
      readonly brief?: true;
      /**
       * A word to look for that this library finds, for that line and the whole help's "quote …" ("election"
       * where it does).
       */
      readonly example?: string;
      /** One command asked about: `commands` holds it alone, to show in full (options and examples). */
      readonly detail?: true;
      /**
       * How to set that command up in this channel, asked in words ("post a quote every morning"): the one line
       * that does it and where to read more, not the command in full.
       */
      readonly setUp?: true;
      /**
       * How to add articles, asked in words ("how do I import an article?"): in a line, where they come from
       * (`quotebot import` writes them into the content folder, outside chat) and where to read more.
       */
      readonly addArticles?: true;
      /**
       * Small talk that asks for nothing: thanks ("thank you!"), answered "You're welcome!", or an
       * acknowledgement or a laugh ("ok", "lol"), answered lightly; not the line of what to try each time.
       */
      readonly chatter?: 'thanks' | 'ack';
      /**
       * Two authors asked to be compared: the bot compares nothing itself, so the line says how to quote each
       * on the topic, or that one never speaks of it.
       */
      readonly compare?: Comparison;
    };

/**
 * `/articles reload`: re-read the content folder now, answered by `Bot.reloadArticles`. `canManage` comes
 * from the caller's permissions port: Discord Manage Server, a Slack admin or owner, the console's operator.
 */
export interface ArticlesReloadRequest {
  readonly kind: 'articles-reload';
  readonly canManage: boolean;
}

/** What `/articles reload` answers, as data. */
export type ArticlesReloadReply =
  | ({ readonly kind: 'reloaded' } & ContentReload)
  | {
      readonly kind: 'not-allowed';
      readonly action: 'articles-reload';
      /**
       * `not-manager`: this user may not; `unavailable`: the bot runs without a content folder to re-read.
       */
      readonly reason: 'not-manager' | 'unavailable';
    };

/** What re-reading the content folder found. */
export interface ContentReload {
  /** Articles the bot answers from now. */
  readonly articles: number;
  /** Files that were skipped, each with the validator's message (it names the file and field). */
  readonly problems: readonly { readonly file: string; readonly message: string }[];
  /** True when nothing could be loaded and the previous articles were kept. */
  readonly keptPrevious: boolean;
}

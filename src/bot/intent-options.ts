/** How the bot is addressed, so that "@quotebot summarize" reads as "summarize". */
export interface IntentOptions {
  /** The bot's name as users write it after "@" (default "quotebot"). */
  readonly botName?: string;
  /** Whether a word (lower case) is a real one, so no misspelling of a keyword: the library's `knowsWord`. */
  readonly isWord?: (word: string) => boolean;
  /**
   * Whether a name is an author's of the library ("ballbach"): then "a quote from ballbach" asks for theirs.
   */
  readonly isAuthor?: (name: string) => boolean;
  /**
   * Whether words stand side by side in an article's title or slug ("long march" of "The Long March"): a
   * length word among them is part of the article's name, not a length. The library's `titleHasRun`.
   */
  readonly isTitlePart?: (words: string) => boolean;
  /**
   * Whether the texts say these words side by side (the library's `saysSideBySide`): a name they say that no
   * author has is someone they quote ("what biegun says about sanctions"), one they never say an author the
   * library lacks ("what obama says about energy").
   */
  readonly isSaid?: (words: string) => boolean;
  /** Whether a word (lower case) is everyday English, not only a name (the library's `isEverydayWord`). */
  readonly isEveryday?: (word: string) => boolean;
  /**
   * Whether words name a language the bot tells articles by ("french", "french language": `languageNamed`
   * with its detector): "summarize it in french" asks for a summary in French, not about the word "french".
   */
  readonly isLanguage?: (words: string) => boolean;
  /** Whether the library writes a word (lower case) as a name, "Hale" (the library's `writesAsName`). */
  readonly isWrittenAsName?: (word: string) => boolean;
  /**
   * The slug of the one article "the" and a kind of text name ("the recipe": titled so, or calling itself
   * "this recipe"), undefined when none or several are: then "does the recipe mention eggs?" reads as it
   * would with no such article. The bot's `articleOfKindNamed` over its library.
   */
  readonly articleOfKind?: (words: string) => string | undefined;
  /**
   * Whether "the" and a kind of text name several articles of the library but not all ("the news article" of a
   * lab's reading list with two news pieces): then "summarize the news article" asks which. The bot's
   * `severalOfKindNamed` over its library.
   */
  readonly severalOfKind?: (words: string) => boolean;
  /**
   * The slug of the newest article of the kind of text words name after "latest" or "newest" ("the latest
   * episode", "the newest post"), undefined when they name none or the library has none of it. The bot's
   * `newestOfKindNamed` over its library.
   */
  readonly newestOfKind?: (words: string) => string | undefined;
  /**
   * The slug of the newest or oldest article of the kind of text words name alone ("episode", "post"), undefined
   * when they name none or the library has none of it ("what's the newest episode?"). The bot's `endOfKind`.
   */
  readonly endOfKind?: (kindWords: string, end: 'newest' | 'oldest') => string | undefined;
  /**
   * The slug of the one article whose title has the words of a name and that is of the kind of text after it
   * ("luis ortega episode": the episode, not its show notes titled alike), undefined when none or several are.
   * The library's `articleOfTitleAndKind`.
   */
  readonly titledOfKind?: (words: string) => string | undefined;
  /**
   * The slug of the one article "the" and words ending with a kind of text name, by the kind alone ("the
   * guide"), a word of its title ("the discussion guide") or of its author or publication ("the club guide"),
   * undefined when none or several are: "what the club guide asks about marriage" is that guide's.
   */
  readonly documentNamed?: (words: string) => string | undefined;
  /**
   * Whether words name articles by whose they are and their kind ("tanaka article", "Okafor paper": the ones
   * that scholar wrote first, or a publication's), so that "summarize the tanaka article" is theirs, not an
   * article about "tanaka"; not when one title has the name ("the library article" of "Library closes…"). The
   * bot's `articlesOfOwnerAndKind` over its library.
   */
  readonly ownedOfKind?: (words: string) => boolean;
  /**
   * The slug of the one article whose title has every one of the words ("1904 address" of "State of the Union
   * Address 1904"), undefined when none or several do: "who gave the 1904 address?" asks that article's author.
   * The library's `resolveSlug`.
   */
  readonly articleTitled?: (words: string) => string | undefined;
  /**
   * The slug of the one article whose title carries an identifier the text says ("rfc 12" of "RFC-012: …",
   * "2.14" of "Release notes: Harbor v2.14.0"), undefined when it says none or several titles carry it.
   * The library's `articleByIdentifier`.
   */
  readonly articleIdentified?: (text: string) => string | undefined;
}

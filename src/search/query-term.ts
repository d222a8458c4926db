/** A query's terms: each word with every way it may be found, as the analyzer (`query.ts`) makes them. */

/** Vocabulary terms one query word may match, each with the quality of that match (0–1]. */
export type QueryUnit = ReadonlyMap<string, number>;

/** One way a query word can be found: a single unit, or a phrase whose units must stand side by side. */
export interface Alternative {
  readonly units: readonly QueryUnit[];
}

/** A word (or glossary phrase) of the query, with every way it may be found. */
export interface QueryTerm {
  /** What the user wrote for it. */
  readonly label: string;
  /** A name written with a capital (not as the query's first word) or a number: a hit must contain it. */
  readonly required: boolean;
  /**
   * A word of a question's frame or of everyday filler ("when does it come out"): it weighs little, and a
   * hit need not have it. Only set when the query has other words.
   */
  readonly light?: boolean;
  /**
   * A light word that says what a question asks for ("many" of "how many…?", "big" of "how big…?"): a
   * sentence with that answer has it, whatever its words (see `SearchEngine.preferAnswers`); one without,
   * not.
   */
  readonly asked?: boolean;
  /** Some of its alternatives come from the lexicon (synonyms, derived forms, other spellings). */
  readonly expanded?: boolean;
  /**
   * A word of a multi-word name ("Da Vinci Code", capitalised words side by side) or of a phrase the
   * dictionary knows ("interest rates"): its words share this number, are each required, and count as one
   * word towards the words a hit needs.
   */
  readonly name?: number;
  /**
   * Its `name` is a phrase the dictionary knows, not a name: its words still count as one word, but are not
   * each required (a sentence may say the phrase in part: "mobile users" for "mobile phone", a "foreign
   * currency rating" for a "credit rating").
   */
  readonly phrase?: boolean;
  readonly alternatives: readonly Alternative[];
}

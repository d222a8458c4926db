/**
 * The nouns people call an item of the library by, one and several: a paper's reader says "the article", a
 * podcast's listener "the episode", a book club "the chapter". Every pattern of `src/bot/` that means "an item
 * of the library" reads these, so that a noun one pattern knows the others know too ("what's the newest
 * episode?", "how many episodes are there?", "summarize the luis ortega episode").
 *
 * "Issue" is left out: "the issue" is as often a problem ("what does the article say about the issue?") as a
 * magazine's number. So are "one" (a pronoun, taken where a pattern wants it) and "document", "file" (what is
 * imported, not what a reader calls a text).
 */
const ITEM_FORMS = {
  article: 'articles',
  piece: 'pieces',
  story: 'stories',
  report: 'reports',
  post: 'posts',
  essay: 'essays',
  column: 'columns',
  letter: 'letters',
  interview: 'interviews',
  speech: 'speeches',
  address: 'addresses',
  text: 'texts',
  episode: 'episodes',
  transcript: 'transcripts',
  chapter: 'chapters',
  newsletter: 'newsletters',
  // A research library's items: "papers by Lindqvist".
  paper: 'papers',
} as const;

/** An item's noun, one of them: "article", "episode". */
export type ItemNoun = keyof typeof ITEM_FORMS;

/** The nouns for one item of the library: "article", "episode", "speech". */
export const ITEM_NOUNS: readonly ItemNoun[] = Object.keys(ITEM_FORMS) as ItemNoun[];

/** The nouns for several items of the library: "articles", "episodes", "speeches". */
export const ITEM_PLURALS: readonly string[] = Object.values(ITEM_FORMS);

/** A regular expression's group of the nouns for one item: `(?:article|piece|…)`. */
export const ITEM_NOUN = `(?:${ITEM_NOUNS.join('|')})`;

/** A regular expression's group of the nouns for several items: `(?:articles|pieces|…)`. */
export const ITEM_PLURAL = `(?:${ITEM_PLURALS.join('|')})`;

/**
 * The nouns that as often name what an item tells of as the item itself: "who wrote the report?" of a news
 * story asks who wrote the report it covers; "his last letter" is the letter he wrote.
 */
export const TOLD_OF_NOUNS: ReadonlySet<ItemNoun> = new Set([
  'report',
  'letter',
  'interview',
  'chapter',
  'paper',
]);

/** `ITEM_NOUN_OR_PLURAL` without the `TOLD_OF_NOUNS`: what only the library's own items are called. */
export const OWN_ITEM_NOUN_OR_PLURAL = `(?:${ITEM_NOUNS.filter((noun) => !TOLD_OF_NOUNS.has(noun))
  .flatMap((noun) => [ITEM_FORMS[noun], noun])
  .join('|')})`;

/**
 * The nouns whose plural, asked after "which", "what" or "how many" with nothing else to go on, means the
 * library's items: "what episodes…", "how many essays…". The others name as often what an item tells of or
 * something else: "how many posts were cut?" (jobs), "what letters did she send?", "what addresses…", "how many
 * speeches did he give?" (the article may count them).
 */
const PLAIN_ITEM_NOUNS: readonly ItemNoun[] = [
  'article',
  'piece',
  'story',
  'text',
  'essay',
  'episode',
  'transcript',
  'newsletter',
];

/** A regular expression's group of the `PLAIN_ITEM_NOUNS`' plurals: `(?:articles|pieces|…)`. */
export const PLAIN_ITEM_PLURAL = `(?:${PLAIN_ITEM_NOUNS.map((noun) => ITEM_FORMS[noun]).join('|')})`;

/** A regular expression's group of the nouns for one item or several: `(?:articles|article|…)`. */
export const ITEM_NOUN_OR_PLURAL = `(?:${[...ITEM_PLURALS, ...ITEM_NOUNS].join('|')})`;

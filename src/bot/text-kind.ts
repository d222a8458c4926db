import type { Article } from '../content/article.js';
import { interviewAnswers } from '../content/interview.js';
import { foldText } from '../text/fold.js';
import type { TitleKinds } from '../library/title-kinds.js';
import { titleKindNamed } from './title-kinds.js';

// The words a title calls a text of each kind by ("Remarks at the Opening of…" is a speech), for a kind a user
// names with "the": "summarize the speech". Article, story, report, piece and post are every text of a
// library, named by the word itself only when a title has it.
const SPEECH = ['speech', 'remarks', 'address', 'lecture', 'sermon', 'eulogy', 'keynote', 'oration'];
const NEWSLETTER = ['newsletter', 'bulletin'];
const OBITUARY = ['obituary', 'obit'];
const FAQ = ['faq', 'faqs'];
/** A talk given to an audience, a speech's academic kin: "Seminar transcript: …", "Keynote lecture". */
const TALK = [...SPEECH, 'talk', 'seminar', 'colloquium', 'webinar'];

/**
 * The everyday kinds of text a member of a club or a reader of a paper names a text by ("the recipe", "the
 * review"), each with the words a title, or the text itself ("This recipe makes…"), calls it by: genre names
 * of any library, not words of one.
 */
export const EVERYDAY_KINDS: Readonly<Record<string, readonly string[]>> = {
  recipe: ['recipe'],
  review: ['review'],
  newsletter: NEWSLETTER,
  bulletin: NEWSLETTER,
  obituary: OBITUARY,
  obit: OBITUARY,
  editorial: ['editorial'],
  profile: ['profile'],
  diary: ['diary'],
  poem: ['poem'],
  song: ['song', 'lyrics'],
  guide: ['guide'],
  explainer: ['explainer'],
  minutes: ['minutes'],
  faq: FAQ,
  faqs: FAQ,
  // A paper's own names for a kind of piece, in two words: its title says them ("The long read: …").
  'long read': ['long read'],
  'live blog': ['live blog'],
  'press release': ['press release'],
  // A podcast's page about an episode: its chapters, links and a few lines on it ("Episode 12 Show Notes").
  'show notes': ['show notes'],
};

/**
 * Kinds a title names in several words, as whole words: "Frequently Asked Questions" is the FAQ, "How to Fix
 * a Dripping Tap" a guide.
 */
const TITLE_PHRASES: Readonly<Record<string, readonly string[]>> = {
  faq: ['frequently asked questions'],
  faqs: ['frequently asked questions'],
  guide: ['how to'],
  'long read': ['long read'],
  'live blog': ['live blog', 'live updates', 'as it happened'],
  'press release': ['press release'],
  'show notes': ['show notes'],
};

/**
 * Kinds of text about another item, whose title names that item's kind too: "Episode 16 Show Notes: …",
 * "Episode 4 Trailer" are no episodes. A title that has one of these phrases is no item of the kinds
 * `OF_AN_ITEM` names.
 */
const ABOUT_AN_ITEM = ['show notes', 'trailer', 'recap', 'preview'];
/** The kinds a text about an item names in its title without being one (see `ABOUT_AN_ITEM`). */
const OF_AN_ITEM: ReadonlySet<string> = new Set(['episode', 'transcript', 'interview']);

/**
 * Everyday names of a kind that a title seldom says, for the kind it does say: a "note" is a short letter, a
 * "show" a podcast's episode ("the newest show"). Read as the kind they name, so a show is found as an episode
 * is, by its turns. A "talk" is its own kind (`TALK`), whose titles say a speech's words or a seminar's.
 */
const SAME_KIND: Readonly<Record<string, string>> = { note: 'letter', show: 'episode' };

const TITLE_WORDS: Readonly<Record<string, readonly string[]>> = {
  speech: SPEECH,
  remarks: SPEECH,
  address: SPEECH,
  lecture: TALK,
  talk: TALK,
  seminar: TALK,
  // A research library's kinds: "the news article" is the one a paper printed, "the paper" a journal's.
  news: ['news'],
  paper: ['paper'],
  preprint: ['preprint'],
  protocol: ['protocol', 'procedure'],
  essay: ['essay', 'column', 'op-ed'],
  column: ['column'],
  letter: ['letter'],
  interview: ['interview'],
  // A podcast's and a book's items: "Episode 12: …", "Chapter Three".
  episode: ['episode', 'ep'],
  transcript: ['transcript'],
  chapter: ['chapter'],
  ...EVERYDAY_KINDS,
  article: ['article'],
  story: ['story'],
  report: ['report'],
  piece: ['piece'],
  post: ['post'],
  text: ['text'],
};
/**
 * Words that say surely what kind a text is where its title or its publication has them: a page or a magazine
 * of "Fiction", "Poetry Review". "Story" in a title is a weaker sign ("Story Time at the Library" is news, and
 * in a paper every text is a story), so a text these words tell is "the story" before one titled so.
 */
const SURE_SIGNS: Readonly<Record<string, readonly string[]>> = {
  story: ['fiction', 'tale', 'tales'],
  poem: ['poetry', 'poems', 'verse'],
  // A blog's texts are its posts: "Second Shift Blog".
  post: ['blog'],
  // The servers scientists post preprints to.
  preprint: ['biorxiv', 'medrxiv', 'arxiv'],
};

/** The articles whose title or publication has one of the sure words of a kind (`SURE_SIGNS`). */
function surelyOfKind(articles: readonly Article[], kind: string): Article[] {
  const signs = SURE_SIGNS[kind];
  if (signs === undefined) return [];
  return articles.filter((article) =>
    (foldText(`${article.meta.title} ${article.meta.publication}`).match(/[\p{L}-]+/gu) ?? []).some((word) =>
      signs.includes(word),
    ),
  );
}

/** The kinds every text of a library is: none of them is told apart from the others by its shape or title. */
const EVERY_TEXT: ReadonlySet<string> = new Set(['article', 'story', 'report', 'piece', 'post', 'text']);
/** A kind named alone, of one word or two ("the long read", "the live blog"). */
const KIND_ALONE = /^(?:(the|that|this)\s+)?([\p{L}-]+(?:\s+[\p{L}-]+)?)[\s?!.]*$/u;

/**
 * A paragraph (a line of the body) opening with a question's or an answer's marker: "Q: How did you start?",
 * "A. My grandfather kept hives".
 */
const QUESTION_LINE = /^[ \t]*(?:\*\*)?Q(?:\*\*)?[ \t]*[:.](?:\*\*)?[ \t]/gmu;
const ANSWER_LINE = /^[ \t]*(?:\*\*)?A(?:\*\*)?[ \t]*[:.](?:\*\*)?[ \t]/gmu;

/** Whether an article has an interview's shape: two questions or more and two answers or more, marked "Q:" / "A:". */
function hasInterviewShape(article: Article): boolean {
  return (
    (article.body.match(QUESTION_LINE)?.length ?? 0) >= 2 &&
    (article.body.match(ANSWER_LINE)?.length ?? 0) >= 2
  );
}

/**
 * A paragraph opening with its day, as a diary's entries do: "Day one.", "Day 2:", "Monday.", "Tuesday, 4 May:".
 */
const DAY_LINE =
  /^[ \t]*(?:day (?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:,? \d{1,2}(?:st|nd|rd|th)? [a-z]+)?)[ \t]*[.:,—–-][ \t]/gimu;

/** Whether an article has a diary's shape: two paragraphs or more that open with their day. */
function hasDiaryShape(article: Article): boolean {
  return (article.body.match(DAY_LINE)?.length ?? 0) >= 2;
}

/** A verse's line break as the import keeps it within a paragraph: "…count sheep, / one light…". */
const LINE_BREAK = / \/ /g;

/**
 * Whether an article has verse's shape: most of its paragraphs, two or more, are stanzas of three lines or
 * more (two breaks: a bilingual paragraph has one, between its two languages).
 */
function hasVerseShape(article: Article): boolean {
  const paragraphs = article.paragraphs.filter((paragraph) => paragraph.heading !== true);
  const stanzas = paragraphs.filter((paragraph) => (paragraph.text.match(LINE_BREAK)?.length ?? 0) >= 2);
  return stanzas.length >= 2 && stanzas.length * 2 > paragraphs.length;
}

/** Whether an article reads as a transcript: turns that labels give their speakers ("Maya Chen:", "JO:"). */
function hasTranscriptShape(article: Article): boolean {
  return interviewAnswers(article)?.labelled === true;
}

/** Quoted words and a verb that reports them in one paragraph: "…," said Professor Lindqvist. */
const REPORTED = /\b(?:said|says|told|according to)\b/u;

/**
 * Whether an article has a news story's shape: two paragraphs or more that quote someone and say who ("…," said
 * Professor Lindqvist), as a reporter writes, and a paper, a protocol or a transcript does not.
 */
function hasNewsShape(article: Article): boolean {
  const reported = article.paragraphs.filter((paragraph) => {
    const folded = foldText(paragraph.text);
    return paragraph.heading !== true && /"[^"]{3,}"/u.test(folded) && REPORTED.test(folded);
  });
  return reported.length >= 2;
}

/** A scholarly paper's section headings (IMRaD), of which it has two or more. */
const PAPER_HEADINGS: ReadonlySet<string> = new Set([
  'abstract',
  'introduction',
  'methods',
  'materials and methods',
  'results',
  'discussion',
  'conclusions',
  'references',
]);

/**
 * Whether an article has a research paper's shape: an "Abstract" heading, or two of a paper's sections
 * ("Introduction", "Methods", "Results", "Discussion"…), the outline every journal asks of its papers.
 */
function hasPaperShape(article: Article): boolean {
  // A heading line alone, as Markdown marks it or a paste leaves it ("Abstract", "2. Methods").
  const headings = article.paragraphs
    .map((paragraph) =>
      foldText(paragraph.text)
        .replace(/[^\p{L} ]/gu, '')
        .trim(),
    )
    .filter((heading) => PAPER_HEADINGS.has(heading));
  return headings.includes('abstract') || new Set(headings).size >= 2;
}

/** Whether an article's title has one of the words. */
function titleSays(article: Article, words: readonly string[]): boolean {
  return (foldText(article.meta.title).match(/[\p{L}-]+/gu) ?? []).some((word) => words.includes(word));
}

/**
 * The kinds whose texts have a shape of their own, told by it when their title does not say it: verse is the
 * poem's, unless its title calls it a song's lyrics, which have that shape too.
 */
const SHAPES: Readonly<Record<string, (article: Article) => boolean>> = {
  interview: hasInterviewShape,
  // A podcast's episode, or any transcript, is told by its speakers' turns ("Maya Chen:", "[00:12:31] Guest:").
  episode: hasTranscriptShape,
  transcript: hasTranscriptShape,
  diary: hasDiaryShape,
  news: hasNewsShape,
  paper: hasPaperShape,
  poem: (article) => hasVerseShape(article) && !titleSays(article, EVERYDAY_KINDS['song'] ?? []),
};

/** What stands within double quotation marks: someone's words, not the text's own (folded: straight quotes). */
const QUOTED = /"[^"\n]*"/gu;
/** The paragraphs of a text's opening, where it says what it is. */
const OPENING_PARAGRAPHS = 3;

/**
 * Whether the text calls itself by one of the words in its own voice, outside quotation marks, where a text
 * says what it is: its first three paragraphs, headings aside ("This recipe makes one loaf", "In this review
 * I…", "Welcome to this newsletter"). Further on, "this review of our foreign relations", "I send you this
 * letter" or "Supporting this review are detailed reports" is a passage of it, or another text it tells of.
 */
function callsItself(article: Article, words: readonly string[]): boolean {
  const opening = article.paragraphs
    .filter((paragraph) => paragraph.heading !== true)
    .slice(0, OPENING_PARAGRAPHS)
    .map((paragraph) => paragraph.text);
  const own = foldText(opening.join('\n')).replace(QUOTED, ' ');
  return words.some((word) => new RegExp(`\\bthis ${word}\\b`, 'u').test(own));
}

/**
 * The kind of text words name alone ("interview", "the speech"), whether "the" (or "that", "this") named it,
 * and whether it is a kind every text is ("the article", "the story": no title need say it); undefined when
 * the words are no kind of text.
 */
export function textKindNamed(
  words: string,
): { readonly kind: string; readonly determined: boolean; readonly everyText: boolean } | undefined {
  const match = KIND_ALONE.exec(foldText(words.trim()));
  const said = match?.[2]?.replace(/\s+/gu, ' ');
  const kind = said === undefined ? undefined : (SAME_KIND[said] ?? said);
  if (kind === undefined || TITLE_WORDS[kind] === undefined) return undefined;
  return { kind, determined: match![1] !== undefined, everyText: EVERY_TEXT.has(kind) };
}

/** Words and a kind of text after them: "lighthouse poem", "the harbour minutes". */
const WORDS_THEN_KIND = /^(?:(?:the|that|this)\s+)?(.+?)\s+([\p{L}-]+)[\s?!.]*$/u;
/** Words and a kind of text of two words after them: "luis ortega show notes". */
const WORDS_THEN_TWO_WORD_KIND = /^(?:(?:the|that|this)\s+)?(.+?)\s+([\p{L}-]+\s+[\p{L}-]+)[\s?!.]*$/u;

/**
 * The words before a kind of text that ends them ("lighthouse" of "the lighthouse poem", "luis ortega" of "the
 * luis ortega show notes") and that kind, for the title they name; undefined when the words do not end with a
 * kind of text.
 */
export function kindEnding(words: string): { readonly before: string; readonly kind: string } | undefined {
  const folded = foldText(words.trim());
  for (const pattern of [WORDS_THEN_TWO_WORD_KIND, WORDS_THEN_KIND]) {
    const match = pattern.exec(folded);
    const said = match?.[2]?.replace(/\s+/gu, ' ');
    const kind = said === undefined ? undefined : (SAME_KIND[said] ?? said);
    if (match && kind !== undefined && TITLE_WORDS[kind] !== undefined) return { before: match[1]!, kind };
  }
  return undefined;
}

/** `kindEnding`'s words before the kind ("lighthouse" of "the lighthouse poem"). */
export function wordsBeforeKind(words: string): string | undefined {
  return kindEnding(words)?.before;
}

/**
 * The articles of the kind of text the words name alone ("speech", "the speech": a title with "Speech",
 * "Remarks", "Address" or "Lecture"; "the interview": a title with "Interview", or a body of "Q:" and "A:"
 * paragraphs). When no title or shape says it, those whose text calls itself so ("This recipe makes one
 * loaf…" is the recipe): a title is the surer sign, and a text that speaks of "this speech" it reports on is
 * no speech beside one titled so. Undefined when the words are no kind of text.
 */
export function articlesOfKind(
  articles: readonly Article[],
  words: string,
  kinds?: TitleKinds,
): Article[] | undefined {
  const kind = textKindNamed(words)?.kind;
  const titled = kind === undefined ? undefined : TITLE_WORDS[kind];
  if (kind === undefined || titled === undefined)
    return titleKindNamed(articles, words, kinds)?.articles.slice();
  const sure = surelyOfKind(articles, kind);
  const shaped = SHAPES[kind];
  // "Two Poems by …" says surely it holds poems, and a poem of another title is one by its verse all the same.
  if (sure.length > 0)
    return shaped === undefined
      ? sure
      : articles.filter((article) => sure.includes(article) || shaped(article));
  const phrases = TITLE_PHRASES[kind] ?? [];
  const told = articles.filter((article) => {
    const words = foldText(article.meta.title).match(/[\p{L}-]+/gu) ?? [];
    // A phrase as whole words: "how to", not the "how to" of "somehow together".
    const spaced = ` ${words.join(' ')} `;
    if (OF_AN_ITEM.has(kind) && ABOUT_AN_ITEM.some((phrase) => spaced.includes(` ${phrase} `))) return false;
    return (
      words.some((word) => titled.includes(word)) ||
      phrases.some((phrase) => spaced.includes(` ${phrase} `)) ||
      shaped?.(article) === true
    );
  });
  if (told.length > 0 || EVERY_TEXT.has(kind)) return told;
  return articles.filter((article) => callsItself(article, titled));
}

/**
 * The one article that "the" (or "that", "this") and a kind of text name ("the recipe", "that review"), as
 * `articlesOfKind` finds it; undefined when none or several are. Of a kind every text is ("the article", "the
 * story"), only the one its sure words tell (the one text of a "Fiction" page is "the story").
 */
export function articleOfKindNamed(
  articles: readonly Article[],
  words: string,
  kinds?: TitleKinds,
): Article | undefined {
  const named = textKindNamed(words);
  if (named === undefined) {
    const titled = titleKindNamed(articles, words, kinds);
    return titled?.determined === true && titled.articles.length === 1 ? titled.articles[0] : undefined;
  }
  if (!named.determined) return undefined;
  const found = named.everyText ? surelyOfKind(articles, named.kind) : articlesOfKind(articles, words, kinds);
  return found?.length === 1 ? found[0] : undefined;
}

/**
 * Whether "the" (or "that", "this") and a kind of text that tells texts apart name several articles of the
 * library, but not all: "the news article" of a reading list with two news pieces among papers. Of a library
 * whose every text is of that kind (a paper's news stories), the kind tells none apart: "the news article" is
 * then "the article".
 */
export function severalOfKindNamed(articles: readonly Article[], words: string, kinds?: TitleKinds): boolean {
  const named = textKindNamed(words);
  if (named === undefined || !named.determined || named.everyText) return false;
  const found = articlesOfKind(articles, words, kinds) ?? [];
  return found.length >= 2 && found.length < articles.length;
}

/**
 * Whether an article is one of the kind of text the words name ("the story", "the speech"): any article is of a
 * kind every text is ("the article", "the story"); else as `articlesOfKind` tells it. False when the words are
 * no kind of text.
 */
export function isOfKind(
  articles: readonly Article[],
  slug: string,
  words: string,
  kinds?: TitleKinds,
): boolean {
  const named = textKindNamed(words);
  if (named === undefined) return false;
  if (named.everyText) return articles.some((article) => article.slug === slug);
  return articlesOfKind(articles, words, kinds)?.some((article) => article.slug === slug) ?? false;
}

/**
 * A kind of text after a word for the newest, ending the words: "summarize the latest episode", "newest show
 * notes", "the most recent post".
 */
const NEWEST_OF = /\b(?:latest|newest|most recent|last|new)\s+(.+?)[\s?!.]*$/u;

/**
 * The newest article of the kind of text the words name after "latest" or "newest" ("the latest episode": the
 * newest whose title says "Episode", or that is a transcript, not show notes about one; "the latest post": the
 * newest a blog published), as `articlesOfKind` finds them, or for a kind every text is ("post", "story"), its
 * sure words (`SURE_SIGNS`). Undefined when the words name no kind, or the library has none of it: then the
 * newest article is the newest of any kind.
 */
export function newestOfKindNamed(
  articles: readonly Article[],
  words: string,
  kinds?: TitleKinds,
): Article | undefined {
  const kindWords = NEWEST_OF.exec(foldText(words.trim()))?.[1];
  return kindWords === undefined ? undefined : endOfKind(articles, kindWords, 'newest', kinds);
}

/**
 * The newest or oldest article of the kind of text words name alone ("episode", "post"), found as
 * `newestOfKindNamed` finds the newest; undefined when the words name no kind, or the library has none of it.
 */
export function endOfKind(
  articles: readonly Article[],
  kindWords: string,
  end: 'newest' | 'oldest',
  kinds?: TitleKinds,
): Article | undefined {
  const named = textKindNamed(kindWords);
  if (named?.determined === true) return undefined;
  // A kind the library's titles name ("Postmortem: …"), when the words are no kind every library has.
  const titled = named === undefined ? titleKindNamed(articles, kindWords, kinds) : undefined;
  if (named === undefined && titled?.determined !== false) return undefined;
  const found =
    named === undefined
      ? titled?.articles
      : named.everyText
        ? surelyOfKind(articles, named.kind)
        : articlesOfKind(articles, kindWords, kinds);
  const beyond = (article: Article, than: Article): boolean =>
    end === 'newest' ? article.meta.date > than.meta.date : article.meta.date < than.meta.date;
  return found?.reduce<Article | undefined>(
    (best, article) => (best === undefined || beyond(article, best) ? article : best),
    undefined,
  );
}

import type { Article } from '../content/article.js';
import { foldText } from '../text/fold.js';

// The words a title calls a text of each kind by ("Remarks at the Opening of…" is a speech), for a kind a user
// names with "the": "summarize the speech". Article, story, report, piece and post are every text of a
// library, named by the word itself only when a title has it.
const SPEECH = ['speech', 'remarks', 'address', 'lecture', 'sermon', 'eulogy', 'keynote', 'oration'];
const TITLE_WORDS: Readonly<Record<string, readonly string[]>> = {
  speech: SPEECH,
  remarks: SPEECH,
  address: SPEECH,
  lecture: SPEECH,
  essay: ['essay', 'column', 'op-ed'],
  column: ['column'],
  letter: ['letter'],
  interview: ['interview'],
  article: ['article'],
  story: ['story'],
  report: ['report'],
  piece: ['piece'],
  post: ['post'],
};
/** The kinds every text of a library is: none of them is told apart from the others by its shape or title. */
const EVERY_TEXT: ReadonlySet<string> = new Set(['article', 'story', 'report', 'piece', 'post']);
const KIND_ALONE = /^(?:(the|that|this)\s+)?([\p{L}-]+)[\s?!.]*$/u;

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

/** The kinds whose texts have a shape of their own, told by it when their title does not say it. */
const SHAPES: Readonly<Record<string, (article: Article) => boolean>> = { interview: hasInterviewShape };

/**
 * The kind of text words name alone ("interview", "the speech"), whether "the" (or "that", "this") named it,
 * and whether it is a kind every text is ("the article", "the story": no title need say it); undefined when
 * the words are no kind of text.
 */
export function textKindNamed(
  words: string,
): { readonly kind: string; readonly determined: boolean; readonly everyText: boolean } | undefined {
  const match = KIND_ALONE.exec(foldText(words.trim()));
  const kind = match?.[2];
  if (kind === undefined || TITLE_WORDS[kind] === undefined) return undefined;
  return { kind, determined: match![1] !== undefined, everyText: EVERY_TEXT.has(kind) };
}

/**
 * The articles of the kind of text the words name alone ("speech", "the speech": a title with "Speech",
 * "Remarks", "Address" or "Lecture"; "the interview": a title with "Interview", or a body of "Q:" and "A:"
 * paragraphs); undefined when the words are no kind of text.
 */
export function articlesOfKind(articles: readonly Article[], words: string): Article[] | undefined {
  const kind = textKindNamed(words)?.kind;
  const titled = kind === undefined ? undefined : TITLE_WORDS[kind];
  if (kind === undefined || titled === undefined) return undefined;
  const shaped = SHAPES[kind];
  return articles.filter(
    (article) =>
      (foldText(article.meta.title).match(/[\p{L}-]+/gu) ?? []).some((word) => titled.includes(word)) ||
      shaped?.(article) === true,
  );
}

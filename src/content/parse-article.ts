import type * as z from 'zod';
import { contentError } from '../errors.js';
import { isAuthorNameLine } from '../text/author-line.js';
import { foldText } from '../text/fold.js';
import { withoutInvisibleFormat } from '../text/invisible-format.js';
import { markdownBlocks, type MarkdownBlock } from '../text/markdown-blocks.js';
import { isHeading, opensInSmallLetter, readsAsHeading, segmentSentences, type SentenceSpan } from '../text/segment.js';
import { leadInLength } from '../text/lead-in.js';
import { shellArgument } from '../text/shell-words.js';
import { hasChecklistMark, withoutChecklistMark } from '../text/checklist-marks.js';
import { withoutTranscriptNotes } from '../text/transcript-notes.js';
import { wrappedWordTest } from '../text/line-hyphens.js';
import { joinedLines, versesOf } from '../text/verse.js';
import type { Article, ArticleMeta, CodeBlock, Paragraph, Passage } from './article.js';
import { opensUnclosedFrontMatter, splitFrontMatter } from './front-matter.js';
import { interviewOf } from './interview.js';
import { isSmallTalk } from '../text/small-talk.js';
import { labelOpenings } from './label-lines.js';
import { letterParts } from './letter-parts.js';
import { isLeadIn, listNumberLength, listRuns, runText } from './list-runs.js';
import { navigationLines } from './navigation-lines.js';
import { isFieldLine, recordLines } from './record-lines.js';
import { hasTomlFrontMatter } from './toml-front-matter.js';
import { frontMatterSchema, MISSING_FIELD, type FrontMatter } from './schema.js';
import { contentFileNameFor, SLUG_PATTERN } from './slug.js';

/** A paragraph of the body as it reads, and what the Markdown made it. */
interface BodyBlock {
  readonly text: string;
  /** A Markdown heading (`## …`, or a line underlined): it names its section, and is never quoted. */
  readonly heading?: true;
  /** A list item (`- fresh bread`), or a lead-in joined to its items: content, however short. */
  readonly item?: true;
  /** A link alone (`- [Luis on Instagram](https://…)`): it points out of the text (`navigationLines`). */
  readonly link?: true;
  /** A letter's salutation, closing or signature (`letterParts`): kept, as a heading is, and never quoted. */
  readonly formula?: true;
  /** A line above a letter's salutation that says whom it is to: a sentence to find, not a heading. */
  readonly address?: true;
  /** The fenced code blocks straight after it, as written: words to find, which this paragraph answers for. */
  readonly code?: readonly string[];
}

/** The body's paragraphs, and the code blocks that open it before any paragraph. */
interface BodyBlocks {
  readonly blocks: BodyBlock[];
  readonly opening: readonly string[];
}

/** The block with `code` after it too. */
const withCode = (block: BodyBlock, code: readonly string[]): BodyBlock =>
  code.length === 0 ? block : { ...block, code: [...(block.code ?? []), ...code] };

/**
 * The body's paragraphs as they read: Markdown's blocks as the import reads them (links by their words,
 * emphasis and code marks out, list and quote markers gone, code blocks, tables, rules and comments left out),
 * lines joined, a transcript's notes out, and a list's lead-in joined to the fragments it leads. Headings
 * stay, marked: they name their sections. A fenced code block is no paragraph: it goes with the paragraph before
 * it (`code`), which answers for its words, and a list runs on over none.
 */
function plainParagraphs(body: string, isWord?: (word: string) => boolean): BodyBlocks {
  const marked: MarkdownBlock[] = [];
  const codeAfter: string[][] = [];
  const opening: string[] = [];
  for (const block of markdownBlocks(body, true)) {
    if (block.kind !== 'code') {
      marked.push(block);
      codeAfter.push([]);
    } else (codeAfter[marked.length - 1] ?? opening).push(block.lines.join('\n'));
  }
  // A poem's or a song's stanzas are read with their breaks, as slashes (`versesOf`).
  const verses = versesOf(marked.map((block) => (block.kind === 'heading' || block.item ? [] : block.lines)));
  // A word broken at a line's end ("maxi-" over "mum") joins again as the import joins it (`wrappedWordTest`).
  const known = wrappedWordTest(
    marked.flatMap((block) => block.lines),
    isWord,
  );
  const blocks = marked
    .map((block, i): BodyBlock => {
      // A checklist's box ("[ ] ", "[x] ") says whether an item is done: markup, never quoted.
      const said = withoutTranscriptNotes(withoutChecklistMark(joinedLines(block.lines, verses[i], known)));
      if (block.kind === 'heading') return withCode({ text: said, heading: true }, codeAfter[i]!);
      // An ordered item keeps its number: step 4 is quoted "4. Loosen the nut…".
      const text = block.number === undefined || said === '' ? said : `${block.number} ${said}`;
      const link = block.link === undefined ? {} : { link: true as const };
      // A checklist's line is a list's item, with or without a bullet before its box ("[ ] Add a rate limit").
      const item = block.item === true || hasChecklistMark(joinedLines(block.lines, verses[i], known));
      return withCode(item ? { text, item: true, ...link } : { text, ...link }, codeAfter[i]!);
    })
    // A paragraph of a note alone ("[Applause]") has no words left: its code goes with the paragraph before.
    .reduce<BodyBlock[]>((kept, block) => {
      if (block.text.length > 0) kept.push(block);
      else if (kept.length > 0) kept.push(withCode(kept.pop()!, block.code ?? []));
      else opening.push(...(block.code ?? []));
      return kept;
    }, []);
  // A letter's parts stand apart: "Hon. Horace Greeley:" leads into no list of "Dear Sir," and the text.
  const letter = letterParts(blocks.map((block) => (block.heading ? '' : block.text)));
  const parted = blocks.map(
    (block, i): BodyBlock =>
      letter.formula[i] ? { ...block, formula: true } : letter.address[i] ? { ...block, address: true } : block,
  );
  const apart = (block: BodyBlock): boolean =>
    block.heading === true || block.formula === true || block.address === true;
  // A list runs between headings: a heading is no lead-in, nor one of its items.
  const read: BodyBlock[] = [];
  for (let from = 0; from < parted.length; ) {
    if (apart(parted[from]!)) {
      read.push(parted[from++]!);
      continue;
    }
    // A stretch ends after a paragraph with code after it: a list's lead-in leads into the code.
    let to = from + 1;
    while (to < parted.length && !apart(parted[to]!) && parted[to - 1]!.code === undefined) to += 1;
    const stretch = parted.slice(from, to);
    const runs = listRuns(stretch.map((block) => block.text));
    let at = 0;
    for (const run of runs) {
      const items = stretch.slice(at, at + run.length);
      at += run.length;
      read.push(
        run.length > 1
          ? withCode({ text: runText(run), item: true }, items.flatMap((each) => each.code ?? []))
          : items[0]!,
      );
    }
    from = to;
  }
  return { blocks: read, opening };
}

function metaFrom(data: FrontMatter): ArticleMeta {
  return {
    title: data.title,
    author: data.author,
    publication: data.publication ?? '',
    date: data.date,
    tags: data.tags,
    glossary: data.glossary,
    ...(data.author_bio === undefined ? {} : { authorBio: data.author_bio }),
    ...(data.section === undefined ? {} : { section: data.section }),
    ...(data.url === undefined ? {} : { url: data.url }),
    ...(data.topic === undefined ? {} : { topic: data.topic }),
    ...(data.region === undefined ? {} : { region: data.region }),
    ...(data.deck === undefined ? {} : { deck: data.deck }),
    ...(data.image_credit === undefined ? {} : { imageCredit: data.image_credit }),
  };
}

const KEY_WORD = /[\p{L}\p{N}]+/gu;

/** A sentence's words, folded (case, accents, curly quotes and punctuation aside): equal for repeats. */
function wordKey(text: string): string {
  return (foldText(text).replace(/'/g, '').match(KEY_WORD) ?? []).join(' ');
}

/**
 * Whether a paragraph reads as a section's heading, as text copied from a word processor has them on a line of
 * their own ("The dirty years", "What the river needed"): one sentence of a dozen words or fewer, with no mark
 * that ends a sentence, opening with a capital. It names a part and says nothing of it.
 */
function readsAsHeadingLine(spans: readonly { readonly text: string }[]): boolean {
  return spans.length === 1 && readsAsHeading(spans[0]!.text) && !opensInSmallLetter(spans[0]!.text);
}

/**
 * Which paragraphs are sections' headings (see `readsAsHeadingLine`): those that read as one, but not a list's
 * item, nor a line of a run of such lines, which is a list written without its markers ("Sourdough loaves sell
 * out by noon", "Rye is baked on Fridays"): a heading names the paragraphs after it, another heading not. A
 * run that opens the body, before any prose, is no list but the lines above an article's lead ("Press
 * release", "Northvale Robotics Ltd, Cambridge, 14 October 2026", "FOR IMMEDIATE RELEASE"): a list follows
 * the prose that leads into it. Those are headings too, never quoted or summarised. A line over a timestamp list
 * ("Chapters") is a heading: the list's lines are `navigation`, no lines of a list written without its markers.
 */
function headingLines(
  blocks: readonly BodyBlock[],
  spans: readonly (readonly { text: string }[])[],
  navigation: readonly boolean[],
): boolean[] {
  const like = blocks.map(
    (block, i) =>
      !block.heading &&
      !block.item &&
      !navigation[i] &&
      // A header's line of fields ("Status: final · Author: …") is a record to find, no section's name.
      !isFieldLine(block.text) &&
      readsAsHeadingLine(spans[i]!),
  );
  const prose = like.findIndex((each, i) => !each && !blocks[i]!.heading);
  return like.map((each, i) => each && ((!like[i - 1] && !like[i + 1]) || (prose > 0 && i < prose)));
}

/**
 * A paragraph's sentences with each lead-in run into its quotation (`Tom wrote in #inc-search at 22:21: "All
 * three pods…`) a sentence of its own, marked as a heading: the quotation is what the speaker said, quoted
 * without it, and the lead-in before it still says whose words they are.
 */
function withLeadInsApart(spans: readonly SentenceSpan[]): SentenceSpan[] {
  return spans.flatMap((span): SentenceSpan[] => {
    const length = leadInLength(span.text);
    if (length === 0) return [span];
    const lead = span.text.slice(0, length).trimEnd();
    return [
      { text: lead, start: span.start, end: span.start + lead.length, heading: true },
      { ...span, text: span.text.slice(length), start: span.start + length },
    ];
  });
}

/**
 * The body's paragraphs and sentences. A paragraph that is only the author's name (`isAuthorNameLine`: "Mayor
 * Daniel Okafor" under a speech's title) signs the text, and one that is a section's heading (a Markdown
 * heading, or a line that reads as one: `headingLines`) names a part, and a show notes' timestamp list or link line
 * (`navigationLines`) points elsewhere, and a letter's salutation, closing and signature (`letterParts`) are
 * formulas: each is kept, as a heading is, and never quoted; the lines above a letter's salutation say whom it is
 * to, and are sentences to find, not headings. An interview's paragraphs
 * (`interviewOf`) are read without their labels ("Q:", "A:"), and its questions as headings.
 */
function splitBody(
  slug: string,
  body: string,
  author: string | undefined,
  isWord: ((word: string) => boolean) | undefined,
): { body: string; paragraphs: Paragraph[]; sentences: Passage[]; code: CodeBlock[] } {
  const { blocks, opening } = plainParagraphs(body, isWord);
  const texts = blocks.map((block) => block.text);
  const interview = interviewOf(texts, author);
  // An interview's label ("Q: ", "Morgan: ") is no part of what is said: its sentences start after it.
  const spansOf = texts.map((text, index) => {
    // A heading is one line that names its section ("4. It saves real money"), not sentences.
    if (blocks[index]!.heading) return [{ text, start: 0, end: text.length }];
    // An ordered item's number is read with its first sentence ("4. Loosen the nut."), not as a sentence.
    const number = blocks[index]!.item ? listNumberLength(text) : 0;
    const label = interview?.turns[index]?.label ?? number;
    const said = segmentSentences(text.slice(label), { opening: index === 0 });
    const spans =
      label === 0 ? said : said.map((span) => ({ ...span, start: span.start + label, end: span.end + label }));
    const [first] = spans;
    // A turn of a show reads its letters out whole ("Sam writes: "…""): `readOutIn` reads the writer from it.
    const apart = interview?.turns[index] === undefined ? withLeadInsApart : (each: SentenceSpan[]) => each;
    if (number === 0 || first === undefined || label !== number) return apart(spans);
    return apart([{ ...first, start: 0, text: text.slice(0, first.end) }, ...spans.slice(1)]);
  });
  // Show notes' timestamp lists and link lines point elsewhere: like a heading, they say nothing to quote.
  const navigation = navigationLines(texts).map((each, i) => each || blocks[i]!.link === true);
  const headings = headingLines(blocks, spansOf, navigation);
  const records = recordLines(
    texts,
    blocks.map((block) => block.item === true),
  );
  const labels = labelOpenings(
    spansOf,
    blocks.map((block) => block.item === true),
    blocks.map(
      (block, i) =>
        block.heading === true ||
        block.formula === true ||
        block.address === true ||
        navigation[i] === true ||
        interview?.turns[i] !== undefined,
    ),
  );
  const paragraphs: Paragraph[] = [];
  const sentences: Passage[] = [];
  const seen = new Map<string, string>();
  let offset = 0;
  for (const [index, { text, heading }] of blocks.entries()) {
    paragraphs.push({ index, text, start: offset, end: offset + text.length, ...(heading ? { heading } : {}) });
    const turn = interview?.turns[index];
    const spans = spansOf[index]!;
    const signature = author !== undefined && isAuthorNameLine(text, author);
    // An interview's question is asked, not said: like a heading, it gives the answer its context.
    const named =
      heading === true ||
      signature ||
      navigation[index] === true ||
      blocks[index]!.formula === true ||
      turn?.role === 'question' ||
      (turn?.role === undefined && headings[index] === true && blocks[index]!.address !== true);
    for (const span of spans) {
      const id = `${slug}#${sentences.length}`;
      const leadIn = span === spans.at(-1) && isLeadIn(span.text, blocks.length - index - 1);
      // A lead-in to code ("…shows up in the logs like this:") answers for the code's words: found, never offered.
      const intoCode = span === spans.at(-1) && blocks[index]!.code !== undefined && /:\s*$/u.test(span.text);
      const marked =
        named ||
        span.heading === true ||
        isHeading(span.text) ||
        (span === spans[0] && labels[index] === true) ||
        // An answer's "Yeah." or "Thank you, Maya." keeps a conversation going, and says nothing quoted.
        (turn?.role === 'answer' && isSmallTalk(span.text)) ||
        (leadIn && !intoCode);
      // A sentence that says a heading's words again is said, not repeated: only what is said is a repeat.
      const key = wordKey(span.text);
      const duplicateOf = seen.get(key);
      if (duplicateOf === undefined && !marked) seen.set(key, id);
      sentences.push({
        id,
        slug,
        index: sentences.length,
        paragraph: index,
        text: span.text,
        start: offset + span.start,
        end: offset + span.end,
        ...(duplicateOf === undefined ? {} : { duplicateOf }),
        ...(marked ? { heading: true as const } : {}),
        ...(navigation[index] === true ? { navigation: true as const } : {}),
        ...(blocks[index]!.address === true || ((records[index] === true || intoCode) && !marked)
          ? { foundOnly: true as const }
          : {}),
      });
    }
    offset += text.length + 2;
  }
  // A text in capitals throughout has no headings: it is all sentences.
  const said = sentences.every((sentence) => sentence.heading)
    ? sentences.map(({ heading: _, ...rest }) => rest)
    : sentences;
  const code = codeBlocksOf(blocks, opening, said);
  return { body: texts.join('\n\n'), paragraphs, sentences: said, code };
}

/**
 * The body's code blocks, each with the sentence that answers for it: the last of the paragraph before it, or,
 * where that is no sentence to quote (a heading, a label, a repeat), the first its section quotes after it, else
 * the last quoted before it. A block with no sentence to answer for it is left out.
 */
function codeBlocksOf(
  blocks: readonly BodyBlock[],
  opening: readonly string[],
  sentences: readonly Passage[],
): CodeBlock[] {
  const quotable = (passage: Passage): boolean => passage.duplicateOf === undefined && passage.heading !== true;
  const carrier = (paragraph: number): number | undefined => {
    const last = sentences.findLastIndex((passage) => passage.paragraph <= paragraph);
    if (last >= 0 && sentences[last]!.paragraph === paragraph && quotable(sentences[last]!)) return last;
    const next = sentences.findIndex(
      (passage, i) => i > last && (blocks[passage.paragraph]!.heading === true || quotable(passage)),
    );
    if (next >= 0 && quotable(sentences[next]!)) return next;
    const before = sentences.findLastIndex((passage, i) => i <= last && quotable(passage));
    return before >= 0 ? before : undefined;
  };
  const code: CodeBlock[] = [];
  const add = (texts: readonly string[], paragraph: number): void => {
    const passage = carrier(paragraph);
    if (passage !== undefined) for (const text of texts) code.push({ text, passage });
  };
  add(opening, -1);
  for (const [index, block] of blocks.entries()) add(block.code ?? [], index);
  return code;
}

/** A problem of a content file, and the field it is in (none for the file as a whole). */
interface FieldProblem {
  readonly field?: string | undefined;
  readonly problem: string;
}

/** Whether an issue is a field the front matter lacks. */
const isMissing = (issue: z.core.$ZodIssue): boolean =>
  issue.code === 'invalid_type' && issue.message === MISSING_FIELD;

/**
 * The front matter's problems as its writer reads them, each with its field, and the fields it lacks said
 * together ("author:, publication: and date: are required").
 */
function frontMatterProblems(issues: readonly z.core.$ZodIssue[]): FieldProblem[] {
  const missing = issues.filter(isMissing).map((issue) => issue.path.join('.'));
  const together: FieldProblem =
    missing.length === 1
      ? { field: missing[0], problem: MISSING_FIELD }
      : { problem: `${missing.slice(0, -1).join(':, ')}: and ${missing.at(-1)}: are required` };
  // In the fields' order, the missing ones where the first of them is.
  return issues.flatMap((issue): FieldProblem[] => {
    if (isMissing(issue)) return issue === issues.find(isMissing) ? [together] : [];
    if (issue.code === 'unrecognized_keys') return [{ problem: `unknown field(s) ${issue.keys.join(', ')}` }];
    return [{ field: issue.path.join('.') || undefined, problem: issue.message }];
  });
}

/** A problem as `check` says it: "date: 2025-02-30 is not a real date". */
const problemLine = ({ field, problem }: FieldProblem): string =>
  field === undefined ? problem : `${field}: ${problem}`;

/**
 * The problems `check` names of the fields a front matter writes (`data`, as `splitFrontMatter` read it): a date
 * of no calendar day, a URL that is no web address, a field of the wrong type; not the fields it lacks nor the
 * keys it does not know, which an import takes from its options (`--author`) or reads as a site generator's
 * (`headline:`). The import says them with the front matter's other problems, as `check` does; `field` is the
 * key the problem is in (`date`, `tags.1`), for a value the import reads its own way.
 */
export function writtenFieldProblems(data: unknown): { readonly field?: string | undefined; readonly line: string }[] {
  const result = frontMatterSchema.safeParse(data ?? {});
  if (result.success) return [];
  const written = result.error.issues.filter((issue) => !isMissing(issue) && issue.code !== 'unrecognized_keys');
  return frontMatterProblems(written).map((problem) => ({ field: problem.field, line: problemLine(problem) }));
}

/**
 * Parses one content file (Markdown with YAML front matter) into an article. `fileName` is the file's
 * base name; its stem is the slug. Throws a `QuotebotError` naming the file and every problem of it, each
 * with its field. `path` is where the file is, as a command can be given it (the folder's reader knows it):
 * the hint to import a Markdown file without front matter names it so, to work from any folder. `isWord` is the
 * dictionary's test of a word, as the import has it: a word broken at a line's end ("maxi-" over "mum") joins
 * again when the text writes it whole elsewhere or the dictionary knows it (`wrappedWordTest`).
 */
export function parseArticle(
  fileName: string,
  source: string,
  path: string = fileName,
  isWord?: (word: string) => boolean,
): Article {
  const slug = fileName.replace(/\.md$/i, '');
  if (!SLUG_PATTERN.test(slug)) {
    const name = contentFileNameFor(fileName);
    throw contentError(
      fileName,
      `the file name must be a slug: lower-case words joined by hyphens, then .md${name === undefined ? '' : `: rename it ${name}`}`,
    );
  }
  // An empty file is no article begun: "missing front matter" would send it to an import that finds no text.
  if (source.replace(/^\uFEFF/, '').trim() === '')
    throw contentError(fileName, 'is empty: write an article in it (--- front matter, then its text) or remove it');
  let parts: ReturnType<typeof splitFrontMatter>;
  try {
    // Soft hyphens and their kind split words for search and show on cards: a file written before the import
    // dropped them, or by hand, is read without them.
    parts = splitFrontMatter(withoutInvisibleFormat(source));
  } catch (error) {
    throw contentError(fileName, `the front matter is not valid YAML (${(error as Error).message})`);
  }
  if (parts === undefined && hasTomlFrontMatter(source))
    throw contentError(
      fileName,
      `the front matter is TOML (+++, Hugo's): a content file's is YAML between --- lines (title: …); \`quotebot import ${shellArgument(path)}\` writes one from it (then move the original out of the folder)`,
    );
  if (parts === undefined && opensUnclosedFrontMatter(source))
    throw contentError(
      fileName,
      'the front matter has no closing ---: put a line of --- after its last field, before the text',
    );
  if (parts === undefined) {
    // A post written as Markdown alone ("# Title" and its text) is what the import reads into a content file.
    throw contentError(
      fileName,
      `missing front matter: the file must start with a --- block of YAML; \`quotebot import ${shellArgument(path)}\` writes one from its text (then move the original out of the folder)`,
    );
  }
  const result = frontMatterSchema.safeParse(parts.data ?? {});
  const author = result.success ? result.data.author : undefined;
  const { body, paragraphs, sentences, code } = splitBody(slug, parts.body, author, isWord);
  const problems: FieldProblem[] = [
    ...parts.problems.map((problem) => ({ problem })),
    ...(result.success ? [] : frontMatterProblems(result.error.issues)),
  ];
  if (sentences.length === 0) problems.push({ field: 'body', problem: 'the body has no text' });
  // Every problem of the file at once, not one per fix: "publication: is required; date: is not a real date".
  const [only] = problems;
  if (!result.success || only !== undefined)
    throw problems.length === 1 && only !== undefined
      ? contentError(fileName, only.problem, only.field)
      : contentError(
          fileName,
          problems.map(problemLine).join('; '),
        );
  return { slug, meta: metaFrom(result.data), body, paragraphs, sentences, ...(code.length > 0 ? { code } : {}) };
}

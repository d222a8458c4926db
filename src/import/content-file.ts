import { Document, YAMLSeq, type Scalar } from 'yaml';
import type { Article } from '../content/article.js';
import { parseArticle } from '../content/parse-article.js';
import { listRuns, runText } from '../content/list-runs.js';
import { QuotebotError } from '../errors.js';
import { hasChecklistMark, withoutChecklistMark } from '../text/checklist-marks.js';
import { transcriptNotesIn, withoutTranscriptNotes } from '../text/transcript-notes.js';
import {
  cleanLine,
  ImportWarningCode,
  isCodeParagraph,
  missingFields,
  type ArticleDraft,
  type ImportWarning,
  withoutItemMark,
} from './draft.js';
import { failed, ImportProblemCode, succeeded, type ImportOutcome } from './problems.js';

const HEADING = /^#{1,6}\s/;
/** A link alone as the import writes it (`[Jo's pottery studio](https://…)`): the reader reads its words. */
const LINK_ALONE = /^\[([^\]]+)\]\([^)\s]+\)$/u;
const FOLD_FROM = 100;
/**
 * A "<" that a content file would read as the start of a tag (`Box<dyn Error>`, `kill.<service>`, once code
 * spans lost their backticks): written escaped, so the file reads back the text the draft holds.
 */
const TAG_START = /<(?=[\p{L}/!?])/gu;
/** Kinds of transcript note a warning names ("(Applause.), (Laughter.)"). */
const MAX_NOTES_SHOWN = 3;

/** Front matter in the order of the content format, snake_case keys, absent fields left out. */
function frontMatterOf(draft: ArticleDraft): Record<string, unknown> {
  const entries: [string, unknown][] = [
    ['title', draft.title],
    ['author', draft.author],
    ['author_bio', draft.authorBio],
    ['publication', draft.publication],
    ['section', draft.section],
    ['date', draft.date],
    ['url', draft.url],
    ['topic', draft.topic],
    ['region', draft.region],
    ['tags', draft.tags.length > 0 ? draft.tags : undefined],
    ['deck', draft.deck],
    ['image_credit', draft.imageCredit],
    ['glossary', draft.glossary !== undefined && draft.glossary.length > 0 ? draft.glossary : undefined],
  ];
  return Object.fromEntries(
    entries
      .map(([key, value]) => [key, typeof value === 'string' ? cleanLine(value) : value] as const)
      .filter(([, value]) => value !== undefined && value !== ''),
  );
}

/**
 * Writes a draft as a content file: YAML front matter (snake_case keys, long decks folded) and the body
 * paragraphs separated by blank lines. Pure text; `buildContentFile` is the one that validates it.
 */
export function draftToMarkdown(draft: ArticleDraft): string {
  const document = new Document(frontMatterOf(draft));
  const deck = document.get('deck', true) as Scalar | undefined;
  if (deck && String(deck.value).length > FOLD_FROM) deck.type = 'BLOCK_FOLDED';
  const glossary = document.get('glossary', true);
  if (glossary instanceof YAMLSeq)
    for (const entry of glossary.items) if (entry instanceof YAMLSeq) entry.flow = true;
  const yaml = document.toString({ lineWidth: 0, flowCollectionPadding: false });
  // A code block is written as it is: a fence's lines are no text, whose "<" no tag.
  const body = draft.paragraphs
    .map((paragraph) =>
      isCodeParagraph(paragraph) ? paragraph : cleanLine(paragraph).replace(TAG_START, '\\<'),
    )
    .filter((paragraph) => paragraph.length > 0);
  return `---\n${yaml}---\n\n${body.join('\n\n')}\n`;
}

/** A validated content file: its text, the article it parses into, and what to tell the user. */
export interface ContentFile {
  readonly slug: string;
  readonly markdown: string;
  readonly article: Article;
}

/**
 * Turns a draft into a content file and proves it by reading it back with `parseArticle`, the loader's
 * own validator: a file that comes out of here loads. Fails with the fields still missing, or when the
 * body has no sentence.
 */
export function buildContentFile(
  source: string,
  slug: string,
  draft: ArticleDraft,
): ImportOutcome<ContentFile> {
  // A list's item is read without its mark (`- `): its words are the paragraph compared.
  const marked = draft.paragraphs
    .filter(
      (paragraph) => !HEADING.test(paragraph) && !isCodeParagraph(paragraph) && cleanLine(paragraph) !== '',
    )
    .map((paragraph) => withoutItemMark(cleanLine(paragraph)))
    .map((paragraph) => LINK_ALONE.exec(paragraph)?.[1] ?? paragraph);
  // A checklist's box is left out on purpose, as the reader does: said once, below.
  const checklistMarks = marked.filter(hasChecklistMark).length;
  const text = marked.map(withoutChecklistMark);
  if (text.length === 0)
    return draft.title === undefined
      ? failed({ code: ImportProblemCode.NoArticle, source })
      : failed({ code: ImportProblemCode.NoBody, source, detail: draft.title });
  const missing = missingFields(draft);
  if (missing.length > 0) return failed({ code: ImportProblemCode.MissingFields, source, fields: missing });
  const markdown = draftToMarkdown(draft);
  let article: Article;
  try {
    article = parseArticle(`${slug}.md`, markdown);
  } catch (error) {
    if (!(error instanceof QuotebotError)) throw error;
    return failed({ code: ImportProblemCode.InvalidContent, source, detail: error.message, slug });
  }
  const warnings: ImportWarning[] = [];
  // A list's lead-in and its fragments are read as one paragraph: each run is compared whole, and named by
  // the number of its first paragraph.
  const runs = listRuns(text.map(cleanLine));
  const expected = runs.map(runText);
  // A `## heading` is a paragraph the reader keeps as a heading, and the draft's paragraphs compared leave out.
  const said = article.paragraphs.filter((paragraph) => paragraph.heading !== true);
  let read = 0;
  let number = 1;
  const notes: string[] = [];
  for (const [index, paragraph] of expected.entries()) {
    const got = said[read]?.text;
    // A transcript's notes ("(Applause.)") are left out on purpose: said once, below, not as Markdown.
    const withoutNotes = withoutTranscriptNotes(paragraph);
    if (withoutNotes !== paragraph && (got === withoutNotes || withoutNotes === '')) {
      notes.push(...transcriptNotesIn(paragraph));
      if (withoutNotes !== '') read++;
    } else if (got === paragraph) read++;
    else {
      warnings.push({
        code: ImportWarningCode.ParagraphChanged,
        subject: String(number),
        detail: paragraph,
      });
      // A paragraph the reader skips entirely leaves the next one in its place.
      if (got !== expected[index + 1]) read++;
    }
    number += runs[index]!.length;
  }
  if (notes.length > 0)
    warnings.push({
      code: ImportWarningCode.TranscriptNotes,
      subject: String(notes.length),
      detail: [...new Set(notes)].slice(0, MAX_NOTES_SHOWN).join(', '),
    });
  if (checklistMarks > 0)
    warnings.push({ code: ImportWarningCode.ChecklistMarks, subject: String(checklistMarks) });
  warnings.push(...shapeWarnings(article));
  return succeeded({ slug, markdown, article }, warnings);
}

/** Sentences in one paragraph above which a body reads as paragraphs run together (an address is 70–350). */
const ONE_PARAGRAPH_SENTENCES = 40;
/** Characters above which a sentence is no sentence (the longest quotable one of the seed is some 620). */
const LONG_SENTENCE_CHARACTERS = 2_000;

/** What the importer read that a person should look at: paragraphs run together, no sentence breaks. */
function shapeWarnings(article: Article): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  if (article.paragraphs.length === 1 && article.sentences.length > ONE_PARAGRAPH_SENTENCES)
    warnings.push({ code: ImportWarningCode.OneParagraph, detail: String(article.sentences.length) });
  const long = article.sentences.find((sentence) => sentence.text.length > LONG_SENTENCE_CHARACTERS);
  if (long !== undefined)
    warnings.push({
      code: ImportWarningCode.LongSentence,
      subject: String(long.index + 1),
      detail: String(long.text.length),
    });
  return warnings;
}

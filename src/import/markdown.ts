import { splitFrontMatter } from '../content/front-matter.js';
import { writtenFieldProblems } from '../content/parse-article.js';
import { splitTomlFrontMatter } from '../content/toml-front-matter.js';
import { isAuthorNameLine, nameWithOffice } from '../text/author-line.js';
import { foldText } from '../text/fold.js';
import {
  cleanLine,
  definedFields,
  fencedParagraph,
  ImportWarningCode,
  ITEM_MARK,
  missingFields,
  type ArticleDraft,
  type ImportWarning,
} from './draft.js';
import { headerLine } from './header-lines.js';
import { kickerOf } from './header-labels.js';
import { draftFieldsOf } from './foreign-front-matter.js';
import { fencedCodeBlocks, markdownBlocks, type MarkdownBlock } from '../text/markdown-blocks.js';
import { wrappedWordTest } from '../text/line-hyphens.js';
import { joinedLines, versesOf } from '../text/verse.js';
import { extractFromBlocks } from './plain-text.js';
import { failed, ImportProblemCode, succeeded, type ImportOutcome } from './problems.js';
import { tableWarnings } from './table-warnings.js';

// A link alone keeps its address (`[Luis on Instagram](https://…)`): the content file reads it as a pointer, not prose.
const asParagraph = (block: MarkdownBlock, verse?: boolean, isWord?: (word: string) => boolean): string =>
  block.kind === 'code'
    ? fencedParagraph(block.lines, block.info)
    : block.kind === 'heading'
      ? `## ${cleanLine(block.lines.join(' '))}`
      : `${block.number === undefined ? (block.item ? ITEM_MARK : '') : `${block.number} `}${block.link === undefined ? cleanLine(joinedLines(block.lines, verse, isWord)) : `[${cleanLine(block.lines.join(' '))}](${block.link})`}`;

/** Where a code block stands while the header is read: a private-use character and its number. */
const CODE_MARK = '\uE002';

/** Whether the import read a value for a content file's key (`date`, `author_bio`, `tags.1`) from the front matter. */
function isRead(fields: Partial<ArticleDraft>, key: string): boolean {
  const name = key.split('.')[0]!.replace(/_(\p{Ll})/gu, (_, letter: string) => letter.toUpperCase());
  return (fields as Readonly<Record<string, unknown>>)[name] !== undefined;
}

/**
 * Extracts an article from Markdown, with or without front matter. Front matter (this project's keys or
 * a site generator's, in YAML between `---` or in Hugo's TOML between `+++`) wins; when it is complete the
 * body is taken as written, but for a `# Title` that repeats the title and the `##` or italic deck under it.
 * Otherwise the body's own header fills the gaps: `# Title`, a `##` or italic line under it as the deck,
 * then the same byline, dateline and closing lines that plain text has. The author's name alone under the title
 * (`author:`, or the user's `--author`), with words of office or not ("Mayor Daniel Okafor"), is a byline.
 */
export function extractMarkdown(
  source: string,
  text: string,
  author?: string,
  isWord?: (word: string) => boolean,
): ImportOutcome<ArticleDraft> {
  let parts: ReturnType<typeof splitFrontMatter>;
  try {
    parts = splitFrontMatter(text) ?? splitTomlFrontMatter(text);
  } catch (error) {
    return failed({
      code: ImportProblemCode.InvalidContent,
      source,
      detail: `the front matter is not valid YAML (${(error as Error).message})`,
    });
  }
  const { fields, ignored, invalid } = draftFieldsOf(parts?.data);
  if (parts !== undefined && parts.problems.length > 0) {
    // Every problem `check` would name, not only those of the YAML, so that a user fixes them all in one go; but
    // for a value the import reads its own way ("date: 3 March 2021", a list as the title).
    const unread = writtenFieldProblems(parts.data).filter(
      ({ field }) => field === undefined || !isRead(fields, field),
    );
    const problems = [...parts.problems, ...unread.map(({ line }) => line)];
    return failed({ code: ImportProblemCode.InvalidContent, source, detail: problems.join('; ') });
  }
  const warnings: ImportWarning[] = [
    ...(ignored.length > 0 ? [{ code: ImportWarningCode.IgnoredFields, detail: ignored.join(', ') }] : []),
    ...invalid.map((field) => ({ code: ImportWarningCode.InvalidValue, subject: field })),
  ];
  const blocks = markdownBlocks(parts?.body ?? text, true);
  warnings.push(...tableWarnings(blocks.map((block) => block.table)));
  const codeBlocks = fencedCodeBlocks(parts?.body ?? text);
  if (codeBlocks > 0) warnings.push({ code: ImportWarningCode.CodeBlocks, subject: String(codeBlocks) });
  // A kicker over the `# Title` ("ANALYSIS", "Opinion | Politics") labels it: its first part in words is the section.
  const kicker = kickerOverTitle(blocks);
  if (kicker !== undefined) blocks.shift();
  const first = blocks[0];
  let title = fields.title;
  let titled = false;
  if (first?.kind === 'heading' && first.level === 1) {
    const heading = cleanLine(first.lines.join(' '));
    if (title === undefined || foldText(heading) === foldText(title)) {
      title ??= heading;
      titled = true;
      blocks.shift();
    }
  }
  const complete =
    missingFields({ tags: [], ...fields, ...definedFields({ title }), paragraphs: [] }).length === 0;
  let deck = fields.deck;
  const under = blocks[0];
  // (An italic byline under the title is the byline: "*Posted by Ana Silva on 3 March 2021*".) With its
  // fields all in the front matter, a file's body is as written but for the `# Title` that repeats its title
  // and the `##` subtitle under that, its deck.
  if (
    deck === undefined &&
    title !== undefined &&
    (titled || !complete) &&
    under &&
    under.kind !== 'text' &&
    under.kind !== 'code' &&
    blocks.length > 1 &&
    headerLine(cleanLine(under.lines.join(' '))) === undefined
  ) {
    deck = cleanLine(under.lines.join(' '));
    blocks.shift();
  }
  const signer = fields.author ?? author;
  const nameLine = blocks[0]?.kind === 'text' ? cleanLine(blocks[0].lines.join(' ')) : undefined;
  let signed: string | undefined;
  if (
    complete &&
    signer !== undefined &&
    nameLine !== undefined &&
    blocks.length > 1 &&
    isAuthorNameLine(nameLine, signer)
  ) {
    signed = nameWithOffice(nameLine, signer);
    blocks.shift();
  }
  if (complete) {
    // A poem's or a song's stanzas keep their breaks (`versesOf`), as the reader reads them.
    const verses = versesOf(
      blocks.map((block) =>
        block.kind === 'heading' || block.kind === 'code' || block.item ? [] : block.lines,
      ),
    );
    // A word broken at a line's end joins again as a plain text's does (`wrappedWordTest`).
    const known = wrappedWordTest(
      blocks.flatMap((block) => (block.kind === 'code' ? [] : block.lines)),
      isWord,
    );
    return succeeded(
      {
        tags: [],
        ...fields,
        ...definedFields({ section: kicker }),
        ...definedFields({ title, deck, author: signed }),
        paragraphs: blocks.map((block, i) => asParagraph(block, verses[i], known)),
      },
      warnings,
    );
  }
  // A code block goes through the header's reading as a mark of its own, and comes back as written.
  const code = blocks.filter((block) => block.kind === 'code').map((block) => asParagraph(block));
  let codeAt = 0;
  const read = extractFromBlocks(
    blocks.map((block) =>
      block.kind === 'code'
        ? [`${CODE_MARK}${codeAt++}`]
        : block.kind === 'heading' || block.item
          ? [asParagraph(block)]
          : block.lines,
    ),
    { title, deck, deckAfterRepeatedTitle: false, author: signer, isWord },
  );
  const found = {
    ...read,
    paragraphs: read.paragraphs.map((paragraph) =>
      paragraph.startsWith(CODE_MARK)
        ? (code[Number(paragraph.slice(CODE_MARK.length))] ?? paragraph)
        : paragraph,
    ),
  };
  const tags = fields.tags ?? found.tags;
  // "Mayor Daniel Okafor" under the title of `author: Daniel Okafor`: the author as the text names them.
  const withOffice =
    fields.author !== undefined && found.author !== undefined && nameWithOffice(found.author, fields.author);
  return succeeded(
    {
      ...found,
      ...definedFields({ section: kicker }),
      ...definedFields(fields),
      ...definedFields({ author: withOffice || undefined }),
      tags,
      paragraphs: found.paragraphs,
    },
    warnings,
  );
}

/**
 * The section a kicker over the `# Title` names (`kickerOf`: "Exclusive", "Opinion | Politics" → "Opinion"), ''
 * for one in capitals ("ANALYSIS", a shout, as a label over a byline is), undefined when the body opens with no
 * kicker. Only over a `# Title`: a short line over text is the body's own.
 */
function kickerOverTitle(blocks: readonly MarkdownBlock[]): string | undefined {
  const [line, heading] = blocks;
  if (line?.kind !== 'text' || line.item || line.lines.length !== 1) return undefined;
  if (heading?.kind !== 'heading' || heading.level !== 1) return undefined;
  const part = kickerOf(line.lines[0]!)?.[0];
  if (part === undefined) return undefined;
  return part === part.toLocaleUpperCase() ? '' : cleanLine(part);
}

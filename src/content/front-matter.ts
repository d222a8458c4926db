import { LineCounter, parseDocument, Parser, YAMLParseError } from 'yaml';

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /\r?\n---[ \t]*(?:\r?\n|$)/;
/** The lines of the file before the YAML: the opening `---`. */
const LINES_BEFORE_YAML = 1;
/** A field's line whose colon was forgotten: a name at the start of the line, a space, then its value. */
const NO_COLON = /^([\p{L}_][\p{L}\p{N}_-]*)[ \t]+([^\s#:][^:]*)$/u;

export { opensWithFrontMatter } from './front-matter-opening.js';

/** Front matter split from its body; `problems` are the lines read as if their colon were there. */
export interface FrontMatterParts {
  readonly data: unknown;
  readonly body: string;
  readonly problems: readonly string[];
}

/**
 * What stands between a file's opening fence (`opening`, at its very start) and the closing one, and the body
 * after it; undefined when either fence is missing. The fences of YAML (`---`) and TOML (`+++`) front matter.
 */
export function betweenFences(
  text: string,
  opening: RegExp,
  closing: RegExp,
): { readonly inside: string; readonly body: string } | undefined {
  const open = opening.exec(text);
  if (!open) return undefined;
  const rest = text.slice(open[0].length);
  const close = closing.exec(rest);
  if (!close) return undefined;
  return { inside: rest.slice(0, close.index), body: rest.slice(close.index + close[0].length) };
}

/**
 * Splits `---` YAML front matter from a Markdown body. Throws a plain Error whose message is the YAML problem
 * in one line, placed in the whole file: "line 4, column 17: a closing " is missing". A field written without
 * its colon ("publication Village News") is no YAML error to its writer: it is said in their words, and the
 * rest is read as if the colon were there, so that the file's other problems are said at once; so is a quote
 * left open, said where it opens and read as if closed at the end of that line.
 */
export function splitFrontMatter(text: string): FrontMatterParts | undefined {
  const fenced = betweenFences(text, OPENING, CLOSING);
  if (!fenced) return undefined;
  const { inside: yaml, body } = fenced;
  const document = parseDocument(yaml);
  const [error] = document.errors;
  if (error === undefined) return { data: document.toJS(), body, problems: [] };
  const quote = unclosedQuote(yaml, error);
  const colons = withColons(quote?.yaml ?? yaml);
  const problems = [...(quote ? [`the front matter is not valid YAML (${quote.problem})`] : []), ...colons.problems];
  if (problems.length > 0) {
    const again = parseDocument(colons.yaml);
    if (again.errors.length === 0) return { data: again.toJS(), body, problems };
  }
  throw new Error(quote?.problem ?? yamlProblem(error), { cause: error });
}

/** Whether a text opens a `---` front matter that no `---` line closes: its fields run to the end of the file. */
export function opensUnclosedFrontMatter(text: string): boolean {
  const opening = OPENING.exec(text);
  return opening !== null && !CLOSING.test(text.slice(opening[0].length));
}

/** A scalar of the YAML's syntax tree: where it starts, and its text with its quotes. */
interface QuotedToken {
  readonly type: string;
  readonly offset: number;
  readonly source: string;
}

/** The quoted scalar of a syntax tree (`Parser`'s tokens) that holds the offset. */
function quotedTokenAt(token: unknown, offset: number): QuotedToken | undefined {
  if (token === null || typeof token !== 'object') return undefined;
  const candidate = token as Partial<QuotedToken>;
  if (
    (candidate.type === 'double-quoted-scalar' || candidate.type === 'single-quoted-scalar') &&
    typeof candidate.offset === 'number' &&
    typeof candidate.source === 'string' &&
    candidate.offset <= offset &&
    offset <= candidate.offset + candidate.source.length
  )
    return candidate as QuotedToken;
  for (const value of Object.values(token)) {
    const found = quotedTokenAt(value, offset);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * A quote left open ("title: \"Unclosed") runs on through the next fields to the end of the front matter,
 * where the YAML library says a closing quote is missing: the place to say is where it opens. Closing it at
 * the end of that line reads the other fields, so that their problems are said too (`date: 2024-13-01`).
 */
function unclosedQuote(yaml: string, error: unknown): { problem: string; yaml: string } | undefined {
  if (!(error instanceof YAMLParseError) || error.code !== 'MISSING_CHAR') return undefined;
  const lines = new LineCounter();
  const tokens = [...new Parser(lines.addNewLine).parse(yaml)];
  const token = tokens.map((each) => quotedTokenAt(each, error.pos[0])).find((each) => each !== undefined);
  if (token === undefined) return undefined;
  const mark = token.source[0] ?? '"';
  const { line, col } = lines.linePos(token.offset);
  const lineEnd = yaml.indexOf('\n', token.offset);
  const end = lineEnd < 0 ? yaml.length : yaml[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
  return {
    problem: `line ${line + LINES_BEFORE_YAML}, column ${col}: the ${mark} that opens here is never closed`,
    yaml: `${yaml.slice(0, end)}${mark}${yaml.slice(end)}`,
  };
}

/** The YAML with a colon put after the name on each top-level line that lacks one, and those lines said. */
function withColons(yaml: string): { yaml: string; problems: string[] } {
  const problems: string[] = [];
  const lines = yaml.split('\n').map((line, index) => {
    const match = NO_COLON.exec(line.replace(/\r$/, ''));
    if (!match) return line;
    problems.push(
      `line ${index + 1 + LINES_BEFORE_YAML}: \`${match[0].trim()}\` has no colon after the field name`,
    );
    return `${match[1]}: ${match[2]}`;
  });
  return { yaml: lines.join('\n'), problems };
}

/**
 * The YAML library's message counts lines from the front matter's first, not the file's, and runs on over
 * several lines (the text again, a caret under the column): its first line, without its place, is the reason.
 */
function yamlProblem(error: unknown): string {
  const first = ((error as Error).message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
  const reason = first.replace(/^Missing closing (["'])quote$/, 'a closing $1 is missing');
  const at = error instanceof YAMLParseError ? error.linePos?.[0] : undefined;
  if (at === undefined) return reason;
  const lowered = /^[A-Z][a-z]/.test(reason) ? reason[0]!.toLowerCase() + reason.slice(1) : reason;
  return `line ${at.line + LINES_BEFORE_YAML}, column ${at.col}: ${lowered}`;
}

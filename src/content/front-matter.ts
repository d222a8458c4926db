import { parse, YAMLParseError } from 'yaml';

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /\r?\n---[ \t]*(?:\r?\n|$)/;
/** The lines of the file before the YAML: the opening `---`. */
const LINES_BEFORE_YAML = 1;

/**
 * Splits `---` YAML front matter from a Markdown body. Throws a plain Error whose message is the YAML problem
 * in one line, placed in the whole file: "line 4, column 17: a closing " is missing".
 */
export function splitFrontMatter(text: string): { data: unknown; body: string } | undefined {
  const opening = OPENING.exec(text);
  if (!opening) return undefined;
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) return undefined;
  const yaml = rest.slice(0, closing.index);
  let data: unknown;
  try {
    data = parse(yaml);
  } catch (error) {
    throw new Error(yamlProblem(error), { cause: error });
  }
  return { data, body: rest.slice(closing.index + closing[0].length) };
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

import { parse } from 'yaml';
import { betweenFences, type FrontMatterParts } from './front-matter.js';

const OPENING = /^\uFEFF?\+\+\+[ \t]*\r?\n/;
const CLOSING = /\r?\n\+\+\+[ \t]*(?:\r?\n|$)/;
/** The lines of the file before the TOML: the opening `+++`. */
const LINES_BEFORE_TOML = 1;
const KEY_VALUE = /^([\w-]+|"[^"]*")[ \t]*=[ \t]*(.*)$/;
const TABLE = /^\[\[?[ \t]*([\w.-]+)[ \t]*\]\]?[ \t]*(?:#.*)?$/;

/** Whether a text opens with `+++`: TOML front matter, Hugo's default. */
export const hasTomlFrontMatter = (text: string): boolean => OPENING.test(text);

/**
 * Splits `+++` TOML front matter (Hugo's) from a Markdown body, for the import. It reads the TOML a post's
 * front matter is made of: `key = value` lines whose values are strings, dates, numbers, booleans and arrays
 * (over several lines too), and `[table]` headers, whose keys go into that table. A value in the
 * common syntax of TOML and YAML flow values is read by the YAML parser the content files use, so no TOML
 * library is needed; the rest (inline tables, multi-line strings) is named in `problems` by its lines.
 */
export function splitTomlFrontMatter(text: string): FrontMatterParts | undefined {
  const fenced = betweenFences(text, OPENING, CLOSING);
  if (!fenced) return undefined;
  const { body } = fenced;
  const lines = fenced.inside.split(/\r?\n/);
  const data: Record<string, unknown> = {};
  let table = data;
  const unread: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.trim();
    const lineNumber = index + 1 + LINES_BEFORE_TOML;
    if (line === '' || line.startsWith('#')) continue;
    const header = TABLE.exec(line);
    if (header) {
      table = {};
      data[header[1]!] = table;
      continue;
    }
    const field = KEY_VALUE.exec(line);
    let value = field?.[2] ?? '';
    // An array written over several lines runs on until its brackets close.
    while (value.startsWith('[') && !closes(value) && index + 1 < lines.length)
      value += ` ${lines[++index]!.trim()}`;
    const read = field === null ? undefined : valueOf(value);
    if (field === null || read === undefined)
      unread.push(`line ${lineNumber} (\`${line}\`)`);
    else table[field[1]!.replace(/^"|"$/g, '')] = read;
  }
  const problems =
    unread.length === 0
      ? []
      : [
          `${unread.join(', ')} ${unread.length > 1 ? 'are' : 'is'} not TOML this import reads (key = "text", a date, a number or a list): write the front matter as YAML between --- lines`,
        ];
  return { data, body, problems };
}

/** Whether an array's text has as many `]` as `[` outside its strings. */
function closes(value: string): boolean {
  const bare = value.replace(/"(?:[^"\\]|\\.)*"|'[^']*'/g, '');
  return (bare.match(/\[/g) ?? []).length <= (bare.match(/]/g) ?? []).length;
}

/** A value YAML reads as TOML means it: a string, a date (kept as its text), a number, a boolean, a list. */
function valueOf(text: string): unknown {
  if (/^(?:"""|'''|\{)/.test(text)) return undefined;
  try {
    const value: unknown = parse(text);
    if (value === null || (typeof value === 'object' && !Array.isArray(value))) return undefined;
    return value;
  } catch {
    return undefined;
  }
}

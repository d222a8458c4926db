import { parse } from 'yaml';

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits `---` YAML front matter from a Markdown body. Throws a plain Error with the YAML problem. */
export function splitFrontMatter(text: string): { data: unknown; body: string } | undefined {
  const opening = OPENING.exec(text);
  if (!opening) return undefined;
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) return undefined;
  const yaml = rest.slice(0, closing.index);
  return { data: parse(yaml) as unknown, body: rest.slice(closing.index + closing[0].length) };
}

import { opensInSmallLetter } from './segment.js';
/** Double quotation marks, straight and curly. */
const DOUBLE = /["“”„]/g;

/**
 * The mark that closes a quotation a mark opens, and the reverse: curly for a straight one, as the passage's own
 * straight marks are shown (`asPiece`).
 */
const CLOSING: Readonly<Record<string, string>> = { '"': '”', '“': '”', '„': '“' };
const OPENING: Readonly<Record<string, string>> = { '"': '“', '”': '“' };

/**
 * The marks to show a passage between:
 * - none when it is itself one quotation in its own marks ("“That means there are a limited number of new
 *   opportunities.”"), so that it does not read “"…"”;
 * - when its marks do not pair up, only the mark that balances them, in their style (curly for straight ones,
 *   as `asPiece` shows those): a quotation that began before it gets its opening mark (`I do not wish to make
 *   any judgements," Mr Chidambaram said.`), one that goes on past it its closing mark (`"Some countries…`);
 * - when it holds quotations of its own, ‘ and ’;
 * - else “ and ”.
 */
export function quoteMarksFor(text: string): readonly [open: string, close: string] {
  const trimmed = text.trim();
  const marks = [...trimmed.matchAll(DOUBLE)].map((match) => match.index);
  const first = trimmed[marks[0] ?? -1];
  const last = trimmed[marks.at(-1) ?? -1];
  if (marks.length === 2 && marks[0] === 0 && marks[1] === trimmed.length - 1 && first !== '”')
    return ['', ''];
  if (marks.length % 2 === 1) {
    if (closes(trimmed, marks[0]!)) return [OPENING[first!] ?? '“', ''];
    if (!closes(trimmed, marks.at(-1)!)) return ['', CLOSING[last!] ?? '”'];
  }
  // Quotations of its own inside it: the outer marks are the single ones, as nested quotations alternate
  // (‘…she was “terrified of losing.”’, not “…“terrified of losing.””).
  return marks.length > 0 ? ['‘', '’'] : ['“', '”'];
}

/**
 * A sentence shown on its own, not between quotation marks (a summary's bullet), with the one mark that
 * balances a quotation it opens or closes but does not hold whole: `"Nobody from the council came.` ends
 * with its closing mark, `I'd still be asleep," she said.` begins with its opening one; its own straight double
 * marks are curly, as a quote's are (`asPiece`).
 */
export function withBalancedMarks(text: string): string {
  const [open, close] = quoteMarksFor(text);
  const balancing = (open === '') !== (close === '');
  return balancing ? `${open}${curlyDoubleMarks(text.trim())}${close}` : curlyDoubleMarks(text);
}

/** Whether the mark at `at` closes a quotation: a right mark, or a straight one that follows a word. */
function closes(text: string, at: number): boolean {
  const mark = text[at];
  if (mark === '”') return true;
  if (mark !== '"') return false;
  return at > 0 && !/[\s([{—–-]/u.test(text[at - 1]!);
}

/**
 * A sentence's straight double marks as curly ones (`"We were told…," said Tom Hale` → “We were told…,” said
 * Tom Hale), one character for one, so highlights stay where they were: inside the single marks a quotation
 * that holds quotations is shown between, the inner ones are the double curly marks.
 */
function curlyDoubleMarks(text: string): string {
  if (!text.includes('"')) return text;
  return text.replace(/"/g, (_mark, at: number) => (closes(text, at) ? '”' : '“'));
}

/**
 * A piece of a sentence cut at its semicolons, as shown (the search quotes such pieces alone): "…" before one
 * that goes on from the part before it (it opens in small letters: "and (3) Third, …"), and "…" in place of
 * the semicolon of one the sentence goes on after ("(2) Second, passage of the tax reforms;"). `text` is the
 * passage's text without that semicolon, its highlights unmoved; a whole sentence is as it is, but that its
 * straight double marks are curly, “ and ”: inside the ‘ and ’ of one that quotes someone (`quoteMarksFor`),
 * as nested quotations alternate, and as the marks of one that is a quotation (`"Every tree was a scandal.` then
 * `Now people bring…in them."` is shown “Now people bring…in them.”, the card's large “ before it).
 */
export function asPiece(text: string): {
  readonly text: string;
  readonly lead: string;
  readonly trail: string;
} {
  // Between ‘ and ’, as the one quotation it is, or with the mark that balances it: its own marks are shown.
  const shown = curlyDoubleMarks(text);
  const trimmed = shown.trimEnd();
  const goesOn = trimmed.endsWith(';');
  return {
    text: goesOn ? trimmed.slice(0, -1) : shown,
    lead: opensInSmallLetter(text) ? '…' : '',
    trail: goesOn ? '…' : '',
  };
}

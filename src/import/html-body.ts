import { ELEMENT_NODE, TEXT_NODE, type DomElement, type DomNode } from './dom.js';
import { tableSentences } from '../text/table-rows.js';
import { cleanLine, ITEM_MARK } from './draft.js';

/** A block of an article's HTML body, as text. */
export interface HtmlBlock {
  readonly kind: 'paragraph' | 'heading' | 'caption';
  readonly text: string;
  /** A table's row read as a sentence, a list's item (`tableBlocks`): the table's head, "District | Average price". */
  readonly table?: string;
  /**
   * The address of a list's item or a paragraph that is one link and nothing else (`<li><a href="https://…">Jo's
   * pottery studio</a></li>`): show notes' links, kept as the Markdown import keeps `- [label](https://…)`.
   */
  readonly link?: string;
  /** A list's item (`<li>`). */
  readonly item?: true;
}

const BLOCK_TAGS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL'.split(
    ' ',
  ),
);
// Never article text: code listings are not quotable prose, the rest is page furniture.
const SKIPPED_TAGS = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE SVG CANVAS BUTTON SELECT TEXTAREA INPUT PRE IFRAME OBJECT'.split(' '),
);
const HEADING = /^H[1-6]$/;
/** The blocks that may be one link alone: a list's item, a paragraph. */
const LINK_HOLDERS = new Set(['LI', 'P']);
const ROW_GROUPS = new Set(['THEAD', 'TBODY', 'TFOOT']);
const CELLS = new Set(['TH', 'TD']);

const isElement = (node: DomNode): node is DomElement => node.nodeType === ELEMENT_NODE;

function inlineText(node: DomNode): string {
  if (node.nodeType === TEXT_NODE) return node.textContent ?? '';
  if (!isElement(node)) return '';
  const tag = node.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag)) return '';
  if (tag === 'BR') return ' ';
  return Array.from(node.childNodes, inlineText).join('');
}

/** An address a link keeps: one that leads somewhere on its own (a page's `/about` leads nowhere from a file). */
const ABSOLUTE_ADDRESS = /^(?:https?:\/\/|mailto:)\S+$/iu;

/**
 * The address of an element whose only words are one link's (`<li><a href="https://…">Jo's pottery studio</a></li>`),
 * written so that Markdown reads it whole; undefined when it holds other words or the link leads nowhere alone.
 */
function linkAloneIn(element: DomElement): string | undefined {
  const links = Array.from(element.childNodes).filter(
    (child) => (child.textContent ?? '').trim() !== '' || (isElement(child) && tagOf(child) === 'A'),
  );
  const [only] = links;
  if (links.length !== 1 || only === undefined || !isElement(only) || tagOf(only) !== 'A') return undefined;
  const address = (only.getAttribute('href') ?? '').trim();
  return ABSOLUTE_ADDRESS.test(address) ? address.replace(/[()\s]/gu, encodeURIComponent) : undefined;
}

const childElements = (element: DomElement): DomElement[] => Array.from(element.childNodes).filter(isElement);
const tagOf = (element: DomElement): string => element.tagName.toUpperCase();

/**
 * A data table's rows as sentences, as a Markdown table's are (`tableSentences`): its head is its `<thead>`'s row,
 * or its first row. Undefined for a table that lays out a page (a cell holding paragraphs, lists or another
 * table), or that has no row under its head: its cells are read as paragraphs.
 */
function tableBlocks(table: DomElement): HtmlBlock[] | undefined {
  const rows = childElements(table).flatMap((child) =>
    ROW_GROUPS.has(tagOf(child))
      ? childElements(child).filter((row) => tagOf(row) === 'TR')
      : tagOf(child) === 'TR'
        ? [child]
        : [],
  );
  const cells = rows.map((row) => childElements(row).filter((cell) => CELLS.has(tagOf(cell))));
  const laidOut = cells.flat().some((cell) => cell.querySelector(Array.from(BLOCK_TAGS).join(', ')) !== null);
  const [head, ...body] = cells.map((row) => row.map((cell) => cleanLine(inlineText(cell))));
  if (laidOut || head === undefined || head.length < 2 || body.length === 0) return undefined;
  const read = tableSentences(head, body);
  return read.rows.map((row) => ({ kind: 'paragraph', text: `${ITEM_MARK}${row}`, table: read.head }));
}

/**
 * Walks an article's HTML (Readability's output) into blocks of text: each paragraph, list item and quote
 * paragraph on its own, a data table's rows as sentences (`tableBlocks`) and a layout table's cells each on
 * its own; headings and figure captions marked as such. Inline markup (links, emphasis) keeps its words;
 * scripts, forms and code listings are left out.
 */
export function htmlBlocks(root: DomElement): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  const walk = (element: DomElement, kind: HtmlBlock['kind']): void => {
    let inline = '';
    const flush = (): void => {
      const text = cleanLine(inline);
      if (text.length > 0) blocks.push({ kind, text });
      inline = '';
    };
    for (const child of Array.from(element.childNodes)) {
      if (!isElement(child)) {
        inline += inlineText(child);
        continue;
      }
      const tag = child.tagName.toUpperCase();
      if (SKIPPED_TAGS.has(tag)) continue;
      if (!BLOCK_TAGS.has(tag)) {
        inline += inlineText(child);
        continue;
      }
      flush();
      const table = tag === 'TABLE' && kind === 'paragraph' ? tableBlocks(child) : undefined;
      if (table !== undefined) blocks.push(...table);
      else if (HEADING.test(tag)) walk(child, 'heading');
      else if (tag === 'FIGCAPTION') walk(child, 'caption');
      else if (kind === 'paragraph' && LINK_HOLDERS.has(tag) && linkAloneIn(child) !== undefined) {
        const text = cleanLine(inlineText(child));
        const item = tag === 'LI' ? { item: true as const } : {};
        if (text.length > 0) blocks.push({ kind, text, link: linkAloneIn(child)!, ...item });
      } else walk(child, kind === 'heading' || kind === 'caption' ? kind : 'paragraph');
    }
    flush();
  };
  walk(root, 'paragraph');
  return blocks;
}

import { ELEMENT_NODE, TEXT_NODE, type DomElement, type DomNode } from './dom.js';
import { cleanLine } from './draft.js';

/** A block of an article's HTML body, as text. */
export interface HtmlBlock {
  readonly kind: 'paragraph' | 'heading' | 'caption';
  readonly text: string;
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

const isElement = (node: DomNode): node is DomElement => node.nodeType === ELEMENT_NODE;

function inlineText(node: DomNode): string {
  if (node.nodeType === TEXT_NODE) return node.textContent ?? '';
  if (!isElement(node)) return '';
  const tag = node.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag)) return '';
  if (tag === 'BR') return ' ';
  return Array.from(node.childNodes, inlineText).join('');
}

/**
 * Walks an article's HTML (Readability's output) into blocks of text: each paragraph, list item, quote
 * paragraph and table cell on its own; headings and figure captions marked as such. Inline markup
 * (links, emphasis) keeps its words; scripts, forms and code listings are left out.
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
      if (HEADING.test(tag)) walk(child, 'heading');
      else if (tag === 'FIGCAPTION') walk(child, 'caption');
      else walk(child, kind === 'heading' || kind === 'caption' ? kind : 'paragraph');
    }
    flush();
  };
  walk(root, 'paragraph');
  return blocks;
}

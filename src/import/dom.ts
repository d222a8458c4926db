/**
 * The few DOM members the HTML import uses, typed here because the core compiles without the DOM
 * library. The runtime provides the parser (linkedom: no browser, no I/O), loaded only for pages.
 */
export interface DomNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}

export interface DomDocument {
  readonly documentElement: DomElement;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Parses a whole page into a document; nothing in it runs and nothing is fetched. */
export type DomParser = (html: string) => DomDocument;

/** A page as a parser expects it: fragments (no `<html>`) wrapped in a document. */
export const asPage = (html: string): string =>
  /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;

/** The elements a selector matches, as an array. */
export function all(root: DomDocument | DomElement, selector: string): DomElement[] {
  return Array.from(root.querySelectorAll(selector));
}

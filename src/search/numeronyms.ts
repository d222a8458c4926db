import type { SentenceIndex } from './sentence-index.js';

/** A numeronym as typed: a letter, the count of the letters left out, a letter ("k8s", "i18n", "a11y"). */
const NUMERONYM = /^([a-z])(\d{1,2})([a-z])$/;
/** A word of the library a numeronym may stand for: letters only, four or more left out. */
const ABBREVIABLE = /^[a-z]{6,}$/;

/**
 * The words of a library that technical writing shortens to a numeronym: "k8s" is "kubernetes" (k, 8 letters,
 * s), "i18n" "internationalization". Derived from the library's own words, with no list: a numeronym stands
 * for the one word of the library it abbreviates, and for none where several share it.
 */
export class Numeronyms {
  private byForm: Map<string, string | null> | undefined;

  constructor(private readonly index: SentenceIndex) {}

  /** The one word of the library the term abbreviates, or undefined (no numeronym, none, or several). */
  wordFor(term: string): string | undefined {
    if (!NUMERONYM.test(term)) return undefined;
    return this.forms().get(term) ?? undefined;
  }

  private forms(): Map<string, string | null> {
    if (this.byForm === undefined) {
      const forms = new Map<string, string | null>();
      for (let id = 0; id < this.index.termCount; id++) {
        const word = this.index.term(id);
        if (!ABBREVIABLE.test(word)) continue;
        const form = numeronymOf(word);
        forms.set(form, forms.has(form) && forms.get(form) !== word ? null : word);
      }
      this.byForm = forms;
    }
    return this.byForm;
  }
}

/** A word's numeronym: its first letter, how many letters stand between, its last ("kubernetes": "k8s"). */
export function numeronymOf(word: string): string {
  return `${word[0]}${word.length - 2}${word.at(-1)}`;
}

import type { Passage } from '../content/article.js';
import type { Lexicon } from '../search/lexicon.js';
import { fullNameIn } from '../text/speaker.js';
import { SAYING, TITLES } from '../text/speaker-names.js';
import { STOPWORDS } from '../text/stopwords.js';

/**
 * A person a summary's sentence names by the surname alone ("Okoro said the plan…"), and the words of their
 * name the article gives on first naming them in full ("Helen"), to be shown before it: "[Helen] Okoro". The
 * sentence's own text stays as the article has it; the words are an addition, marked as one where shown.
 */
export interface NameNote {
  /** Where the surname starts in the sentence's text. */
  readonly at: number;
  /** The words of the full name before the surname ("Helen"). */
  readonly given: string;
}

/** A summary's sentence as the summary returns it: the article's text, and the people it names by surname. */
export interface SummarySentence {
  readonly id: string;
  readonly text: string;
  /** The people it names by surname only, whom the summary has not named in full before (see `NameNote`). */
  readonly names?: readonly NameNote[];
}

// A capitalised word standing alone, no part of a longer name: not after or before another capitalised word
// ("Helen Okoro", "Okoro Street"), perhaps after a title ("Mr Okoro").
const LONE_WORD = /(?<![\p{L}'’.-])\p{Lu}[\p{L}'’-]+(?![\p{L}'’-])/gu;
const CAPITALISED_BEFORE = /\p{Lu}[\p{L}'’.-]*\s+$/u;
const CAPITALISED_AFTER = /^\s+\p{Lu}/u;
const TITLE_BEFORE = new RegExp(String.raw`\b${TITLES}\.?\s+$`, 'u');
// A word used as a person's: after a title ("Mr Okoro"), before or after a verb of saying ("Okoro said…",
// "…, said Okoro."): a place or a body ("Korea", "Oxfam") is not said to say.
const SAID_AFTER = new RegExp(String.raw`^(?:\s+\p{Ll}+ly)?\s+${SAYING}`, 'u');
const SAID_BEFORE = new RegExp(String.raw`\b${SAYING},?\s+$`, 'u');

/**
 * The summary's sentences, each with the people it names by surname alone (see `NameNote`): a capitalised word
 * used as a person's (after a title, or with a verb of saying) that the article gives in full elsewhere ("Helen
 * Okoro"), where no sentence of the summary up to it has that full name: after a title, only when the article
 * writes that title before the full name too (see `titledInFull`). Each person is noted once, at the
 * first sentence that needs it. With the `lexicon`, words that say what the person does are no part of the name
 * ("Director Helen Okoro" gives "[Helen] Okoro").
 */
export function withFullNames(
  sentences: readonly { readonly id: string; readonly text: string }[],
  article: readonly Passage[],
  lexicon?: Lexicon,
): SummarySentence[] {
  const texts = article.map((passage) => passage.text);
  const named = new Set<string>();
  return sentences.map(({ id, text }, i) => {
    const names: NameNote[] = [];
    for (const match of text.matchAll(LONE_WORD)) {
      const word = match[0];
      const before = text.slice(0, match.index);
      const after = text.slice(match.index + word.length);
      if (STOPWORDS.has(word.toLowerCase()) || CAPITALISED_AFTER.test(after)) continue;
      const titled = TITLE_BEFORE.test(before);
      if (!titled && CAPITALISED_BEFORE.test(before)) continue;
      if (!titled && !SAID_AFTER.test(after) && !SAID_BEFORE.test(before)) continue;
      const full = fullNameIn(texts, word, lexicon);
      if (full === word || !full.endsWith(` ${word}`) || named.has(full) || text.includes(full)) continue;
      if (titled && !titledInFull(texts, TITLE_BEFORE.exec(before)![0], full)) continue;
      if (sentences.slice(0, i).some((other) => other.text.includes(full))) continue;
      named.add(full);
      names.push({ at: match.index, given: full.slice(0, -word.length - 1) });
    }
    return names.length > 0 ? { id, text, names } : { id, text };
  });
}

/**
 * Whether the article writes the title before the full name too ("Dr Helen Okoro", then "Dr Okoro"): only then
 * is a title and surname surely the full name's person. A title and surname is often another: a novel's "Mrs.
 * Bennet" is not its "Elizabeth Bennet", a report's "Mr Okoro" may be Helen Okoro's husband, and a name
 * inserted in the article's sentence must never be a wrong one.
 */
function titledInFull(texts: readonly string[], title: string, full: string): boolean {
  const bare = title.trim().replace(/\.$/, '');
  const escaped = full.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const written = new RegExp(String.raw`\b${bare}\.?\s+${escaped}\b`, 'u');
  return texts.some((text) => written.test(text));
}

/**
 * A summary's sentence as a reader is shown it: the article's words, with the given names of the people it
 * names by surname alone (see `NameNote`) in square brackets before the surname, as an editor marks words of
 * their own: "[Helen] Okoro said the plan…".
 */
export function shownWithNames(sentence: SummarySentence): string {
  let shown = sentence.text;
  for (const { at, given } of [...(sentence.names ?? [])].sort((a, b) => b.at - a.at))
    shown = `${shown.slice(0, at)}[${given}] ${shown.slice(at)}`;
  return shown;
}

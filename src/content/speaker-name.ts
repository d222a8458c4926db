import type { Lexicon } from '../search/lexicon.js';
import { fullNameIn } from '../text/speaker.js';
import { NOT_A_NAME, TITLE } from '../text/speaker-names.js';
import type { Article } from './article.js';

/** A capitalised word of a name. */
const WORD = String.raw`\p{Lu}[\p{L}'’-]+`;
/** A title before a name, which a credit leaves out: "Dr. Tom Becker" is credited "Tom Becker". */
const TITLE_BEFORE = /^(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Sir|Dame)\.?\s+)+/u;
/**
 * The guest as a text introduces them: "Our guest this week is sleep researcher Dr. Tom Becker", "My guest
 * today is Luis Ortega", or as a list of speakers gives them, "Ines Carvalho (guest, co-founder of …)".
 */
const GUEST_IS = new RegExp(
  String.raw`\bguest\b(?:\s+[\p{Ll}]+[,:]?){0,7}?\s+((?:(?:Dr|Prof|Professor)\.?\s+)?${WORD}(?:\s+${WORD}){1,2})`,
  'gu',
);
const NAME_THEN_GUEST = new RegExp(String.raw`(${WORD}(?:\s+${WORD}){1,2})\s*\(guest\b`, 'gu');

const withoutTitle = (name: string): string => name.replace(TITLE_BEFORE, '');

/** The one guest a text names as its guest (`GUEST_IS`), or undefined when it names none or several. */
function guestNamed(texts: readonly string[]): string | undefined {
  const names = new Set<string>();
  for (const text of texts) {
    for (const pattern of [GUEST_IS, NAME_THEN_GUEST]) {
      for (const match of text.matchAll(pattern)) names.add(withoutTitle(match[1]!));
    }
  }
  return names.size === 1 ? [...names][0] : undefined;
}

/** A first name in full as the texts give it after it: "Jo" of "Jo Lindqvist is a career coach". */
function givenNameInFull(texts: readonly string[], name: string): string | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const after = new RegExp(String.raw`(?<![\p{L}'’-])${escaped}\s+(${WORD})(?![\p{L}'’-])`, 'u');
  for (const text of texts) {
    const surname = after.exec(text)?.[1];
    if (surname !== undefined && !NOT_A_NAME.test(surname) && !TITLE.test(`${surname} `)) return `${name} ${surname}`;
  }
  return undefined;
}

/**
 * A transcript's or interview's speaker, as a label names them ("Maya", "MORGAN", "Guest"), named in full as
 * the article does: the author when the label is their name or a word of it ("Maya" of Maya Chen); the one
 * guest the text introduces for "Guest" (null when it names none or several: the text does not say who); a
 * first name with the surname after it, in the title or the text ("Jo" of "Jo Lindqvist"); a surname with the
 * name before it ("Flint" of "Nora Flint"). A title before the name goes ("Dr. Tom Becker" is "Tom Becker").
 */
export function speakerName(article: Article, name: string, lexicon?: Lexicon): string | null {
  const author = article.meta.author;
  const texts = [article.meta.title, ...article.sentences.map((each) => each.text)];
  if (/^guest$/iu.test(name)) return guestNamed(texts) ?? null;
  if (/^(?:host|presenter)$/iu.test(name)) return author;
  const words = author.toLowerCase().split(/\s+/);
  if (name.toLowerCase() === author.toLowerCase() || (!/\s/.test(name) && words.includes(name.toLowerCase())))
    return author;
  if (/\s/.test(name)) return withoutTitle(name);
  const given = givenNameInFull(texts, name);
  return given ?? withoutTitle(fullNameIn(texts.slice(1), name, lexicon));
}

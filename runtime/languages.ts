import { franc } from 'franc-min';
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';
import type { LanguageDetector } from '../src/index.js';

/** How much of a text's opening franc reads: a few paragraphs tell a language. */
const LANGUAGE_SAMPLE = 2_000;

/**
 * The languages of the bot's chat ("summarize the french article"): franc's smallest set, the 80-odd
 * languages of a million speakers or more, told by trigrams or by their script (Chinese, Japanese, Korean…).
 */
export const FRANC_LANGUAGES: LanguageDetector = {
  codes: [...Object.keys(expressions), ...Object.values(data).flatMap((script) => Object.keys(script))],
  of: (text) => franc(text.slice(0, LANGUAGE_SAMPLE)),
};

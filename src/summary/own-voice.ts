import { foldOnce } from './fold-once.js';
import { SAYING } from '../text/speaker-names.js';

// Words in quotation marks: someone else's, not the writer's own.
const QUOTED = /["“«„][^"”»“]*["”»“]/gu;
const OPENS_QUOTING = /^\s*["“«„]/u;
// Someone's words told, or asked, in the writer's: "Oskar asked whether the club should…" is Oskar's.
const REPORTED = new RegExp(
  String.raw`\b(?:${SAYING}|asked|asks|wondered|suggested|proposed)\b|\baccording to\b`,
  'u',
);
const ASKS = /\?["”’')]*\s*$/u;

/**
 * A sentence in the writer's own voice, folded, with words in quotation marks left out; undefined for a
 * question, a quotation, or someone else's words told ("He said the council should…", "Okoro said the show was
 * the best…"). A close that decides (`decides`) and a review's verdict (`judges`) are the writer's.
 */
export function inOwnVoice(text: string): string | undefined {
  if (ASKS.test(text) || OPENS_QUOTING.test(text)) return undefined;
  const own = foldOnce(text).replace(QUOTED, ' ').trim();
  return REPORTED.test(own) ? undefined : own;
}

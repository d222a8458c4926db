/** "Who wrote X?": a sentence that names the one who did what the question asks, not just someone. */
import { foldText } from '../text/fold.js';
import { isMonthOrDay, namedPersons } from './answer-cues.js';
import type { QueryTerm } from './query-term.js';

const WORD = /\p{L}+/gu;
/** How far into a question "who" may stand ("can you tell me who…"), as for its kind (`questionOf`). */
const WHO_REACH = 6;
/** Words between "who" and its verb: "who is making", "who has won", "who's judging", "who can win". */
const AUXILIARIES = new Set(
  'is are was were s did does do has have had can could will would should may might must be been being'.split(
    ' ',
  ),
);
/**
 * How many words may stand between a name and the verb it does ("Richard Wentworth, who is responsible for
 * decorating…", "Julia Eccleshare, chair of the adult judging panel"), or between what was done and "by"
 * ("a short story, The Greatest Gift, by Philip van Doren Stern"): an apposition or a relative clause.
 */
const BINDING_REACH = 5;
/** What stands between "by" and its agent: "by the producer", "by sculptor Richard Wentworth". */
const AGENT_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);
/** A word, or a mark that ends a clause: a name and its verb stand in one clause. */
const TOKEN = /[\p{L}\p{N}'’-]+|[.;!?]/gu;
const CLAUSE_END = /^[.;!?]$/u;

/** What a "who" question asks someone did: its verb's forms and the forms of the words after it. */
export interface AskedDeed {
  /** Forms of the verb after "who" (folded): "wrote", "written", "writes" of "who wrote…". */
  readonly verb: ReadonlySet<string>;
  /** Forms of the content words after the verb: what was done ("the history boys", "the musical"). */
  readonly object: ReadonlySet<string>;
}

/**
 * The deed a "who" question asks about, from its terms' own forms (as typed, inflected or of the same stem,
 * at `formQuality` or better: "decorated" finds "decorating", "wrote" "written", never a synonym). Undefined
 * when no content word follows "who" and its auxiliaries ("who is the chief executive?" asks for a
 * title's holder, not a deed).
 */
export function askedDeed(
  query: string,
  terms: readonly QueryTerm[],
  formQuality: number,
): AskedDeed | undefined {
  const words = foldText(query).match(WORD) ?? [];
  const who = words.slice(0, WHO_REACH).findIndex((word) => word === 'who' || word === 'whom');
  if (who < 0) return undefined;
  let at = who + 1;
  while (at < words.length && AUXILIARIES.has(words[at]!)) at += 1;
  const verbWord = words[at];
  const verbTerm = terms.find((term) => foldText(term.label) === verbWord);
  if (verbTerm === undefined || verbTerm.light || verbTerm.name !== undefined) return undefined;
  const after = new Set(words.slice(at + 1));
  const object = new Set<string>();
  for (const term of terms)
    if (term !== verbTerm && !term.light && after.has(foldText(term.label)))
      for (const form of formsOf(term, formQuality)) object.add(form);
  return { verb: formsOf(verbTerm, formQuality), object };
}

function formsOf(term: QueryTerm, formQuality: number): Set<string> {
  const forms = new Set<string>();
  for (const { units } of term.alternatives) {
    if (units.length !== 1) continue;
    for (const [word, quality] of units[0]!) if (quality >= formQuality) forms.add(word);
  }
  return forms;
}

/**
 * Whether the sentence names the doer of the deed: a name the question does not hold with the verb after it
 * ("Christopher Oram won…", "Steve Brown, who wrote…"), or an agent after "by" where the verb or what was
 * done stands just before it ("The History Boys by Alan Bennett", "turned into a musical by the producer").
 * `isPerson` says whether a lower-case word is a noun for a person ("producer", "sculptor").
 */
export function namesDoer(
  text: string,
  deed: AskedDeed,
  asked: ReadonlySet<string>,
  isPerson: (word: string) => boolean,
): boolean {
  const tokens = [...text.matchAll(TOKEN)].map((match) => ({
    word: foldText(match[0]).replace(/['’]s$/u, ''),
    raw: match[0],
    start: match.index,
  }));
  const done = (word: string): boolean => deed.verb.has(word) || deed.object.has(word);
  // Within the reach before `at`, in its clause, a word that `matches`.
  const before = (at: number, matches: (word: string) => boolean): boolean => {
    for (let i = at - 1; i >= 0 && i >= at - 1 - BINDING_REACH; i--) {
      if (CLAUSE_END.test(tokens[i]!.raw)) return false;
      if (matches(tokens[i]!.word)) return true;
    }
    return false;
  };
  for (const [i, token] of tokens.entries()) {
    if (token.word !== 'by') continue;
    let agent = i + 1;
    if (AGENT_DETERMINERS.has(tokens[agent]?.word ?? '')) agent += 1;
    const word = tokens[agent];
    if (word === undefined || asked.has(word.word)) continue;
    const named = (/^\p{Lu}/u.test(word.raw) && !isMonthOrDay(word.raw)) || isPerson(word.word);
    if (named && before(i, done)) return true;
  }
  for (const name of namedPersons(text, asked)) {
    const next = tokens.findIndex((token) => token.start >= name.end);
    if (next < 0) continue;
    for (let i = next; i < tokens.length && i <= next + BINDING_REACH; i++) {
      if (CLAUSE_END.test(tokens[i]!.raw)) break;
      if (deed.verb.has(tokens[i]!.word)) return true;
    }
  }
  return false;
}

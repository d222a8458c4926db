import type { Word } from './message-words.js';

// The user as a clause's subject, folded ("I'd" is "i'd"): they will do something with what they asked for.
const USER_SUBJECTS: ReadonlySet<string> = new Set(['i', 'we']);
const USER_SUBJECTS_WITH_AUXILIARY: ReadonlySet<string> = new Set("i'd i'll i'm i've".split(' '));
// "We" is as often a nation or a council in what the texts say ("so we should never start one"): the user's
// only before a modal of purpose ("so we can share it", "that we could read").
const PURPOSE_MODALS: ReadonlySet<string> = new Set(['can', 'could', 'may', 'might']);
// The user as object or owner ("for me", "for our meeting", "with my class").
// Not "us": "the debt to the us" is the United States.
const USER_AS_OBJECT: ReadonlySet<string> = new Set('me my mine myself our ours ourselves'.split(' '));
// Words that open a relative or purpose clause before its subject ("… that I could read out", "so I can …").
const LINKERS: ReadonlySet<string> = new Set(['that', 'which', 'so']);
// Auxiliaries and verbs of wanting that follow a clause's subject: "I could", "we want". A bare "I" needs one,
// so that "World War I" and "part I of the report" stay whole.
const AUXILIARIES: ReadonlySet<string> = new Set(
  'can could would will might may should shall must do did am have want need plan hope'.split(' '),
);
// Words that make "I"/"we" part of the topic: "how we won", "what I missed" is what to find.
const QUESTION_WORDS: ReadonlySet<string> = new Set(
  'how what why when where whether if who whom whose and or'.split(' '),
);

/**
 * Where a clause that says what the user will do with what they ask for begins, after the topic's first word
 * at `first`: none of it is the topic. It is a relative or purpose clause with the user as its subject ("trees
 * and heat that I could read out to start the discussion", "… so I can share it"), a purpose with the user as
 * object or owner ("… for our meeting", "… for me to read", "… to share with my class"). "We" is the user's only
 * before a modal of purpose, and "us" never ("the debt to the us"). `words.length` when there is none.
 */
export function usersOwnClauseAt(words: readonly Word[], first: number): number {
  const folded = words.map((word) => word.folded);
  for (let at = first + 1; at < folded.length; at += 1) {
    const word = folded[at]!;
    const before = folded[at - 1]!;
    const next = folded[at + 1];
    if (USER_SUBJECTS.has(word) || USER_SUBJECTS_WITH_AUXILIARY.has(word)) {
      if (QUESTION_WORDS.has(before) || next === undefined) continue;
      if (word === 'we' && !PURPOSE_MODALS.has(next)) continue;
      if (LINKERS.has(before) || USER_SUBJECTS_WITH_AUXILIARY.has(word) || AUXILIARIES.has(next)) {
        let start = at;
        while (start - 1 > first && LINKERS.has(folded[start - 1]!)) start -= 1;
        return start;
      }
    }
    // "for me to read", "for our meeting".
    if (word === 'for' && next !== undefined && USER_AS_OBJECT.has(next)) return at;
    // "in order to …", "so as to …".
    if ((word === 'in' && next === 'order') || (word === 'so' && next === 'as')) return at;
    // "to share with my friends", "to read at our meeting" (not "wants to rip out the plumbing").
    if (word === 'to' && next !== undefined && folded.slice(at + 2).some((rest) => USER_AS_OBJECT.has(rest)))
      return at;
  }
  return folded.length;
}

import type { PassageSpeaker } from '../../src/content/article.js';
import type { SearchHit, SearchResult } from '../../src/index.js';

/** What made a command fail, as `--json` names it: a kind, and look-alikes of a name the library lacks. */
export interface Failure {
  readonly kind: string;
  readonly suggestions?: readonly string[];
}

/** A command's answer and its exit code, when it is not 0: some of several imports failed. */
export interface CommandAnswer {
  readonly out: string;
  readonly code: number;
}

/** A command that cannot answer (exit code 1, or 2 as a `UsageError`), with its kind for `--json`. */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly failure: Failure,
  ) {
    super(message);
  }
}

/**
 * The stable JSON of a command that fails under `--json` (documented in the README), the shape of `daily`'s
 * refusals: its `kind` and the text's sentence as `message`, so that a script reads JSON whatever happened.
 */
export function failureJson(failure: Failure, message: string) {
  const { kind, suggestions } = failure;
  return { kind, ...(suggestions === undefined ? {} : { suggestions }), message };
}

/**
 * The stable JSON of `quotebot quote --json` (documented in the README); `speakerOf` names who said a hit's
 * words where that is not the article's author (see `hitJson`).
 */
export function searchResultJson(
  result: SearchResult,
  speakerOf: (hit: SearchHit) => PassageSpeaker | undefined = () => undefined,
) {
  return {
    query: result.query,
    status: result.status,
    closest: result.closest === true,
    respelled: result.respelled ?? null,
    hits: result.hits.map((hit) => hitJson(hit, speakerOf(hit))),
    suggestions: result.suggestions,
  };
}

/**
 * One passage as `quote --json` lists it in `hits`, and `card --json` gives it as its `quote`. `speaker`: who
 * said the words, where the chat credits them to someone besides the author, and as whom (an interview's answer
 * is the interviewee's, "Gwen Okafor, interviewed by Tomas Reyes"; a quotation the person quoted's, "Dr Helen
 * Okoro, quoted by Priya Natarajan"; a letter read out on a show its writer's, with `by` its reader: "Jess, read
 * by Dev Anand"); null for the author's own words.
 */
export function hitJson(hit: SearchHit, speaker?: PassageSpeaker) {
  return {
    id: hit.passage.id,
    text: hit.passage.text,
    score: hit.score,
    highlights: hit.highlights.map(([start, end]) => [start, end]),
    context: hit.context,
    article: hit.article,
    speaker:
      speaker === undefined
        ? null
        : { name: speaker.name, as: speaker.as, ...(speaker.by === undefined ? {} : { by: speaker.by }) },
  };
}

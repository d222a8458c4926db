import { attributionOf, isQuotable } from '../content/article.js';
import { interviewAnswers } from '../content/interview.js';
import { showRoleOf } from '../content/speaker-role.js';
import type { Library } from '../library.js';
import type { SearchHit } from '../search/result.js';
import { speakerOf } from './passage-speaker.js';
import type { RoleWanted } from './role-asked.js';

/** A turn long enough to say something of its own, not "Yeah." or "Thank you, Maya.". */
const SUBSTANTIAL_WORDS = 8;

/** Per library, the authors who host a transcript of it (its author speaking as the host). */
const hostsOf = new WeakMap<Library, ReadonlySet<string>>();

function hosts(library: Library): ReadonlySet<string> {
  let found = hostsOf.get(library);
  if (found === undefined) {
    const hosting = library.articles.filter((article) =>
      article.paragraphs.some((_, at) => showRoleOf(article, at, library.options.lexicon) === 'host'),
    );
    found = new Set(hosting.map((article) => article.meta.author));
    hostsOf.set(library, found);
  }
  return found;
}

/** Per library, whether some article of it has speakers' turns: a transcript's or an interview's. */
const turnsIn = new WeakMap<Library, boolean>();

/**
 * Whether some article of the library is a transcript or an interview (turns its labels or "Q:"/"A:" give):
 * a library with none has no guest and no host to ask about.
 */
export function hasTurns(library: Library): boolean {
  let found = turnsIn.get(library);
  if (found === undefined) {
    found = library.articles.some((article) => interviewAnswers(article) !== undefined);
    turnsIn.set(library, found);
  }
  return found;
}

/**
 * Whether a hit's words are spoken by someone of that part in their show (a transcript's guest or host); for the
 * host, also the words a show's host writes in an article of their own (a post on the show's site), not a quotation.
 */
function spokenAs(library: Library, hit: SearchHit, role: RoleWanted): boolean {
  const article = library.article(hit.passage.slug);
  if (article === undefined) return false;
  const part = showRoleOf(article, hit.passage.paragraph, library.options.lexicon);
  if (part !== undefined || role !== 'host') return part === role;
  return hosts(library).has(article.meta.author) && speakerOf(library, hit).speaker === undefined;
}

/**
 * The hits spoken by the show's guests or host, in the search's order: "what did the guest say about
 * teenagers?" is a search of "teenagers" that keeps the guests' turns (see `showRoleOf`).
 */
export function hitsOfRole(library: Library, hits: readonly SearchHit[], role: RoleWanted): SearchHit[] {
  return hits.filter((hit) => spokenAs(library, hit, role));
}

/**
 * Everything the article's guests or host say, as hits: the turns of eight words or more first, then the
 * shorter, each in the text's order ("what did the guest say?" after a quote of an episode).
 */
export function turnsOfRole(library: Library, slug: string, role: RoleWanted): SearchHit[] {
  const article = library.article(slug);
  if (article === undefined) return [];
  const { sentences } = article;
  const hits = sentences
    .filter(isQuotable)
    .map((passage): SearchHit => ({
      passage,
      article: attributionOf(article),
      score: 1,
      highlights: [],
      context: {
        before: sentences[passage.index - 1]?.text ?? null,
        after: sentences[passage.index + 1]?.text ?? null,
      },
    }))
    .filter((hit) => spokenAs(library, hit, role));
  const substantial = (hit: SearchHit): boolean => hit.passage.text.split(/\s+/).length >= SUBSTANTIAL_WORDS;
  return [...hits.filter(substantial), ...hits.filter((hit) => !substantial(hit))];
}

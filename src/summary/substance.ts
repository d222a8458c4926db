import type { Article, Passage } from '../content/article.js';
import type { SearchHit } from '../search/result.js';
import { STOPWORDS } from '../text/stopwords.js';
import { tokenize } from '../text/tokenize.js';
import { standsAsHeading } from './boilerplate.js';
import { deferrals } from './deferral.js';
import { standsAlone } from './cues.js';
import { goesOnQuoting } from './quotation.js';

/** At most this many words besides the topic's, and no figure or name, a sentence only points to the topic. */
const SIGNPOST_WORDS = 3;
// A word written with a capital after the first: a name ("the Friends' greatest asset", "in Colorado").
const NAME = /^\p{Lu}/u;

/**
 * Whether a sentence found about a topic says nothing of it beyond naming it: no figure, no name, and at most
 * `SIGNPOST_WORDS` words besides the topic's own (`highlights`: where the search found the topic) and small
 * ones ("Then there is money.", "Start with the teachers.", "The strongest objection is childcare."). Such a
 * sentence turns the reader to the topic; the sentences after it say what there is to say.
 */
export function onlyPointsTo(text: string, highlights: readonly (readonly [number, number])[]): boolean {
  if (isConcrete(text, highlights)) return false;
  const topical = (start: number, end: number): boolean =>
    highlights.some(([from, to]) => start < to && end > from);
  const words = tokenize(text).filter(
    (token) => !topical(token.start, token.end) && !STOPWORDS.has(token.term),
  );
  return words.length <= SIGNPOST_WORDS;
}

/**
 * Whether a sentence names something particular besides the topic (`highlights`): a figure ("£310,000",
 * "2014") or a name, a word written with a capital after the first ("on Fridays", "the Friends' asset").
 */
function isConcrete(text: string, highlights: readonly (readonly [number, number])[]): boolean {
  if (/\p{N}/u.test(text)) return true;
  return tokenize(text).some((token, i) => {
    const written = text.slice(token.start, token.end);
    return (
      i > 0 &&
      written.length > 1 &&
      NAME.test(written) &&
      !highlights.some(([from, to]) => token.start < to && token.end > from)
    );
  });
}

/**
 * Whether a sentence names the topic (`highlights`) only where it puts off what it will say of it (see
 * `deferrals`): "Fees went up in March, and I will come to the parking." says nothing of parking, and nothing
 * right after it does either.
 */
export function onlyDefersTo(text: string, highlights: readonly (readonly [number, number])[]): boolean {
  const spans = deferrals(text);
  return (
    spans.length > 0 &&
    highlights.length > 0 &&
    highlights.every(([from, to]) => spans.some(([start, end]) => from >= start && to <= end))
  );
}

/** Whether a passage is a section's heading: marked one, or standing as one (see `standsAsHeading`). */
export function isSectionHeading(article: Article, passage: Passage): boolean {
  return (
    passage.heading === true ||
    standsAsHeading(passage, article.paragraphs[passage.paragraph], article.sentences)
  );
}

/** How far past a signpost or heading the sentence that says something of its topic may be. */
const SAYS_WITHIN = 3;

/**
 * The sentence that says what a signpost or a section's heading points to: the first of the next
 * `SAYS_WITHIN` sentences (of the signpost's paragraph; of the heading's section, up to the next heading)
 * that reads on its own and names something particular (see `isConcrete`: "Then there is money." points to
 * "…would save an estimated £310,000 a year."). Undefined when none does: a short sentence followed by
 * others as general ("Children were told not to touch the water.") is kept, as it says what there is.
 */
export function whatItPointsTo(article: Article, passage: Passage): Passage | undefined {
  const heading = isSectionHeading(article, passage);
  for (const next of article.sentences.slice(passage.index + 1, passage.index + 1 + SAYS_WITHIN)) {
    if (!heading && next.paragraph !== passage.paragraph) return undefined;
    if (isSectionHeading(article, next)) return undefined;
    if (
      next.duplicateOf === undefined &&
      standsAlone(next.text) &&
      !goesOnQuoting(next, article.sentences) &&
      isConcrete(next.text, [])
    )
      return next;
  }
  return undefined;
}

/**
 * The hits with what their signposts and headings point to in their place (see `onlyPointsTo`,
 * `whatItPointsTo`); a short sentence that points to nothing after it says what there is ("Factory payrolls
 * rose in the spring.") and comes after the others, and a heading that points to nothing only when nothing
 * else is found, as one that names the topic only to put it off ("…, and I will come to childcare.": see
 * `onlyDefersTo`). A sentence already found is not found twice. `articleOf` gives a hit's article by slug.
 */
export function withWhatTheyPointTo(
  hits: readonly SearchHit[],
  articleOf: (slug: string) => Article | undefined,
): SearchHit[] {
  const kept: SearchHit[] = [];
  const general: SearchHit[] = [];
  // Headings, and sentences that only put the topic off: only when nothing else is found.
  const saysNothing: SearchHit[] = [];
  const seen = new Set(hits.map((hit) => hit.passage.id));
  for (const hit of hits) {
    if (onlyDefersTo(hit.passage.text, hit.highlights)) {
      saysNothing.push(hit);
      continue;
    }
    const article = articleOf(hit.passage.slug);
    const heading = article !== undefined && isSectionHeading(article, hit.passage);
    if (article === undefined || (!heading && !onlyPointsTo(hit.passage.text, hit.highlights))) {
      kept.push(hit);
      continue;
    }
    const said = whatItPointsTo(article, hit.passage);
    if (said === undefined) {
      if (heading) saysNothing.push(hit);
      else general.push(hit);
    } else if (!seen.has(said.id)) {
      seen.add(said.id);
      kept.push({ ...hit, passage: said, highlights: [] });
    }
  }
  const said = [...kept, ...general];
  return said.length > 0 ? said : saysNothing;
}

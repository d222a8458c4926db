import { inOwnVoice } from './own-voice.js';

/**
 * A judgment of worth, told by the grammar of judging rather than by any one subject's words: a thing said to be
 * the best or the worst of its kind ("It is the best thing the company has staged in a decade", "…is simply the
 * finest…", "…the most assured…"), worth what it costs or asks ("At £40 a head it is worth every penny", "…well worth the wait"), or
 * recommended ("I would recommend…", "comes highly recommended"; not "officers are recommended by Senators"): right
 * after a form of "be" ("It is simply the finest…"). "won the best film award", "was its best
 * Shakespearean performer", "is shortlisted in the best designer category" say what someone else judged.
 */
const ADVERB = String.raw`(?: \p{L}+ly| by far| well| still)?`;
const JUDGES = new RegExp(
  [
    String.raw`\b(?:is|are|was|were|it's|remains|remain)${ADVERB} the (?:[\p{L}'’-]+ )?(?:best|worst|finest|greatest|(?:most|least) [\p{L}'’-]+)\b`,
    String.raw`\b(?:is|are|was|were|it's|remains)${ADVERB} worth (?:every|the|a|an|it|your|seeing|watching|reading|hearing|visiting|buying|trying)\b`,
    String.raw`\b(?:i|we) (?:would |can |cannot |can't |couldn't )?(?:highly |warmly |heartily )?recommend\b`,
    String.raw`\b(?:(?:comes|come) (?:highly |warmly |strongly )?|(?:is|are) (?:highly|warmly|strongly) )recommended\b(?! by\b)`,
  ].join('|'),
  'u',
);

/**
 * A sentence that says why: the cause or the stakes, in the writer's words, as the sentence opens on it ("The
 * reason is simple: …", "That matters because…", "This is why…", "What is at stake is…"). Markers of explaining,
 * the same in any long read; a "because" or "at stake" further in explains a detail ("…if not so brilliant, it
 * is because the enemy had no force…").
 */
const EXPLAINS =
  /^(?:the (?:real |main |simple |chief |whole )?(?:reason|explanation|cause|answer)(?: why| for (?:this|that|it))? (?:is|was|lies)|(?:that|this|it|which) (?:matters|mattered|is important|counts) because|why (?:it|this|that) matters|(?:that|this)(?:'s| is| was) why|what (?:is|was)(?: really)? at stake|the stakes (?:are|were))\b/u;

/**
 * Whether a sentence gives the writer's verdict: it judges a thing's worth (`JUDGES`) in the writer's own voice,
 * as a review ends ("It is the best thing the company has staged in a decade.").
 */
export function judges(text: string): boolean {
  const own = inOwnVoice(text);
  return own !== undefined && JUDGES.test(own);
}

/**
 * Whether a sentence says why, the cause or the stakes (`EXPLAINS`), in the writer's own voice ("The reason is
 * simple: …", "That matters because…").
 */
export function explains(text: string): boolean {
  const own = inOwnVoice(text);
  return own !== undefined && EXPLAINS.test(own.replace(/^[\s"'“‘(]+/u, ''));
}

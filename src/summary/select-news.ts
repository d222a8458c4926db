import { greatestDot } from './concepts.js';
import type { ScoredArticle, ScoredSentence } from './sentence-scores.js';

/**
 * Whether the sentence at `at` leans on one no summary can hold: the article's sentence before it is no
 * candidate (an interview's question, a heading, a line of dialogue, a set-up), so that the candidate before
 * it is no antecedent. "It is better than most country honey." answers "Is city honey any good?", not the
 * answer before that question. Headings alone before it are no text left out: the body opens with it
 * (`opensBody`).
 */
export function leansOnLeftOut(sentences: readonly ScoredSentence[], at: number): boolean {
  const { passage, cues } = sentences[at]!;
  if (!cues.dependent) return false;
  const before = sentences[at - 1];
  return before === undefined ? !sentences[at]!.opensBody : before.passage.index !== passage.index - 1;
}

/**
 * A news summary: a structured document's key sentences (see `purposeOf`), the lead (the sentence a reporter writes to tell the story), a feature's nut graf (see
 * `nutGrafOf`: its lede sets a scene, the paragraph after it says what the story is) and the close of a piece
 * whose point comes at its end (see `closeOf`: no report has one), a long read's "why" (see `whyOf`), then the best-scoring
 * sentences (less `redundancy` times their highest similarity with one already chosen), in article order.
 * A sentence that leans on the one before ("But the organisers say…", "She said…") is taken only after
 * that one (a consequence whose cause it leaves unsaid, after one of its paragraph: see `leansOnChosen`), so
 * that no summary opens on a word that points to nothing, and a line of a timeline ("14:11 Failover completes.":
 * see `opensOnClockTime`) only when only such sentences are left, the best of them.
 *
 * The first sentence is a lead only when it scores in the better half of the piece's sentences: a
 * reporter's lead ties the story together (on the 40 development reports it ranks in the top 42%), while a
 * speech read as a report opens with "Thank you." or "Please, be seated." and is chosen on its scores alone.
 */
export function selectNews(article: ScoredArticle, count: number, redundancy: number): number[] {
  const { sentences, nutGraf, close, why, purpose } = article;
  const chosen: number[] = purpose.slice(0, count);
  const lead = sentences.length > 0 && opensWithLead(sentences);
  if (lead && chosen.length < count && !chosen.includes(0)) chosen.push(0);
  if (nutGraf !== undefined && chosen.length < count && !chosen.includes(nutGraf)) chosen.push(nutGraf);
  if (close !== undefined && chosen.length < count && !chosen.includes(close)) chosen.push(close);
  const whyUnit = (why ?? []).filter((at) => !chosen.includes(at));
  if (whyUnit.length > 0 && chosen.length + whyUnit.length <= count) chosen.push(...whyUnit);
  while (chosen.length < Math.min(count, sentences.length)) {
    let best = -1;
    let bestGain = -Infinity;
    let bestLeaning = -1;
    let bestLeaningGain = -Infinity;
    for (const [at, sentence] of sentences.entries()) {
      if (chosen.includes(at)) continue;
      // A timeline's event ("14:11 Failover completes.") is taken, as a leaning sentence is, only when nothing else is left.
      const leaning = sentence.event || (sentence.cues.dependent && !leansOnChosen(sentences, at, chosen));
      const overlap = redundancy > 0 ? greatestDot(sentence.vector, chosen, (i) => sentences[i]!.vector) : 0;
      const gain = sentence.score - redundancy * overlap;
      if (leaning) {
        if (gain > bestLeaningGain) [bestLeaning, bestLeaningGain] = [at, gain];
      } else if (gain > bestGain) [best, bestGain] = [at, gain];
    }
    chosen.push(best >= 0 ? best : bestLeaning);
  }
  return chosen.sort((a, b) => a - b);
}

/**
 * Whether what the sentence at `at` leans on is among `chosen`: the sentence right before it (when that is the
 * article's sentence before it: see `leansOnLeftOut`), or, for a
 * consequence told without its cause ("As a result, the car maker has sought bailouts."), any sentence of its
 * paragraph before it, as the paragraph tells what led to it ("In January, it issued its third profits
 * warning…").
 */
function leansOnChosen(sentences: readonly ScoredSentence[], at: number, chosen: readonly number[]): boolean {
  if (chosen.includes(at - 1) && !leansOnLeftOut(sentences, at)) return true;
  const { paragraph } = sentences[at]!.passage;
  return (
    sentences[at]!.cues.consequence &&
    chosen.some((i) => i < at && sentences[i]!.passage.paragraph === paragraph)
  );
}

/**
 * Whether the first sentence scores at least as well as half of the others, and does not lean on a sentence
 * left out before it ("That night, our new administration…" after the speaker's "I first stood at this
 * podium…", a speech's ceremony): that leads nothing. A report's own first sentence is its lead as it reads.
 */
function opensWithLead(sentences: readonly ScoredSentence[]): boolean {
  if (sentences[0]!.cues.dependent && !sentences[0]!.opensBody) return false;
  const first = sentences[0]!.score;
  const below = sentences.filter((sentence) => sentence.score <= first).length - 1;
  return below >= (sentences.length - 1) / 2;
}

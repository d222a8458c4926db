import { passageWith, type Passage } from '../content/article.js';
import type { ConceptVector } from './concepts.js';

/** Sentences on each side of a gap whose words are compared to tell whether the topic changes there. */
const WINDOW = 3;

/**
 * The passages with a long unbroken paragraph cut into pieces where its topic shifts, each paragraph after
 * a cut numbered on past it: a speech pasted with no blank line (a teacher's 7,000-word address, 200 sentences in
 * one paragraph) has no paragraph openings, no closing paragraph and no steps, so its summary was a handful of
 * the longest, most generic sentences ("I ask attention to the views of the Secretary of War…") and none of its
 * subjects. A paragraph of more than twice `size` sentences (one no writer writes; the import warns of it) is
 * cut, as TextTiling cuts a text, at the gap whose `WINDOW` sentences before and after share the fewest
 * concepts (the cosine of their summed tf·idf vectors), again in each piece longer than `size`, never leaving a
 * piece under `WINDOW` sentences and never before a sentence that leans on the one before it ("But…", "He…"),
 * where no paragraph opens; with no such gap, at the lowest gap all the same. Every other paragraph, and so any
 * text written in paragraphs of a usual length, keeps its own.
 */
export function withPseudoParagraphs(
  passages: readonly Passage[],
  vectors: readonly ConceptVector[],
  leans: readonly boolean[],
  size: number,
): readonly Passage[] {
  const starts = new Set<number>();
  let from = 0;
  let long = false;
  for (let i = 1; i <= passages.length; i++) {
    if (i < passages.length && passages[i]!.paragraph === passages[from]!.paragraph) continue;
    if (i - from > 2 * size) {
      long = true;
      const shifts = topicShifts(vectors, leans, from, i);
      let piece = from;
      for (const end of [...shifts, i]) {
        for (const cut of cutsOf(vectors, leans, piece, end, size)) starts.add(cut);
        if (end < i) starts.add(end);
        piece = end;
      }
    }
    from = i;
  }
  if (!long) return passages;
  // Each paragraph after a cut is numbered on by the cuts before it, so a gap (a heading left out) stays one.
  let cuts = 0;
  return Array.from(passages, (passage, i) => {
    if (starts.has(i)) cuts += 1;
    return cuts === 0 ? passage : passageWith(passage, { paragraph: passage.paragraph + cuts });
  });
}

/**
 * TextTiling's boundaries in the run `from`–`to`: the gaps whose depth (how far the likeness across them falls
 * below the peaks on either side) exceeds the mean depth less half its standard deviation (Hearst's cutoff),
 * deepest first, none closer than `WINDOW` sentences to the run's ends or to another, none before a leaning sentence.
 */
function topicShifts(
  vectors: readonly ConceptVector[],
  leans: readonly boolean[],
  from: number,
  to: number,
): number[] {
  const gaps: number[] = [];
  for (let gap = from + 1; gap < to; gap++) gaps.push(gap);
  const sims = gaps.map((gap) => likeness(vectors, from, gap, to));
  const depths = sims.map((sim, k) => {
    let left = sim;
    for (let j = k - 1; j >= 0 && sims[j]! >= left; j--) left = sims[j]!;
    let right = sim;
    for (let j = k + 1; j < sims.length && sims[j]! >= right; j++) right = sims[j]!;
    return left - sim + (right - sim);
  });
  const mean = depths.reduce((a, b) => a + b, 0) / Math.max(1, depths.length);
  const sd = Math.sqrt(depths.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, depths.length));
  const chosen: number[] = [];
  for (const k of [...depths.keys()].sort((a, b) => depths[b]! - depths[a]!)) {
    const gap = gaps[k]!;
    if (depths[k]! <= mean - sd / 2 || leans[gap]) continue;
    if (gap - from < WINDOW || to - gap < WINDOW) continue;
    if (chosen.some((other) => Math.abs(other - gap) < WINDOW)) continue;
    chosen.push(gap);
  }
  return chosen.sort((a, b) => a - b);
}

/** Where the run `from`–`to` (end exclusive) is cut into pieces of at most `size` sentences. */
function cutsOf(
  vectors: readonly ConceptVector[],
  leans: readonly boolean[],
  from: number,
  to: number,
  size: number,
): number[] {
  if (to - from <= size) return [];
  let best = -1;
  let bestValue = Infinity;
  for (let gap = from + WINDOW; gap <= to - WINDOW; gap++) {
    // A gap before a leaning sentence counts only when no other will do.
    const value = likeness(vectors, from, gap, to) + (leans[gap] ? 2 : 0);
    if (value < bestValue) {
      best = gap;
      bestValue = value;
    }
  }
  if (best < 0) return [];
  return [...cutsOf(vectors, leans, from, best, size), best, ...cutsOf(vectors, leans, best, to, size)];
}

/** The cosine of the summed vectors of the `WINDOW` sentences before `gap` and those from it, within the run. */
function likeness(vectors: readonly ConceptVector[], from: number, gap: number, to: number): number {
  const before = summed(vectors, Math.max(from, gap - WINDOW), gap);
  const after = summed(vectors, gap, Math.min(to, gap + WINDOW));
  let product = 0;
  for (const [concept, weight] of before) product += weight * (after.get(concept) ?? 0);
  const norms = norm(before) * norm(after);
  return norms > 0 ? product / norms : 0;
}

function summed(vectors: readonly ConceptVector[], from: number, to: number): Map<string, number> {
  const sum = new Map<string, number>();
  for (let i = from; i < to; i++) {
    for (const [concept, weight] of vectors[i]!) sum.set(concept, (sum.get(concept) ?? 0) + weight);
  }
  return sum;
}

function norm(vector: ReadonlyMap<string, number>): number {
  let squares = 0;
  for (const weight of vector.values()) squares += weight * weight;
  return Math.sqrt(squares);
}

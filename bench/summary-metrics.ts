/** Scores of one summary against the person's reference. */
export interface SummaryScores {
  /** Share of the chosen sentences that the reference also chose. */
  readonly precision: number;
  /** ROUGE-1 and ROUGE-2 F1: unigram and bigram overlap with the reference's text. */
  readonly rouge1: number;
  readonly rouge2: number;
}

/** Lower-case words of letters and digits, as ROUGE's reference script splits them (no stemming). */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function grams(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N F1 with clipped counts (Lin 2004), over the concatenated sentences of each side. */
export function rougeF1(candidate: readonly string[], reference: readonly string[], n: number): number {
  const c = grams(words(candidate.join(' ')), n);
  const r = grams(words(reference.join(' ')), n);
  let overlap = 0;
  let cTotal = 0;
  let rTotal = 0;
  for (const count of c.values()) cTotal += count;
  for (const [gram, count] of r) {
    rTotal += count;
    overlap += Math.min(count, c.get(gram) ?? 0);
  }
  if (overlap === 0) return 0;
  const p = overlap / cTotal;
  const rec = overlap / rTotal;
  return (2 * p * rec) / (p + rec);
}

/** Scores chosen line indices against the reference line indices of the same article. */
export function scoreSummary(
  lines: readonly string[],
  chosen: readonly number[],
  reference: ReadonlySet<number>,
): SummaryScores {
  const picked = [...new Set(chosen)].sort((a, b) => a - b);
  const refLines = [...reference].sort((a, b) => a - b).map((i) => lines[i]!);
  const candidate = picked.map((i) => lines[i]!);
  return {
    precision: picked.length === 0 ? 0 : picked.filter((i) => reference.has(i)).length / picked.length,
    rouge1: rougeF1(candidate, refLines, 1),
    rouge2: rougeF1(candidate, refLines, 2),
  };
}

/** The mean of each score. */
export function meanScores(all: readonly SummaryScores[]): SummaryScores {
  const n = Math.max(1, all.length);
  const sum = (pick: (s: SummaryScores) => number) => all.reduce((total, s) => total + pick(s), 0) / n;
  return { precision: sum((s) => s.precision), rouge1: sum((s) => s.rouge1), rouge2: sum((s) => s.rouge2) };
}

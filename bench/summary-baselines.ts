import { seededRandom } from '../src/daily/prng.js';

/** Lower-case words of a sentence, as the TextRank paper counts them (no stop list, no stemming). */
function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * TextRank for sentences (Mihalcea and Tarau 2004): a graph of the sentences, edges weighted by their word
 * overlap |Si ∩ Sj| / (log|Si| + log|Sj|), ranked by weighted PageRank with damping 0.85 until the scores
 * move less than 1e-6; the top k, put back in article order.
 */
export function textRank(lines: readonly string[], k: number): number[] {
  const sets = lines.map((line) => new Set(tokens(line)));
  const sizes = lines.map((line) => tokens(line).length);
  const n = lines.length;
  const weight: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const denominator = Math.log(sizes[i]!) + Math.log(sizes[j]!);
      if (denominator <= 0) continue;
      let common = 0;
      for (const word of sets[i]!) if (sets[j]!.has(word)) common += 1;
      weight[i]![j] = weight[j]![i] = common / denominator;
    }
  }
  const outSum = weight.map((row) => row.reduce((a, b) => a + b, 0));
  let score = new Array<number>(n).fill(1);
  for (let round = 0; round < 200; round++) {
    const next = score.map((_, i) => {
      let sum = 0;
      for (let j = 0; j < n; j++) if (outSum[j]! > 0) sum += (weight[j]![i]! / outSum[j]!) * score[j]!;
      return 0.15 + 0.85 * sum;
    });
    const moved = Math.max(...next.map((value, i) => Math.abs(value - score[i]!)));
    score = next;
    if (moved < 1e-6) break;
  }
  return topK(score, k);
}

/** The k best by score (ties to the earlier sentence), in article order. */
function topK(score: readonly number[], k: number): number[] {
  return score
    .map((value, i) => ({ value, i }))
    .sort((a, b) => b.value - a.value || a.i - b.i)
    .slice(0, k)
    .map(({ i }) => i)
    .sort((a, b) => a - b);
}

/** The first k sentences. */
export function leadK(lines: readonly string[], k: number): number[] {
  return lines.slice(0, k).map((_, i) => i);
}

/** k sentences drawn at random with a fixed seed, in article order. */
export function randomK(lines: readonly string[], k: number, seed: number): number[] {
  const random = seededRandom(seed);
  return topK(
    lines.map(() => random()),
    k,
  );
}

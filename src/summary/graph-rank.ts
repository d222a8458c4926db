import type { ConceptVector } from './concepts.js';

/**
 * TextRank-style centrality (PageRank with damping `damping` over the graph of sentences whose edges are
 * their cosine similarities), without building the n×n matrix: with unit vectors vᵢ and s = Σ vᵢ, the
 * weight from j to i is vᵢ·vⱼ, a sentence's out-weight is vⱼ·s − 1, and one step of the power iteration is
 * r'ᵢ = (1 − d) + d · vᵢ·(Σⱼ vⱼ rⱼ / outⱼ) − d · rᵢ / outᵢ (the self-loop taken back out). Linear in the
 * number of concepts per step, so a 10,000-word article costs no more than a few passes over it.
 */
export function graphRank(vectors: readonly ConceptVector[], damping = 0.85, rounds = 30): number[] {
  const n = vectors.length;
  if (n === 0) return [];
  const sum = new Map<string, number>();
  for (const vector of vectors)
    for (const [concept, weight] of vector) sum.set(concept, (sum.get(concept) ?? 0) + weight);
  const out = vectors.map((vector) => {
    let total = 0;
    for (const [concept, weight] of vector) total += weight * (sum.get(concept) ?? 0);
    return total - (vector.size > 0 ? 1 : 0);
  });
  let rank = new Array<number>(n).fill(1);
  for (let round = 0; round < rounds; round++) {
    const flow = new Map<string, number>();
    for (const [j, vector] of vectors.entries()) {
      if (out[j]! <= 1e-12) continue;
      const share = rank[j]! / out[j]!;
      for (const [concept, weight] of vector) flow.set(concept, (flow.get(concept) ?? 0) + weight * share);
    }
    let moved = 0;
    const next = vectors.map((vector, i) => {
      let inflow = 0;
      for (const [concept, weight] of vector) inflow += weight * (flow.get(concept) ?? 0);
      if (out[i]! > 1e-12 && vector.size > 0) inflow -= rank[i]! / out[i]!;
      const value = 1 - damping + damping * Math.max(0, inflow);
      moved = Math.max(moved, Math.abs(value - rank[i]!));
      return value;
    });
    rank = next;
    if (moved < 1e-6) break;
  }
  return rank;
}

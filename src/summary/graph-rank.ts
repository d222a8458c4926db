import type { ConceptVector } from './concepts.js';

/**
 * TextRank-style centrality (PageRank with damping `damping` over the graph of sentences whose edges are
 * their cosine similarities), without building the n×n matrix: with unit vectors vᵢ and s = Σ vᵢ, the
 * weight from j to i is vᵢ·vⱼ, a sentence's out-weight is vⱼ·s − 1, and one step of the power iteration is
 * r'ᵢ = (1 − d) + d · vᵢ·(Σⱼ vⱼ rⱼ / outⱼ) − d · rᵢ / outᵢ (the self-loop taken back out). Linear in the
 * number of concepts per step, so a 10,000-word article costs no more than a few passes over it. Stops when
 * no score moves by more than 1e-4: only the order of the scores is used.
 */
export function graphRank(vectors: readonly ConceptVector[], damping = 0.85, rounds = 50): number[] {
  const n = vectors.length;
  if (n === 0) return [];
  // Concepts as dense ids, vectors as parallel arrays: the iteration then touches no Map.
  const ids = new Map<string, number>();
  const rows = vectors.map((vector) => {
    const concepts: number[] = [];
    const weights: number[] = [];
    for (const [concept, weight] of vector) {
      let id = ids.get(concept);
      if (id === undefined) {
        id = ids.size;
        ids.set(concept, id);
      }
      concepts.push(id);
      weights.push(weight);
    }
    return { concepts, weights };
  });
  const sum = new Float64Array(ids.size);
  for (const { concepts, weights } of rows)
    for (let k = 0; k < concepts.length; k++) sum[concepts[k]!]! += weights[k]!;
  const dotWith = (row: (typeof rows)[number], dense: Float64Array): number => {
    let total = 0;
    for (let k = 0; k < row.concepts.length; k++) total += row.weights[k]! * dense[row.concepts[k]!]!;
    return total;
  };
  const out = rows.map((row) => dotWith(row, sum) - (row.concepts.length > 0 ? 1 : 0));
  let rank = new Float64Array(n).fill(1);
  const flow = new Float64Array(ids.size);
  for (let round = 0; round < rounds; round++) {
    flow.fill(0);
    for (let j = 0; j < n; j++) {
      if (out[j]! <= 1e-12) continue;
      const share = rank[j]! / out[j]!;
      const row = rows[j]!;
      for (let k = 0; k < row.concepts.length; k++) flow[row.concepts[k]!]! += row.weights[k]! * share;
    }
    let moved = 0;
    const next = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const row = rows[i]!;
      let inflow = dotWith(row, flow);
      if (out[i]! > 1e-12 && row.concepts.length > 0) inflow -= rank[i]! / out[i]!;
      next[i] = 1 - damping + damping * Math.max(0, inflow);
      moved = Math.max(moved, Math.abs(next[i]! - rank[i]!));
    }
    rank = next;
    if (moved < 1e-4) break;
  }
  return [...rank];
}

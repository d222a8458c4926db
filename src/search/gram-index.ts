const PAD = '\u0001';

/** Distinct padded trigrams of a word, each as a number ("$$w", "$wo", … "d$$"). */
function gramsOf(word: string): number[] {
  const padded = `${PAD}${PAD}${word}${PAD}${PAD}`;
  const grams = new Set<number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    grams.add(
      padded.charCodeAt(i) * 0x1_0000_0000 + padded.charCodeAt(i + 1) * 0x1_0000 + padded.charCodeAt(i + 2),
    );
  }
  return [...grams];
}

/**
 * Trigram index over a vocabulary, for typo candidates whose cost grows with the vocabulary and not with
 * the library's sentences. An edit removes at most 3 of a word's trigrams (4 for a transposition), so a
 * word within `budget` edits shares at least `grams − 4 × budget` of them: a count filter over the
 * trigrams' key lists finds every candidate, an exact edit distance then decides.
 */
export class GramIndex {
  private readonly offsets: Uint32Array;
  private readonly keyIds: Uint32Array;
  private readonly gramIds = new Map<number, number>();
  private readonly counts: Uint8Array;

  /** `keys[i]` is indexed under id i; an empty key is left out. */
  constructor(private readonly keys: readonly string[]) {
    const perKey: number[][] = [];
    const sizes: number[] = [];
    for (const key of keys) {
      const ids: number[] = [];
      if (key.length > 0) {
        for (const gram of gramsOf(key)) {
          let id = this.gramIds.get(gram);
          if (id === undefined) {
            id = sizes.length;
            this.gramIds.set(gram, id);
            sizes.push(0);
          }
          sizes[id]! += 1;
          ids.push(id);
        }
      }
      perKey.push(ids);
    }
    this.offsets = new Uint32Array(sizes.length + 1);
    for (let g = 0; g < sizes.length; g++) this.offsets[g + 1] = this.offsets[g]! + sizes[g]!;
    this.keyIds = new Uint32Array(this.offsets[sizes.length]!);
    const fill = this.offsets.slice(0, sizes.length);
    for (const [key, ids] of perKey.entries()) for (const id of ids) this.keyIds[fill[id]!++] = key;
    this.counts = new Uint8Array(keys.length);
  }

  /** Ids of keys that may be within `budget` edits of `word` (a superset: verify with an edit distance). */
  candidates(word: string, budget: number): number[] {
    const grams = gramsOf(word);
    const needed = Math.max(1, grams.length - 4 * budget);
    const touched: number[] = [];
    const found: number[] = [];
    for (const gram of grams) {
      const id = this.gramIds.get(gram);
      if (id === undefined) continue;
      for (let k = this.offsets[id]!; k < this.offsets[id + 1]!; k++) {
        const key = this.keyIds[k]!;
        const count = this.counts[key]!;
        if (count === 0) touched.push(key);
        if (count < 255) this.counts[key] = count + 1;
      }
    }
    for (const key of touched) {
      if (this.counts[key]! >= needed && Math.abs(this.keys[key]!.length - word.length) <= budget)
        found.push(key);
      this.counts[key] = 0;
    }
    return found;
  }
}

/** A random source for tests: these numbers in turn, so that random quotes are known and differ. */
export function cycling(values: readonly number[]): () => number {
  let next = 0;
  return () => values[next++ % values.length]!;
}

/**
 * The `count` smallest of `values`, in ascending order, as a view of `values` (which it reorders): what
 * `values.sort().subarray(0, count)` gives, without sorting the rest. A query of very common words has
 * hundreds of thousands of candidates in a large library, of which only the first few thousand in bound
 * order are ever read: sorting all of them was most of such a query's time.
 */
export function smallestSorted(values: Float64Array, count: number): Float64Array {
  if (count < values.length) selectSmallest(values, count);
  return values.subarray(0, Math.min(count, values.length)).sort();
}

/**
 * Moves the `count` smallest values to the front (in no order): quickselect with a median-of-three pivot.
 * Past a few more rounds than a good pivot needs (input that defeats the pivot), it sorts instead.
 */
function selectSmallest(values: Float64Array, count: number): void {
  let left = 0;
  let right = values.length - 1;
  let rounds = 2 * Math.ceil(Math.log2(values.length + 1)) + 8;
  while (right > left) {
    if (rounds-- === 0) {
      values.subarray(left, right + 1).sort();
      return;
    }
    const a = values[left]!;
    const b = values[(left + right) >>> 1]!;
    const c = values[right]!;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const swap = values[i]!;
        values[i++] = values[j]!;
        values[j--] = swap;
      }
    }
    // Now values[left..j] ≤ pivot ≤ values[i..right], and anything between equals the pivot.
    if (count - 1 <= j) right = j;
    else if (count - 1 >= i) left = i;
    else return;
  }
}

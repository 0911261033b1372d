/**
 * The order of a list of text keys (the graph's rows by NIP, its columns by position code):
 * JavaScript string order (UTF-16 code units), equal keys by index. Short keys (NIPs, codes)
 * are radix-sorted: one stable counting pass per character place, last place first, instead
 * of a comparison sort's million string comparisons.
 */

/** Code unit ranges wider than this are sorted by comparison (a counting pass would need too many buckets). */
const MAX_BUCKETS = 4096;
/** Longer keys are sorted by comparison (a pass per place would cost more than comparing). */
const MAX_RADIX_LENGTH = 64;

/**
 * The indexes 0..n-1 of `keys` in key order, equal keys by index.
 *
 * @example
 * orderByKey(['b', 'a', 'b']) // Int32Array [1, 0, 2]
 */
export function orderByKey(keys: readonly string[]): Int32Array {
  const n = keys.length;
  let length = 0;
  for (let i = 0; i < n; i++) length = Math.max(length, keys[i]!.length);
  if (length > MAX_RADIX_LENGTH) return comparisonOrder(keys);
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Int32Array(n);
  // A key's code unit at a place, plus one; 0 past its end, so a key comes before its extensions.
  const codes = new Int32Array(n);
  for (let at = length - 1; at >= 0; at--) {
    let lo = 0x10000;
    let hi = 0;
    for (let i = 0; i < n; i++) {
      const key = keys[i]!;
      const code = at < key.length ? key.charCodeAt(at) + 1 : 0;
      codes[i] = code;
      if (code < lo) lo = code;
      if (code > hi) hi = code;
    }
    if (lo === hi) continue;
    if (hi - lo >= MAX_BUCKETS) return comparisonOrder(keys);
    const start = new Int32Array(hi - lo + 2);
    for (let i = 0; i < n; i++) start[codes[i]! - lo + 1]!++;
    for (let b = 1; b < start.length; b++) start[b]! += start[b - 1]!;
    for (let j = 0; j < n; j++) {
      const i = order[j]!;
      next[start[codes[i]! - lo]!++] = i;
    }
    [order, next] = [next, order];
  }
  return order;
}

function comparisonOrder(keys: readonly string[]): Int32Array {
  const order = Array.from({ length: keys.length }, (_, i) => i).sort((a, b) => {
    const ka = keys[a]!;
    const kb = keys[b]!;
    return ka < kb ? -1 : ka > kb ? 1 : a - b;
  });
  return Int32Array.from(order);
}

// Ratios that stay defined on empty sets: nothing to find and nothing found is perfect, not NaN.

export function ratio(num: number, den: number): number {
  return den === 0 ? 1 : num / den;
}

export function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Sums the named counts of per-file scores into a total. */
export function sumCounts<K extends string>(
  items: readonly Record<K, unknown>[],
  keys: readonly K[],
): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const k of keys) {
    let total = 0;
    for (const it of items) total += Number(it[k]);
    out[k] = total;
  }
  return out;
}

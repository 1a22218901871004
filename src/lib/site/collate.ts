// Chinese collation for sorting names. `a.localeCompare(b, 'zh-CN')` builds a new ICU collator on
// every call (V8 caches only the default locale's), which made sorting place names a visible part of
// the build; this one collator gives the same order.
export const zhCompare: (a: string, b: string) => number = new Intl.Collator('zh-CN').compare;

/**
 * Each name's place in zhCompare order (names the collator finds equal share one): sorting by rank
 * gives zhCompare's order with an integer comparison, for code that sorts the same names many times.
 */
export function collationRanks(names: Iterable<string>): Map<string, number> {
  const sorted = [...new Set(names)].sort(zhCompare);
  const ranks = new Map<string, number>();
  let rank = 0;
  sorted.forEach((n, i) => {
    if (i > 0 && zhCompare(sorted[i - 1]!, n) !== 0) rank++;
    ranks.set(n, rank);
  });
  return ranks;
}

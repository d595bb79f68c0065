/**
 * The median of values given as a histogram (value, how many), as PostgreSQL's
 * percentile_cont(0.5) gives it over the expanded list: the middle value, or the mean of the two
 * middle ones. Null for an empty histogram. Pure.
 */
export function histogramMedian(histogram: ReadonlyArray<readonly [value: number, count: number]>): number | null {
  const buckets = histogram.filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const total = buckets.reduce((s, [, n]) => s + n, 0);
  if (total === 0) return null;
  const lower = Math.floor((total - 1) / 2);
  const upper = Math.ceil((total - 1) / 2);
  return (valueAt(buckets, lower) + valueAt(buckets, upper)) / 2;
}

/** The value at a 0-based position of the sorted, expanded list. */
function valueAt(buckets: ReadonlyArray<readonly [number, number]>, position: number): number {
  let seen = 0;
  for (const [value, n] of buckets) {
    seen += n;
    if (position < seen) return value;
  }
  throw new RangeError(`position ${position} is past the histogram's ${seen} values`);
}

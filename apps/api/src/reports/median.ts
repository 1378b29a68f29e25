/**
 * The median of values given by how many times each occurs, as PostgreSQL's `percentile_cont(0.5)` gives it:
 * the middle value, or the mean of the two middle ones; null when there are none. A report counts a year's
 * access days by value in its statement and takes the median here, exactly, without sorting every row.
 */
export function medianOfCounts(counts: ReadonlyMap<number, number>): number | null {
  const values = [...counts].filter(([, n]) => n > 0).sort(([a], [b]) => a - b);
  const total = values.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return null;
  const at = (index: number): number => {
    let seen = 0;
    for (const [value, n] of values) {
      seen += n;
      if (index < seen) return value;
    }
    return values[values.length - 1]![0];
  };
  return (at(Math.floor((total - 1) / 2)) + at(Math.ceil((total - 1) / 2))) / 2;
}

/** The median of a list of values (percentile_cont(0.5)); null for none. */
export function median(xs: readonly number[]): number | null {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return medianOfCounts(counts);
}

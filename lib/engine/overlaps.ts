/** A candidate mention, in source offsets. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly exact: boolean;
}

/**
 * Keeps, of overlapping candidates, the longest; at equal length an exact match over
 * a near-miss, then the earlier one. Returns the kept candidates ordered by start.
 * Overlapping candidates are resolved cluster by cluster, so the cost is that of the
 * sort.
 */
export function keepLongest<T extends Span>(candidates: readonly T[]): T[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  let cluster: T[] = [];
  let clusterEnd = -1;
  const flush = () => {
    if (cluster.length === 1) kept.push(cluster[0]);
    else if (cluster.length > 1) {
      const chosen: T[] = [];
      const byPreference = cluster.sort((a, b) => b.end - b.start - (a.end - a.start) || Number(b.exact) - Number(a.exact) || a.start - b.start);
      for (const c of byPreference) if (chosen.every((k) => c.end <= k.start || c.start >= k.end)) chosen.push(c);
      kept.push(...chosen.sort((a, b) => a.start - b.start));
    }
    cluster = [];
  };
  for (const c of sorted) {
    if (c.start >= clusterEnd) flush();
    cluster.push(c);
    clusterEnd = Math.max(clusterEnd, c.end);
  }
  flush();
  return kept;
}

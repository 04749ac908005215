/** A candidate mention, in source offsets. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly exact: boolean;
}

/**
 * Keeps, of overlapping candidates, the leftmost, and of those starting at the same
 * place the longest (a name inside a longer name loses: «حزب الله» in «كتائب حزب
 * الله»), then an exact match over a near-miss. Returns them ordered by start.
 */
export function keepLeftmostLongest<T extends Span>(candidates: readonly T[]): T[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end || Number(b.exact) - Number(a.exact));
  const kept: T[] = [];
  let end = -1;
  for (const c of sorted) {
    if (c.start < end) continue;
    kept.push(c);
    end = c.end;
  }
  return kept;
}

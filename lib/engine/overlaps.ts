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
  // Candidates often come with a long ordered run first (names found in text order):
  // only the rest is sorted, then merged in, which gives what a stable sort would.
  let ordered = 1;
  while (ordered < candidates.length && byPrecedence(candidates[ordered - 1], candidates[ordered]) <= 0) ordered++;
  if (ordered >= candidates.length) return keepInOrder(candidates);
  return addLeftmostLongest(candidates.slice(0, ordered), candidates.slice(ordered));
}

/**
 * `keepLeftmostLongest([...kept, ...more])` for `kept` already in precedence order
 * (a previous result is): only `more` is sorted, then merged in, so that adding a few
 * candidates to a long page's mentions costs a merge, not a sort of them all. On
 * equal keys `kept` comes first, as the stable sort puts it.
 */
export function addLeftmostLongest<T extends Span>(kept: readonly T[], more: readonly T[]): T[] {
  if (more.length === 0) return keepInOrder(kept);
  const extra = [...more].sort(byPrecedence);
  const merged: T[] = new Array(kept.length + extra.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < kept.length && j < extra.length) merged[k++] = byPrecedence(extra[j], kept[i]) < 0 ? extra[j++] : kept[i++];
  while (i < kept.length) merged[k++] = kept[i++];
  while (j < extra.length) merged[k++] = extra[j++];
  return keepInOrder(merged);
}

/** Start, then the longer, then an exact match before a near-miss. */
function byPrecedence(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end || Number(b.exact) - Number(a.exact);
}

/** Of candidates in precedence order, those not overlapping an earlier kept one. */
function keepInOrder<T extends Span>(sorted: readonly T[]): T[] {
  const kept: T[] = [];
  let end = -1;
  for (const c of sorted) {
    if (c.start < end) continue;
    kept.push(c);
    end = c.end;
  }
  return kept;
}

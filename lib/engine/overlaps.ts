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
  return mergeAndKeep(candidates, ordered, candidates.slice(ordered).sort(byPrecedence));
}

/**
 * `keepLeftmostLongest([...kept, ...more])` for `kept` already in precedence order
 * (a previous result is): only `more` is sorted, then merged in, so that adding a few
 * candidates to a long page's mentions costs a merge, not a sort of them all. On
 * equal keys `kept` comes first, as the stable sort puts it.
 */
export function addLeftmostLongest<T extends Span>(kept: readonly T[], more: readonly T[]): T[] {
  if (more.length === 0) return keepInOrder(kept);
  return mergeAndKeep(kept, kept.length, more.length === 1 ? more : [...more].sort(byPrecedence));
}

/**
 * The first `count` of `ordered` and all of `extra`, both in precedence order, merged
 * (on equal keys `ordered` first) and kept in one pass: a long page's mentions are
 * copied once, with no list in between.
 */
function mergeAndKeep<T extends Span>(ordered: readonly T[], count: number, extra: readonly T[]): T[] {
  const out: T[] = new Array(count + extra.length);
  let n = 0;
  let end = -1;
  let i = 0;
  let j = 0;
  while (i < count || j < extra.length) {
    const c = j < extra.length && (i === count || byPrecedence(extra[j], ordered[i]) < 0) ? extra[j++] : ordered[i++];
    if (c.start < end) continue;
    out[n++] = c;
    end = c.end;
  }
  out.length = n;
  return out;
}

/** Start, then the longer, then an exact match before a near-miss. */
function byPrecedence(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end || (a.exact === b.exact ? 0 : a.exact ? -1 : 1);
}

/** Of candidates in precedence order, those not overlapping an earlier kept one. */
function keepInOrder<T extends Span>(sorted: readonly T[]): T[] {
  const kept: T[] = new Array(sorted.length);
  let n = 0;
  let end = -1;
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i];
    if (c.start < end) continue;
    kept[n++] = c;
    end = c.end;
  }
  kept.length = n;
  return kept;
}

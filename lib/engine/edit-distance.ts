/**
 * Rows of the dynamic programme, reused between calls (the engine calls this for
 * every near-miss candidate: allocating three arrays each time cost more than the
 * arithmetic). Three rows of `width` cells: two before the current one, for
 * transpositions.
 */
let cells = new Int32Array(3 * 64);

/**
 * Optimal-string-alignment distance (insertions, deletions, substitutions and
 * transpositions of neighbours, each costing 1) between `a` and `b`, or `max + 1`
 * as soon as it is known to exceed `max`.
 *
 * Only the band of cells within `max` of the diagonal is computed (any cell outside
 * it is more than `max`): about (2·max + 1)·|a| cells instead of |a|·|b|. Cells just
 * outside the band are written as `max + 1`, so every cell read was written in this
 * call.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  const over = max + 1;
  if (Math.abs(n - m) > max) return over;
  const width = m + 1;
  if (cells.length < 3 * width) cells = new Int32Array(3 * width * 2);
  const d = cells;
  let prevPrev = 0;
  let prev = width;
  let row = 2 * width;
  for (let j = 0; j <= m; j++) d[prev + j] = j <= max ? j : over;
  for (let i = 1; i <= n; i++) {
    const lo = i - max > 1 ? i - max : 1;
    const hi = i + max < m ? i + max : m;
    d[row] = i <= max ? i : over;
    if (lo > 1) d[row + lo - 1] = over;
    let rowMin = d[row];
    const ai = a.charCodeAt(i - 1);
    const aPrev = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = lo; j <= hi; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = d[prev + j - 1] + (ai === bj ? 0 : 1);
      const up = d[prev + j] + 1;
      if (up < v) v = up;
      const left = d[row + j - 1] + 1;
      if (left < v) v = left;
      if (j > 1 && ai === b.charCodeAt(j - 2) && aPrev === bj) {
        const swap = d[prevPrev + j - 2] + 1;
        if (swap < v) v = swap;
      }
      d[row + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (hi < m) d[row + hi + 1] = over;
    if (rowMin > max) return over;
    const t = prevPrev;
    prevPrev = prev;
    prev = row;
    row = t;
  }
  const last = d[prev + m];
  return last < over ? last : over;
}

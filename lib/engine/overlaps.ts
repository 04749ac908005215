/** Candidate mentions as columns: row i is one candidate. */
export interface SpanColumns {
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** 1 for an exact match, 0 for a near-miss. */
  readonly exact: Uint8Array;
}

const NONE = new Int32Array(0);

/**
 * Keeps, of overlapping candidates (rows `[0, count)` of `spans`), the leftmost, and
 * of those starting at the same place the longest (a name inside a longer name loses:
 * «حزب الله» in «كتائب حزب الله»), then an exact match over a near-miss; on equal
 * keys the lower row. Writes the kept rows, ordered by start, into `out` (room for
 * `count`) and returns how many.
 */
export function keepLeftmostLongest(spans: SpanColumns, count: number, out: Int32Array): number {
  // Candidates often come with a long ordered run first (names found in text order):
  // only the rest is sorted, then merged in, which gives what a sort of all would.
  let ordered = 1;
  while (ordered < count && byPrecedence(spans, ordered - 1, ordered) <= 0) ordered++;
  return mergeAndKeep(spans, null, Math.min(ordered, count), ordered < count ? sortedRows(spans, ordered, count) : NONE, out);
}

/**
 * What `keepLeftmostLongest` keeps of `kept[0 .. keptCount)` (a previous result) and
 * rows `[from, to)`: only the new rows are sorted, then merged in, so that adding a
 * few candidates to a long page's mentions costs a merge, not a sort of them all. On
 * equal keys the kept row comes first. `out` (room for both) must not be `kept`.
 */
export function addLeftmostLongest(spans: SpanColumns, kept: Int32Array, keptCount: number, from: number, to: number, out: Int32Array): number {
  return mergeAndKeep(spans, kept, keptCount, sortedRows(spans, from, to), out);
}

/**
 * Rows `[from, to)` in precedence order, the lower row first on equal keys. A merge
 * of the ordered runs they come in (names in text order, then near-misses in text
 * order): a few passes where a comparison sort would make many.
 */
function sortedRows(spans: SpanColumns, from: number, to: number): Int32Array {
  const n = to - from;
  let rows = new Int32Array(n);
  for (let i = 0; i < n; i++) rows[i] = from + i;
  let runs = [0];
  for (let i = 1; i < n; i++) if (byPrecedence(spans, rows[i - 1], rows[i]) > 0) runs.push(i);
  runs.push(n);
  let spare = new Int32Array(n);
  while (runs.length > 2) {
    const merged = [0];
    for (let r = 0; r + 1 < runs.length; r += 2) {
      const end = r + 2 < runs.length ? runs[r + 2] : runs[r + 1];
      mergeRuns(spans, rows, runs[r], runs[r + 1], end, spare);
      merged.push(end);
    }
    [rows, spare] = [spare, rows];
    runs = merged;
  }
  return rows;
}

/** Merges `rows[a, b)` and `rows[b, c)`, each in order, into `out[a, c)`; the first run's row first on equal keys. */
function mergeRuns(spans: SpanColumns, rows: Int32Array, a: number, b: number, c: number, out: Int32Array): void {
  let i = a;
  let j = b;
  let k = a;
  while (i < b && j < c) out[k++] = byPrecedence(spans, rows[j], rows[i]) < 0 ? rows[j++] : rows[i++];
  while (i < b) out[k++] = rows[i++];
  while (j < c) out[k++] = rows[j++];
}

/**
 * The first `count` rows of `ordered` (or rows `0 .. count` if it is null) and all of
 * `extra`, both in precedence order, merged (on equal keys `ordered` first) and kept
 * in one pass into `out`; returns how many were kept.
 */
function mergeAndKeep(spans: SpanColumns, ordered: Int32Array | null, count: number, extra: Int32Array, out: Int32Array): number {
  const { start, end: ends } = spans;
  let n = 0;
  let end = -1;
  let i = 0;
  let j = 0;
  while (i < count || j < extra.length) {
    let c: number;
    if (j < extra.length && (i === count || byPrecedence(spans, extra[j], ordered === null ? i : ordered[i]) < 0)) c = extra[j++];
    else c = ordered === null ? i++ : ordered[i++];
    if (start[c] < end) continue;
    out[n++] = c;
    end = ends[c];
  }
  return n;
}

/** Start, then the longer, then an exact match before a near-miss. */
function byPrecedence(spans: SpanColumns, a: number, b: number): number {
  return spans.start[a] - spans.start[b] || spans.end[b] - spans.end[a] || spans.exact[b] - spans.exact[a];
}

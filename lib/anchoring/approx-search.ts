/**
 * Approximate search of a pattern in a text: every span of the text within
 * `maxErrors` edits (insertions, deletions, substitutions, each costing 1) of the
 * pattern. Offsets are UTF-16 code units.
 *
 * Myers' bit-vector algorithm (G. Myers, "A fast bit-vector algorithm for
 * approximate string matching based on dynamic programming", J. ACM 46(3), 1999):
 * one column of the edit-distance table is held as vertical deltas, 32 rows per
 * block (§4 of the paper for patterns longer than a word). A forward scan finds
 * where matches end; a scan of the reversed pattern, anchored at each end, finds
 * where the best alignment starts. Time O(n·⌈m/32⌉).
 */

export interface ApproxMatch {
  readonly start: number;
  readonly end: number;
  readonly errors: number;
}

/** How many ends of one run of near-matches are kept. */
const ENDS_PER_RUN = 4;

/** A pattern compiled to per-character match masks, `blocks` words per character. */
class BitPattern {
  readonly blocks: number;
  /** Mask of the pattern's last row in the last block. */
  readonly lastRow: number;
  private readonly peq = new Map<number, Int32Array>();
  private readonly none: Int32Array;

  constructor(readonly pattern: string) {
    this.blocks = Math.max(1, Math.ceil(pattern.length / 32));
    this.lastRow = 1 << ((pattern.length - 1) % 32);
    this.none = new Int32Array(this.blocks);
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      let eq = this.peq.get(c);
      if (!eq) this.peq.set(c, (eq = new Int32Array(this.blocks)));
      eq[i >> 5] |= 1 << (i & 31);
    }
  }

  eq(c: number): Int32Array {
    return this.peq.get(c) ?? this.none;
  }
}

/**
 * Runs the pattern over `text[i]` for i = from, from + step, … (never reaching `to`),
 * calling `visit(i, d)` with d the edit distance of the pattern to the best span
 * ending (step 1) or starting (step -1) at i. Unanchored (row 0 all zeros), the span
 * may start anywhere; anchored (row 0 counting up), it starts at `from`.
 */
function scan(p: BitPattern, text: string, from: number, to: number, step: 1 | -1, anchored: boolean, visit: (i: number, d: number) => boolean | void): void {
  const B = p.blocks;
  const P = new Int32Array(B).fill(-1);
  const M = new Int32Array(B);
  let d = p.pattern.length;
  for (let i = from; i !== to; i += step) {
    const peq = p.eq(text.charCodeAt(i));
    let hin = anchored ? 1 : 0;
    for (let b = 0; b < B; b++) {
      // Advance_Block of Myers' Fig. 7: hin is the horizontal delta entering the block.
      const pv = P[b]!;
      const mv = M[b]!;
      const eq = peq[b]! | (hin < 0 ? 1 : 0);
      const xv = eq | mv;
      const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      const top = b === B - 1 ? p.lastRow : 1 << 31;
      const hout = (ph & top) !== 0 ? 1 : (mh & top) !== 0 ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      if (hin < 0) mh |= 1;
      else if (hin > 0) ph |= 1;
      P[b] = mh | ~(xv | ph);
      M[b] = ph & xv;
      hin = hout;
    }
    d += hin;
    if (visit(i, d) === true) return;
  }
}

/**
 * The spans of `text` within `maxErrors` edits of `pattern`, at most `limit` of
 * them, fewest errors first (then leftmost). Overlapping candidates are reduced to
 * a few per run of consecutive end positions, those with the run's fewest errors.
 * An empty pattern matches nothing.
 */
export function approxSearch(text: string, pattern: string, maxErrors: number, limit = 50): ApproxMatch[] {
  if (pattern.length === 0) return [];
  const forward = new BitPattern(pattern);
  // Per run of consecutive ends within maxErrors, the ends at the run's fewest
  // errors (a few): the same match seen with one more or one fewer trailing
  // character, which context scoring can then tell apart.
  const ends: { end: number; errors: number }[] = [];
  let run: { end: number; errors: number }[] = [];
  const flush = () => {
    ends.push(...run.slice(0, ENDS_PER_RUN));
    run = [];
  };
  scan(forward, text, 0, text.length, 1, false, (i, d) => {
    if (d > maxErrors) {
      if (run.length > 0) flush();
    } else if (run.length === 0 || d < run[0]!.errors) {
      run = [{ end: i + 1, errors: d }];
    } else if (d === run[0]!.errors) {
      run.push({ end: i + 1, errors: d });
    }
  });
  flush();
  ends.sort((a, b) => a.errors - b.errors || a.end - b.end);

  const backward = new BitPattern(pattern.split('').reverse().join(''));
  const out: ApproxMatch[] = [];
  for (const { end, errors } of ends.slice(0, limit)) {
    out.push(startOf(backward, text, end, errors));
  }
  return out;
}

/**
 * The best alignment of the reversed pattern anchored at `end`, scanning leftwards
 * at most m + errors characters: the start with the fewest errors, and of those the
 * one whose length is closest to the pattern's.
 */
function startOf(backward: BitPattern, text: string, end: number, errors: number): ApproxMatch {
  const m = backward.pattern.length;
  const stop = Math.max(0, end - m - errors) - 1;
  let best = { start: end, end, errors: m };
  scan(backward, text, end - 1, stop, -1, true, (i, d) => {
    const better = d < best.errors || (d === best.errors && Math.abs(end - i - m) < Math.abs(best.end - best.start - m));
    if (better) best = { start: i, end, errors: d };
  });
  return best;
}

import { EMIT_EXPANSION, EMIT_NOTHING, EMIT_SPECIAL, FoldAction, type FoldTable } from './fold-table';

/**
 * Text folded for matching, with an exact map back to the original.
 *
 * Offsets are UTF-16 code units. `codes[i]` (for `i < length`) came from the source
 * character at `sourceStart(i)`; several code units may come from one source
 * character (a ligature), and source characters may produce none (marks, format
 * controls). Every white-space character becomes one space: runs are kept, so that
 * readers treat a run of spaces as one. `sourceStart` is non-decreasing, and
 * `sourceStart(length)` is the source's length.
 */
export interface NormalizedText {
  readonly source: string;
  readonly codes: Uint16Array;
  readonly length: number;
  /** Offset in the source of the character that produced `codes[i]`; `i` may be `length`. */
  sourceStart(i: number): number;
  /** End (exclusive) in the source of what produced `codes[i]`, with the marks attached to it. */
  sourceEnd(i: number): number;
  /** The folded index of the source character at `offset`, or -1 if it produced nothing. */
  foldedIndex(offset: number): number;
  /** The folded text as a string. */
  text(): string;
}

/**
 * A deterministic automaton over folded code units, as dense tables: from row `r`
 * (a state times `width`), code unit `c` leads to row `delta[r + classOf[c]]`; rows
 * at or above `firstOutputRow` are states that report a match. Folding can drive
 * one as it goes, so that text is read once (see `normalizeAndScan`).
 */
export interface Dfa {
  readonly classOf: Uint16Array;
  readonly delta: Int32Array;
  readonly firstOutputRow: number;
  readonly width: number;
}

/** Characters folded between two checks of the room left for hits. */
const SCAN_BLOCK = 4096;

/** A DFA that never reports: plain folding. */
const NO_DFA: Dfa = { classOf: new Uint16Array(0x10000), delta: new Int32Array(1), firstOutputRow: 1, width: 1 };

/** Folded text and where a DFA driven over it reported: pairs `[end, state]`, `end` exclusive, in order. */
export interface ScannedText {
  readonly text: NormalizedText;
  readonly hits: Int32Array;
}

/** Folds text with one `FoldTable`; safe to share, holds no per-text state. */
export class Normalizer {
  constructor(readonly table: FoldTable) {}

  /** Folds `source`. Never throws; any string, including lone surrogates, is valid input. */
  normalize(source: string): NormalizedText {
    return this.normalizeAndScan(source, NO_DFA).text;
  }

  /**
   * Folds `source` and drives `dfa` over the folded code units in the same pass.
   * Never throws.
   *
   * With `buffers`, the result lives in them: it is valid until the next call with
   * the same buffers (a caller that scans text after text, like the mention finder,
   * then allocates nothing per call; fresh typed arrays for each short text cost
   * more than folding it). Without, the result is the caller's to keep.
   */
  normalizeAndScan(source: string, dfa: Dfa, buffers: ScanBuffers = new ScanBuffers()): ScannedText {
    // Ligatures can make the folded text longer than the source: then fold again into
    // a buffer of the exact size (rare; the first pass stays free of reallocation).
    let length = this.foldInto(source, buffers.reset(source.length + 16), dfa);
    if (length < 0) length = this.foldInto(source, buffers.reset(this.foldedLength(source)), dfa);
    const { codes, runs, hits } = buffers;
    return { text: new FoldedText(source, codes, length, runs.starts(), runs.shifts(), this.table.action), hits: hits.pairs() };
  }

  /**
   * Writes the folded code units of `source` into `buffers.codes`, the map back into
   * its `runs` and the DFA's hits into its `hits`. Returns the folded length, or -1
   * if `codes` is too short.
   *
   * The map back is stored as runs over which (source − folded offset) is constant:
   * text that folds one-to-one is a single run, so the map costs memory only where
   * folding drops or adds characters.
   */
  private foldInto(source: string, buffers: ScanBuffers, dfa: Dfa): number {
    const { codes, runs, hits } = buffers;
    const { emit, expansions } = this.table;
    const { classOf, delta, firstOutputRow, width } = dfa;
    const step = this.stepsFor(dfa);
    // Locals, not imported bindings: a transpiler may turn those into getter calls.
    const nothing = EMIT_NOTHING;
    const block = SCAN_BLOCK;
    const n = source.length;
    const capacity = codes.length;
    let hitData = hits.data;
    let h = 0;
    let j = 0;
    let row = 0;
    let i = 0;
    // The inner loop is the hot one: characters that fold to one code unit. It keeps
    // few values live and checks nothing per hit: before each block there is room
    // for a hit at every character of it. Hits hold rows until the end.
    while (i < n) {
      const blockEnd = i + block < n ? i + block : n;
      if (h + 2 * (blockEnd - i) > hitData.length) hitData = hits.grow(h, h + 2 * (blockEnd - i));
      for (; i < blockEnd; i++) {
        const p = step[source.charCodeAt(i)];
        if (p < 0) break;
        codes[j++] = p; // the store keeps the low 16 bits: the unit
        row = delta[row + (p >>> 16)];
        if (row >= firstOutputRow) {
          hitData[h++] = j;
          hitData[h++] = row;
        }
      }
      if (i === blockEnd) continue;
      // A character that folds to nothing, or to several code units (a ligature).
      const c = source.charCodeAt(i);
      if (emit[c] !== nothing) {
        const out = expansions.get(c)!;
        if (j + out.length + (n - i - 1) > capacity) return -1;
        if (h + 2 * out.length > hitData.length) hitData = hits.grow(h, h + 2 * out.length);
        for (let k = 0; k < out.length; k++) {
          runs.push(j, i - j);
          const u = out.charCodeAt(k);
          codes[j++] = u;
          row = delta[row + classOf[u]];
          if (row >= firstOutputRow) {
            hitData[h++] = j;
            hitData[h++] = row;
          }
        }
      }
      i++;
      // What folds next comes from source offset i (a later push at the same j replaces this).
      runs.push(j, i - j);
    }
    for (let k = 1; k < h; k += 2) hitData[k] /= width;
    hits.length = h;
    return j;
  }

  /**
   * For each source code unit that folds to one code unit, that unit and its class in
   * `dfa` in one number (class × 65536 + unit); -1 for the others. One table read per
   * character instead of two that wait on each other (the class of the folded unit).
   * Made once per automaton.
   */
  private stepsFor(dfa: Dfa): Int32Array {
    let steps = this.steps.get(dfa);
    if (steps) return steps;
    const { emit } = this.table;
    // Classes fit in 15 bits: the automaton's bound (states × classes ≤ 16 M cells) keeps them far below.
    if (dfa.width > 0x8000) throw new RangeError(`an automaton with ${dfa.width} classes cannot be packed`);
    steps = new Int32Array(0x10000);
    for (let c = 0; c < 0x10000; c++) {
      const o = emit[c];
      steps[c] = o >= EMIT_SPECIAL ? -1 : dfa.classOf[o] * 0x10000 + o;
    }
    this.steps.set(dfa, steps);
    return steps;
  }

  private readonly steps = new WeakMap<Dfa, Int32Array>();

  /** An upper bound of the folded length of `source`. */
  private foldedLength(source: string): number {
    const { emit, expansions } = this.table;
    let length = 0;
    for (let i = 0; i < source.length; i++) {
      const c = source.charCodeAt(i);
      length += emit[c] === EMIT_EXPANSION ? expansions.get(c)!.length : 1;
    }
    return length;
  }

  /**
   * The folded form of a name or a word, with single spaces, trimmed: what aliases
   * and rule words are compared as. Its own loop, not `foldInto`'s: the JIT tunes
   * `foldInto` to what it sees, and thousands of short, mixed-script alias strings
   * made it compile code that folded article text at half speed.
   */
  fold(s: string): string {
    const { emit, expansions } = this.table;
    let out = '';
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      const o = emit[c];
      if (o === EMIT_NOTHING) continue;
      out += o === EMIT_EXPANSION ? expansions.get(c)! : String.fromCharCode(o);
    }
    return out.replace(/ {2,}/g, ' ').trim();
  }
}

/**
 * The buffers of one scan (folded code units, the map back, the DFA's hits), kept
 * by a caller that scans many texts one after the other: they grow to the longest
 * text seen and are overwritten by each scan.
 */
export class ScanBuffers {
  codes = new Uint16Array(0);
  readonly runs = new RunList();
  readonly hits = new HitList();

  /** Empties the lists and makes `codes` hold at least `capacity` units (its contents are stale). */
  reset(capacity: number): this {
    if (this.codes.length < capacity) this.codes = new Uint16Array(Math.max(capacity, Math.min(2 * this.codes.length, 1 << 20)));
    this.runs.clear();
    this.hits.length = 0;
    return this;
  }
}

/** A growable list of `[end, state]` pairs, filled by `foldInto` through its buffer. */
class HitList {
  data: Int32Array = new Int32Array(256);
  /** Int32 values in use (twice the pairs). */
  length = 0;

  /** A buffer of at least `size` values, at least twice as large, with the first `used` values copied; becomes `data`. */
  grow(used: number, size: number): Int32Array {
    const grown = new Int32Array(Math.max(size, this.data.length * 2));
    grown.set(this.data.subarray(0, used));
    return (this.data = grown);
  }

  pairs(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

/** A growable pair of Int32 columns; run 0 (start 0, shift 0) always exists. */
class RunList {
  private start = new Int32Array(64);
  private shift = new Int32Array(64);
  private count = 1;

  clear(): void {
    this.start[0] = 0;
    this.shift[0] = 0;
    this.count = 1;
  }

  push(start: number, shift: number): void {
    if (this.start[this.count - 1] === start) {
      this.shift[this.count - 1] = shift; // replaces an empty run
      return;
    }
    if (this.count === this.start.length) {
      const s = new Int32Array(this.count * 2);
      s.set(this.start);
      this.start = s;
      const d = new Int32Array(this.count * 2);
      d.set(this.shift);
      this.shift = d;
    }
    this.start[this.count] = start;
    this.shift[this.count++] = shift;
  }

  starts(): Int32Array {
    return this.start.subarray(0, this.count);
  }

  shifts(): Int32Array {
    return this.shift.subarray(0, this.count);
  }
}

class FoldedText implements NormalizedText {
  constructor(
    readonly source: string,
    readonly codes: Uint16Array,
    readonly length: number,
    private readonly runStart: Int32Array,
    private readonly runShift: Int32Array,
    private readonly action: Uint8Array,
  ) {}

  /** The run found last: lookups mostly come in increasing order. */
  private cursor = 0;

  /** The run that contains folded index `i`: the last run starting at or before it. */
  private runOf(i: number): number {
    const starts = this.runStart;
    const c = this.cursor;
    if (starts[c] <= i && (c + 1 === starts.length || i < starts[c + 1])) return c;
    if (c + 1 < starts.length && starts[c + 1] <= i && (c + 2 === starts.length || i < starts[c + 2])) return (this.cursor = c + 1);
    return (this.cursor = this.searchRun(i));
  }

  private searchRun(i: number): number {
    let lo = 0;
    let hi = this.runStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.runStart[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  sourceStart(i: number): number {
    return i + this.runShift[this.runOf(i)];
  }

  sourceEnd(i: number): number {
    const src = this.source;
    let e = this.sourceStart(i) + 1;
    // The next folded unit comes from the next source character: none attached between
    // (attached marks fold to nothing), and no source character read (the common case).
    if (this.sourceStart(i + 1) === e) return e;
    while (e < src.length && this.action[src.charCodeAt(e)] === FoldAction.Attach) e++;
    return e;
  }

  foldedIndex(offset: number): number {
    // Runs are ordered by source offset too; find the last whose first source offset ≤ offset.
    let lo = 0;
    let hi = this.runStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.runStart[mid] + this.runShift[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    const i = offset - this.runShift[lo];
    const runEnd = lo + 1 < this.runStart.length ? this.runStart[lo + 1] : this.length;
    return i < runEnd && i < this.length ? i : -1;
  }

  text(): string {
    let out = '';
    for (let i = 0; i < this.length; i += 8192) out += String.fromCharCode(...this.codes.subarray(i, Math.min(this.length, i + 8192)));
    return out;
  }
}

import type { Dfa } from '../text/normalize';
import { runSteps, type Steps } from './steps';

/** States handled between two yields of `buildSteps`. */
const STATES_PER_STEP = 256;

/**
 * The largest transition table built: states × alphabet classes, 4 bytes each (64
 * MB). The shipped gazetteer needs about 0.3 million cells, and one twenty times
 * larger (the matcher benchmark's, 9,600 aliases) about 8 million; patterns needing
 * more are refused, since every tab would hold the table (one 30,000-character name
 * of distinct characters would need 900 million).
 */
export const MAX_AUTOMATON_CELLS = 16_000_000;

/**
 * Aho–Corasick automaton over UTF-16 code units, compiled to a dense DFA.
 *
 * A `collapsible` code unit (the space) may stand repeated in the text where a
 * pattern has it once: a state entered by it stays put on more of it, and on the
 * `skippable` units (quotes) that may follow it. A match then spans more code units
 * than its pattern; `matchStart` finds where it begins.
 *
 * The alphabet is compressed to the code units that occur in some pattern (every
 * other code unit is class 0, which leads back to the root), and states that emit
 * matches are numbered after all others, so that scanning costs two array reads and
 * one comparison per code unit, independent of the number of patterns.
 */
export class Automaton {
  private constructor(
    /** Code unit → alphabet class. */
    private readonly classOf: Uint16Array,
    /** Row width: number of classes. */
    private readonly width: number,
    /** delta[row + class] = row of the next state; a row is state × width. */
    private readonly delta: Int32Array,
    /** Rows at or above this emit matches. */
    private readonly firstOutputRow: number,
    /**
     * The patterns ending in state s are outList[outStart[s] .. outStart[s + 1]),
     * longest first (read directly in hot loops; `patternsAt` is the convenient form).
     */
    readonly outStart: Int32Array,
    readonly outList: Int32Array,
    /** Length of each pattern, in code units. */
    readonly patternLengths: Int32Array,
    /** 1 for patterns that contain the collapsible unit. */
    private readonly spaced: Uint8Array,
    private readonly collapsible: number,
    /** 1 for units read as part of a run of the collapsible one when they follow it. */
    private readonly skip: Uint8Array = new Uint8Array(0x10000),
  ) {}

  /** @throws {RangeError} if a pattern is empty or the table would exceed MAX_AUTOMATON_CELLS. */
  static build(patterns: readonly string[], collapsible = -1): Automaton {
    return runSteps(Automaton.buildSteps(patterns, collapsible));
  }

  /** `build` in steps (see steps.ts). @throws {RangeError} if a pattern is empty or the table would exceed `maxCells`. */
  static *buildSteps(patterns: readonly string[], collapsible = -1, maxCells = MAX_AUTOMATON_CELLS, skippable: readonly number[] = []): Steps<Automaton> {
    const classOf = new Uint16Array(0x10000);
    let width = 1;
    for (const p of patterns) {
      if (p.length === 0) throw new RangeError('empty pattern');
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        if (classOf[c] === 0) classOf[c] = width++;
      }
    }
    // Units skipped after the collapsible one get a class of their own (see `skippable` below).
    if (collapsible >= 0) for (const c of skippable) if (classOf[c] === 0) classOf[c] = width++;
    const tooLarge = (states: number) =>
      new RangeError(`the names need an automaton of at least ${states} states × ${width} character classes = ${states * width} cells; the limit is ${maxCells}`);

    // Trie.
    const edges: Map<number, number>[] = [new Map()];
    const own: number[][] = [[]];
    const entered: number[] = [0]; // the class of the edge into each state
    for (let id = 0; id < patterns.length; id++) {
      if (id % STATES_PER_STEP === STATES_PER_STEP - 1) yield;
      const p = patterns[id];
      let s = 0;
      for (let i = 0; i < p.length; i++) {
        const k = classOf[p.charCodeAt(i)];
        let t = edges[s].get(k);
        if (t === undefined) {
          t = edges.length;
          edges.push(new Map());
          own.push([]);
          entered.push(k);
          edges[s].set(k, t);
        }
        s = t;
      }
      own[s].push(id);
      // Checked as the trie grows, so a hostile pattern set is refused before it fills memory.
      if (edges.length * width > maxCells) throw tooLarge(edges.length);
    }
    const count = edges.length;

    // Failure links in breadth-first order; outputs include those of the failure state.
    const fail = new Int32Array(count);
    const order: number[] = [0];
    const outputs: number[][] = own.map((o) => o.slice());
    for (let head = 0; head < order.length; head++) {
      if (head % STATES_PER_STEP === STATES_PER_STEP - 1) yield;
      const s = order[head];
      for (const [k, t] of edges[s]) {
        order.push(t);
        if (s !== 0) {
          let f = fail[s];
          while (f !== 0 && !edges[f].has(k)) f = fail[f];
          fail[t] = edges[f].get(k) ?? 0;
        }
        // fail[t] precedes t in breadth-first order, so its outputs are complete.
        outputs[t].push(...outputs[fail[t]]);
      }
    }

    // Renumber: silent states first (root stays 0), emitting states last.
    const silent = order.filter((s) => outputs[s].length === 0);
    const emitting = order.filter((s) => outputs[s].length > 0);
    const newId = new Int32Array(count);
    [...silent, ...emitting].forEach((s, i) => (newId[s] = i));

    yield;
    const delta = new Int32Array(count * width);
    // In breadth-first order: a state's failure row is complete before it is copied.
    for (let o = 0; o < order.length; o++) {
      if (o % STATES_PER_STEP === STATES_PER_STEP - 1) yield;
      const s = order[o];
      const row = newId[s] * width;
      if (s !== 0) delta.copyWithin(row, newId[fail[s]] * width, newId[fail[s]] * width + width);
      for (const [k, t] of edges[s]) delta[row + k] = newId[t] * width;
    }
    const repeat = collapsible >= 0 ? classOf[collapsible] : 0;
    if (repeat !== 0) for (const s of order) if (s !== 0 && entered[s] === repeat) delta[newId[s] * width + repeat] = newId[s] * width;
    // A skippable unit (a quote) right after the collapsible one inside a pattern is read
    // as part of the space: «كتايب "سيد الشهدا» matches «كتايب سيد الشهدا».
    for (const c of repeat !== 0 ? skippable : []) {
      const k = classOf[c];
      for (const s of order) if (s !== 0 && entered[s] === repeat && !edges[s].has(k)) delta[newId[s] * width + k] = newId[s] * width;
    }

    yield;
    const outStart = new Int32Array(count + 1);
    const flat: number[] = [];
    [...silent, ...emitting].forEach((s, i) => {
      outStart[i] = flat.length;
      flat.push(...outputs[s]);
    });
    outStart[count] = flat.length;
    const lengths = Int32Array.from(patterns, (p) => p.length);
    const spaced = Uint8Array.from(patterns, (p) => (collapsible >= 0 && p.includes(String.fromCharCode(collapsible)) ? 1 : 0));
    const skip = new Uint8Array(0x10000);
    for (const c of skippable) skip[c] = 1;
    return new Automaton(classOf, width, delta, silent.length * width, outStart, Int32Array.from(flat), lengths, spaced, collapsible, skip);
  }

  /** Where the match of pattern `p` that ends at `end` begins in `codes` (runs of the collapsible unit count once). */
  matchStart(codes: Uint16Array, end: number, p: number): number {
    if (this.spaced[p] === 0) return end - this.patternLengths[p];
    const unit = this.collapsible;
    let i = end;
    const skip = this.skip;
    for (let left = this.patternLengths[p]; left > 0; left--) {
      i--;
      if (codes[i] === unit || skip[codes[i]] === 1) while (i > 0 && (codes[i - 1] === unit || skip[codes[i - 1]] === 1)) i--;
    }
    return i;
  }

  /** The automaton's tables, for a scan driven by the normaliser (`Normalizer.normalizeAndScan`). */
  get dfa(): Dfa {
    return { classOf: this.classOf, delta: this.delta, firstOutputRow: this.firstOutputRow, width: this.width };
  }

  get stateCount(): number {
    return this.delta.length / this.width;
  }

  /**
   * Finds every occurrence of every pattern in `codes[0 .. length)`, overlapping ones
   * included. Returns pairs `[end, state]` (end exclusive) in increasing `end`; the
   * patterns ending there are `patternsAt(state)`.
   */
  scan(codes: Uint16Array, length: number): Int32Array {
    const { classOf, delta, firstOutputRow, width } = this;
    let hits = new Int32Array(256);
    let h = 0;
    let row = 0;
    for (let i = 0; i < length; i++) {
      row = delta[row + classOf[codes[i]]];
      if (row >= firstOutputRow) {
        if (h + 2 > hits.length) {
          const grown = new Int32Array(hits.length * 2);
          grown.set(hits);
          hits = grown;
        }
        hits[h++] = i + 1;
        hits[h++] = row / width;
      }
    }
    return hits.subarray(0, h);
  }

  /** The ids of the patterns that end in `state`, longest first. */
  patternsAt(state: number): Int32Array {
    return this.outList.subarray(this.outStart[state], this.outStart[state + 1]);
  }
}

import { FoldAction, type FoldTable } from './fold-table';

/**
 * Text folded for matching, with an exact map back to the original.
 *
 * Offsets are UTF-16 code units. `codes[i]` (for `i < length`) came from the source
 * character at `starts[i]`; several code units may come from one source character
 * (a ligature), and source characters may produce none (marks, format controls, the
 * second and later characters of a white-space run). `starts` is non-decreasing.
 */
export interface NormalizedText {
  readonly source: string;
  readonly codes: Uint16Array;
  readonly length: number;
  readonly starts: Int32Array;
  /** End (exclusive) in the source of what produced `codes[i]`, with the marks attached to it. */
  sourceEnd(i: number): number;
  /** The folded text as a string. */
  text(): string;
}

/** Folds text with one `FoldTable`; safe to share, holds no per-text state. */
export class Normalizer {
  constructor(readonly table: FoldTable) {}

  /** Folds `source`. Never throws; any string, including lone surrogates, is valid input. */
  normalize(source: string): NormalizedText {
    const { action, fold, expansions } = this.table;
    const n = source.length;
    let codes = new Uint16Array(n + 16);
    let starts = new Int32Array(n + 17);
    let j = 0;
    let afterSpace = false;
    for (let i = 0; i < n; i++) {
      const c = source.charCodeAt(i);
      const a = action[c];
      if (a === FoldAction.Keep) {
        codes[j] = fold[c];
        starts[j++] = i;
        afterSpace = false;
      } else if (a === FoldAction.Space) {
        if (!afterSpace) {
          codes[j] = 32;
          starts[j++] = i;
          afterSpace = true;
        }
      } else if (a === FoldAction.Expand) {
        const out = expansions.get(c)!;
        // Room for this expansion and one code unit per remaining source character.
        const needed = j + out.length + (n - i) + 1;
        if (needed > codes.length) {
          const grownCodes = new Uint16Array(Math.max(codes.length * 2, needed + 16));
          grownCodes.set(codes);
          codes = grownCodes;
          const grownStarts = new Int32Array(grownCodes.length + 1);
          grownStarts.set(starts);
          starts = grownStarts;
        }
        for (let k = 0; k < out.length; k++) {
          codes[j] = out.charCodeAt(k);
          starts[j++] = i;
        }
        afterSpace = out.charCodeAt(out.length - 1) === 32;
      }
      // Attach and Drop emit nothing.
    }
    starts[j] = n;
    return new FoldedText(source, codes, j, starts, action);
  }

  /** The folded form of a name or a word, trimmed: what aliases and rule words are compared as. */
  fold(s: string): string {
    return this.normalize(s).text().trim();
  }
}

class FoldedText implements NormalizedText {
  constructor(
    readonly source: string,
    readonly codes: Uint16Array,
    readonly length: number,
    readonly starts: Int32Array,
    private readonly action: Uint8Array,
  ) {}

  sourceEnd(i: number): number {
    const src = this.source;
    let e = this.starts[i] + 1;
    while (e < src.length && this.action[src.charCodeAt(e)] === FoldAction.Attach) e++;
    return e;
  }

  text(): string {
    let out = '';
    for (let i = 0; i < this.length; i += 8192) out += String.fromCharCode(...this.codes.subarray(i, Math.min(this.length, i + 8192)));
    return out;
  }
}

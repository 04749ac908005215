/**
 * Folds one sentence for the event rules with the normaliser's table, and maps
 * source offsets to folded ones. Its own loop, not `Normalizer.normalizeAndScan`:
 * that loop is tuned by the JIT to the mention engine's automaton, and hundreds of
 * short sentences folded through it with another automaton made both deoptimise
 * again and again. Same folds, same offsets (tests/events check them against it).
 */
import { EMIT_EXPANSION, EMIT_NOTHING, type FoldTable } from '../text/fold-table';

export interface FoldedSentence {
  readonly folded: string;
  /** The folded offset of the first code unit at or after source offset `o` (relative to the sentence) that folds to something; the folded length past the end. */
  at(o: number): number;
}

const UTF16 = new TextDecoder('utf-16le');

export function createSentenceFolder(table: FoldTable): (text: string, start: number, end: number) => FoldedSentence {
  const { emit, expansions } = table;
  let codes = new Uint16Array(1024);
  let offsets = new Int32Array(1024);
  return (text, start, end) => {
    const n = end - start;
    if (offsets.length < n + 1) offsets = new Int32Array(2 * n + 1);
    if (codes.length < 4 * n) codes = new Uint16Array(4 * n + 16);
    let j = 0;
    // First the folded index of each code unit (-1 where it folds to nothing; a ligature's last unit, as `foldedIndex` gives it) …
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(start + i);
      const o = emit[c];
      if (o === EMIT_NOTHING) offsets[i] = -1;
      else if (o !== EMIT_EXPANSION) {
        offsets[i] = j;
        codes[j++] = o;
      } else {
        const out = expansions.get(c)!;
        if (j + out.length > codes.length) {
          const grown = new Uint16Array(2 * (j + out.length) + n);
          grown.set(codes.subarray(0, j));
          codes = grown;
        }
        for (let k = 0; k < out.length; k++) codes[j++] = out.charCodeAt(k);
        offsets[i] = out.length > 0 ? j - 1 : -1;
      }
    }
    // … then, from the end, that of the first unit at or after each that folds to something.
    offsets[n] = j;
    for (let i = n - 1; i >= 0; i--) if (offsets[i] < 0) offsets[i] = offsets[i + 1];
    const folded = UTF16.decode(codes.subarray(0, j));
    const map = offsets;
    return { folded, at: (o) => (o >= n ? j : map[Math.max(0, o)]) };
  };
}

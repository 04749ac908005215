/**
 * A compact, exact encoding of a `FoldTable`, so that a content script gets the
 * table without building it: building runs three Unicode-property regular
 * expressions over all 65,536 code units (60–120 ms in a page, a long task on every
 * load); decoding the runs takes about a millisecond.
 *
 * Each array is a list of runs `[start, length, value, mode]`: mode 0 sets every
 * element of the run to `value`, mode 1 sets element `c` to `c + value`. Elements
 * in no run are 0. Expansions are lists of code units, not strings: some are
 * noncharacters (U+FFFE, U+FFFF), which Chrome refuses to find in a content
 * script's source ("isn't UTF-8 encoded").
 */
import type { FoldTable } from '@/lib/text/fold-table';

export interface EncodedFoldTable {
  readonly action: readonly number[];
  readonly fold: readonly number[];
  readonly emit: readonly number[];
  readonly wordChar: readonly number[];
  /** `[c, ...code units of its expansion]`. */
  readonly expansions: readonly (readonly number[])[];
}

const SIZE = 0x10000;

function encodeArray(a: Uint8Array | Uint16Array): number[] {
  const out: number[] = [];
  let s = 0;
  while (s < SIZE) {
    let constant = s + 1;
    while (constant < SIZE && a[constant] === a[s]) constant++;
    let delta = s + 1;
    while (delta < SIZE && a[delta] - delta === a[s] - s) delta++;
    if (delta > constant) {
      out.push(s, delta - s, a[s] - s, 1);
      s = delta;
    } else {
      if (a[s] !== 0) out.push(s, constant - s, a[s], 0);
      s = constant;
    }
  }
  return out;
}

function decodeArray<T extends Uint8Array | Uint16Array>(target: T, runs: readonly number[]): T {
  for (let r = 0; r < runs.length; r += 4) {
    const start = runs[r];
    const end = start + runs[r + 1];
    const value = runs[r + 2];
    if (runs[r + 3] === 0) target.fill(value, start, end);
    else for (let c = start; c < end; c++) target[c] = c + value;
  }
  return target;
}

export function encodeFoldTable(table: FoldTable): EncodedFoldTable {
  return {
    action: encodeArray(table.action),
    fold: encodeArray(table.fold),
    emit: encodeArray(table.emit),
    wordChar: encodeArray(table.wordChar),
    expansions: [...table.expansions].sort((a, b) => a[0] - b[0]).map(([c, s]) => [c, ...Array.from(s, (_, i) => s.charCodeAt(i))]),
  };
}

export function decodeFoldTable(e: EncodedFoldTable): FoldTable {
  return {
    action: decodeArray(new Uint8Array(SIZE), e.action),
    fold: decodeArray(new Uint16Array(SIZE), e.fold),
    emit: decodeArray(new Uint16Array(SIZE), e.emit),
    wordChar: decodeArray(new Uint8Array(SIZE), e.wordChar),
    expansions: new Map(e.expansions.map(([c, ...units]) => [c, String.fromCharCode(...units)])),
  };
}

/**
 * The names a scan of one text found, as columns that a finder keeps from text to
 * text. A long page has tens of thousands of names: an object for each, kept until
 * the end of the scan, cost more than every rule checked on them (the garbage
 * collector copies each, and the heap they fill is new memory to the system).
 */
export class NameTable {
  length = 0;
  /** Where the name starts (folded), its article included, its other proclitics not. */
  start = new Int32Array(64);
  end = new Int32Array(64);
  /** Where the word starts, proclitics included. */
  wordStart = new Int32Array(64);
  /** The letters glued in front of the pattern's match: `[prefixStart, matchStart)`. */
  prefixStart = new Int32Array(64);
  matchStart = new Int32Array(64);
  /** The finder's index of the pattern role the name was read as. */
  role = new Int32Array(64);

  clear(): void {
    this.length = 0;
  }

  add(start: number, end: number, wordStart: number, prefixStart: number, matchStart: number, role: number): void {
    if (this.length === this.start.length) this.grow();
    const k = this.length++;
    this.start[k] = start;
    this.end[k] = end;
    this.wordStart[k] = wordStart;
    this.prefixStart[k] = prefixStart;
    this.matchStart[k] = matchStart;
    this.role[k] = role;
  }

  private grow(): void {
    const size = this.start.length * 2;
    this.start = grown(this.start, size);
    this.end = grown(this.end, size);
    this.wordStart = grown(this.wordStart, size);
    this.prefixStart = grown(this.prefixStart, size);
    this.matchStart = grown(this.matchStart, size);
    this.role = grown(this.role, size);
  }
}

/** A growable list of integers, kept by its owner from text to text. */
export class IntList {
  length = 0;
  data = new Int32Array(64);

  clear(): void {
    this.length = 0;
  }

  push(x: number): void {
    if (this.length === this.data.length) this.data = grown(this.data, this.length * 2);
    this.data[this.length++] = x;
  }

  /** The integers, as a view valid until the next `push` or `clear`. */
  values(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

/** `a` copied into a new array of `size` elements. */
export function grown<T extends Int32Array | Float64Array | Uint8Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

import { grown } from './name-table';
import { addLeftmostLongest, keepLeftmostLongest, type SpanColumns } from './overlaps';

/**
 * The candidate mentions of one text, as columns that a finder keeps from text to
 * text (see `NameTable` for why not an object each), and which of them are kept.
 * `start`/`end` are source offsets, `foldedStart`/`foldedEnd` folded ones; a row's
 * `exact` is 1 when its score is 1.
 */
export class CandidateTable implements SpanColumns {
  length = 0;
  start = new Int32Array(64);
  end = new Int32Array(64);
  foldedStart = new Int32Array(64);
  foldedEnd = new Int32Array(64);
  /** Index of the entity in the finder's entries. */
  entity = new Int32Array(64);
  score = new Float64Array(64);
  exact = new Uint8Array(64);
  /** The kept rows, ordered by start, never overlapping: `kept[0 .. keptCount)`. */
  kept = new Int32Array(64);
  keptCount = 0;
  private spare = new Int32Array(64);

  clear(): void {
    this.length = 0;
    this.keptCount = 0;
  }

  add(start: number, end: number, foldedStart: number, foldedEnd: number, entity: number, score: number): void {
    if (this.length === this.start.length) this.grow();
    const k = this.length++;
    this.start[k] = start;
    this.end[k] = end;
    this.foldedStart[k] = foldedStart;
    this.foldedEnd[k] = foldedEnd;
    this.entity[k] = entity;
    this.score[k] = score;
    this.exact[k] = score === 1 ? 1 : 0;
  }

  /** Keeps the rows for which `keep` holds, in order (before any are kept as mentions). */
  retain(keep: (row: number) => boolean): void {
    let n = 0;
    for (let r = 0; r < this.length; r++) {
      if (!keep(r)) continue;
      this.start[n] = this.start[r];
      this.end[n] = this.end[r];
      this.foldedStart[n] = this.foldedStart[r];
      this.foldedEnd[n] = this.foldedEnd[r];
      this.entity[n] = this.entity[r];
      this.score[n] = this.score[r];
      this.exact[n++] = this.exact[r];
    }
    this.length = n;
  }

  /** Keeps, of all rows, the leftmost and longest (see `keepLeftmostLongest`). */
  keepAll(): void {
    if (this.kept.length < this.length) this.kept = new Int32Array(this.start.length);
    this.keptCount = keepLeftmostLongest(this, this.length, this.kept);
  }

  /** Adds the rows from `from` on to the kept ones, as if all had been kept at once. */
  keepAdded(from: number): void {
    const room = this.keptCount + this.length - from;
    if (this.spare.length < room) this.spare = new Int32Array(Math.max(room, this.start.length));
    const out = this.spare;
    this.keptCount = addLeftmostLongest(this, this.kept, this.keptCount, from, this.length, out);
    this.spare = this.kept;
    this.kept = out;
  }

  private grow(): void {
    const size = this.start.length * 2;
    this.start = grown(this.start, size);
    this.end = grown(this.end, size);
    this.foldedStart = grown(this.foldedStart, size);
    this.foldedEnd = grown(this.foldedEnd, size);
    this.entity = grown(this.entity, size);
    this.score = grown(this.score, size);
    this.exact = grown(this.exact, size);
  }
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addLeftmostLongest, keepLeftmostLongest } from '../../../lib/engine/overlaps';

interface Span {
  readonly start: number;
  readonly end: number;
  readonly exact: boolean;
}

/** The spans as the columns the functions read. */
function columns(spans: readonly Span[]) {
  return {
    start: Int32Array.from(spans, (s) => s.start),
    end: Int32Array.from(spans, (s) => s.end),
    exact: Uint8Array.from(spans, (s) => (s.exact ? 1 : 0)),
  };
}

/** `keepLeftmostLongest` on spans: the kept ones, in order. */
function keep<T extends Span>(candidates: readonly T[]): T[] {
  const out = new Int32Array(candidates.length);
  const n = keepLeftmostLongest(columns(candidates), candidates.length, out);
  return Array.from(out.subarray(0, n), (i) => candidates[i]);
}

/** `addLeftmostLongest` on spans: `kept` (a result of `keep`) with `more` added. */
function add<T extends Span>(kept: readonly T[], more: readonly T[]): T[] {
  const all = [...kept, ...more];
  const out = new Int32Array(all.length);
  const rows = Int32Array.from(kept, (_, i) => i);
  const n = addLeftmostLongest(columns(all), rows, rows.length, kept.length, all.length, out);
  return Array.from(out.subarray(0, n), (i) => all[i]);
}

/** The rule as first written: a stable sort of everything, then the greedy pass. */
function reference<T extends Span>(candidates: readonly T[]): T[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end || Number(b.exact) - Number(a.exact));
  const kept: T[] = [];
  let end = -1;
  for (const c of sorted) {
    if (c.start < end) continue;
    kept.push(c);
    end = c.end;
  }
  return kept;
}

// Small offsets, so that equal starts, equal ends and ties between candidates are common.
const span = fc.record({ start: fc.nat(30), length: fc.integer({ min: 1, max: 8 }), exact: fc.boolean(), id: fc.nat() }).map((s) => ({ start: s.start, end: s.start + s.length, exact: s.exact, id: s.id }));

describe('keepLeftmostLongest (sorting only what is out of order, then merging)', () => {
  it('keeps the same candidates, the same objects in the same order, as a stable sort of all of them', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 60 }), (candidates) => {
        expect(keep(candidates)).toStrictEqual(reference(candidates));
      }),
    );
  });

  it('on input already in order (the common case) it equals the full sort too', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 60 }), (candidates) => {
        const ordered = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end || Number(b.exact) - Number(a.exact));
        expect(keep(ordered)).toStrictEqual(reference(ordered));
      }),
    );
  });

  it('adding candidates to a result equals keeping from all of them at once', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 40 }), fc.array(span, { maxLength: 20 }), (first, more) => {
        const kept = keep(first);
        const all = [...kept, ...more];
        const got = add(kept, more);
        expect(got).toStrictEqual(reference(all));
        // The same objects, not copies: callers compare candidates by identity.
        got.forEach((c, i) => expect(c).toBe(reference(all)[i]));
      }),
    );
  });

  it('a longer name wins at the same start, an exact match wins over a near-miss of the same span', () => {
    const inner = { start: 6, end: 14, exact: true };
    const outer = { start: 0, end: 14, exact: true };
    const fuzzy = { start: 20, end: 25, exact: false };
    const exact = { start: 20, end: 25, exact: true };
    expect(keep([inner, fuzzy, outer, exact])).toEqual([outer, exact]);
    expect(keep([inner, fuzzy, outer, exact])[1]).toBe(exact);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedEditDistance } from '../../../lib/engine/edit-distance';

/** Reference optimal-string-alignment distance, unbounded. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}

describe('boundedEditDistance', () => {
  it('counts one insertion for the seed misspelling', () => {
    expect(boundedEditDistance('خراب الجبير', 'خراب الجير', 2)).toBe(1);
  });

  it('counts a transposition as one edit', () => {
    expect(boundedEditDistance('كونيكو', 'كوينكو', 2)).toBe(1);
  });

  it('equals the reference distance, capped at max + 1 (property)', () => {
    const s = fc.string({ unit: fc.constantFrom('ا', 'ب', 'ج', 'د'), maxLength: 8 });
    fc.assert(
      fc.property(s, s, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        expect(boundedEditDistance(a, b, max)).toBe(Math.min(osa(a, b), max + 1));
      }),
      { numRuns: 2000 },
    );
  });

  it('equals the reference on longer strings, with bounds from 0 to beyond both lengths (property)', () => {
    // The band of computed cells and the reused buffers: every bound, and calls of
    // different lengths one after another (stale cells from a longer call must not leak).
    const s = fc.string({ unit: fc.constantFrom('ا', 'ب', 'ج', ' '), maxLength: 24 });
    fc.assert(
      fc.property(s, s, fc.integer({ min: 0, max: 26 }), (a, b, max) => {
        expect(boundedEditDistance(a, b, max)).toBe(Math.min(osa(a, b), max + 1));
        expect(boundedEditDistance(b, a, max)).toBe(Math.min(osa(b, a), max + 1));
      }),
      { numRuns: 2000 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizer } from '../../../lib/mentions';
import { unicodeText } from '../../fixtures/arbitraries';

const norm = normalizer();

describe('normalisation offsets (property)', () => {
  it('map back monotonically and in range, on any UTF-16 string', () => {
    fc.assert(
      fc.property(unicodeText(), (src) => {
        const t = norm.normalize(src);
        expect(t.sourceStart(t.length)).toBe(src.length);
        let prevStart = 0;
        let prevEnd = 0;
        for (let i = 0; i < t.length; i++) {
          const s = t.sourceStart(i);
          expect(t.foldedIndex(s)).toBeGreaterThanOrEqual(0);
          expect(t.sourceStart(t.foldedIndex(s))).toBe(s);
          const e = t.sourceEnd(i);
          expect(s).toBeGreaterThanOrEqual(prevStart);
          expect(s).toBeLessThan(src.length);
          expect(e).toBeGreaterThan(s);
          expect(e).toBeLessThanOrEqual(src.length);
          expect(e).toBeGreaterThanOrEqual(prevEnd);
          prevStart = s;
          prevEnd = e;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('folds a word exactly as it folds a text (collapsed, trimmed)', () => {
    fc.assert(
      fc.property(unicodeText(), (src) => {
        expect(norm.fold(src)).toBe(norm.normalize(src).text().replace(/ {2,}/g, ' ').trim());
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent on Arabic and Latin text', () => {
    fc.assert(
      fc.property(unicodeText(), (src) => {
        const once = norm.fold(src);
        expect(norm.fold(once)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  it('never emits a character that the source did not produce (spaces come from white space or dashes)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'ب', ' ', '\u064e', '\u200c') }), (src) => {
        const t = norm.normalize(src);
        for (let i = 0; i < t.length; i++) {
          const c = src[t.sourceStart(i)];
          if (t.codes[i] === 32) expect(c).toBe(' ');
          else expect(c === 'a' || c === 'ب').toBe(true);
        }
      }),
    );
  });
});

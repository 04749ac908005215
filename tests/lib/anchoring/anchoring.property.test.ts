import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchor, approxSearch, describeSpan } from '../../../lib/anchoring';
import { unicodeText } from '../../fixtures/arbitraries';

/** Plain Levenshtein distance, the reference for approxSearch. */
function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/** The fewest errors of `pattern` against any span of `text` that ends after its first character. */
function bestDistance(text: string, pattern: string): number {
  let best = Infinity;
  for (let e = 1; e <= text.length; e++) for (let s = 0; s <= e; s++) best = Math.min(best, levenshtein(text.slice(s, e), pattern));
  return best;
}

const ARABIC = 'ابتثجحخدرسعفقلمنهوي ';
const arabicText = (max: number) => fc.array(fc.constantFrom(...ARABIC), { minLength: 1, maxLength: max }).map((a) => a.join(''));

describe('approxSearch (property)', () => {
  it('reports true distances, and finds the best span whenever it is within the bound', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 30 }), fc.string({ unit: fc.constantFrom('a', 'b', 'c'), minLength: 1, maxLength: 70 }), fc.nat(4), (text, pattern, k) => {
        const matches = approxSearch(text, pattern, k, 1000);
        for (const m of matches) {
          expect(m.errors).toBeLessThanOrEqual(k);
          expect(levenshtein(text.slice(m.start, m.end), pattern)).toBe(m.errors);
        }
        const best = bestDistance(text, pattern);
        if (best <= k) expect(matches.some((m) => m.errors === best)).toBe(true);
        else expect(matches).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('anchor (property)', () => {
  it('finds a quote taken at random offsets of a random text', () => {
    fc.assert(
      fc.property(unicodeText(), fc.nat(), fc.nat(), (text, a, b) => {
        fc.pre(text.length > 0);
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        const found = anchor(text, describeSpan(text, start, end));
        expect(found).toEqual({ start, end, score: 1, method: 'position' });
      }),
      { numRuns: 500 },
    );
  });

  it('finds it again after text is inserted elsewhere, without trusting the stale position', () => {
    fc.assert(
      fc.property(arabicText(300), fc.nat(), fc.nat(), arabicText(40), fc.nat(), (text, a, b, insert, c) => {
        const start = a % text.length;
        const end = Math.min(text.length, start + 4 + (b % 40));
        fc.pre(end > start);
        const [quote, position] = describeSpan(text, start, end);
        // Insert before the prefix or after the suffix, so the quote and its context survive.
        const cut = c % 2 === 0 ? c % (Math.max(0, start - quote.prefix.length) + 1) : Math.min(text.length, end + quote.suffix.length) + (c % (text.length - Math.min(text.length, end + quote.suffix.length) + 1));
        const edited = text.slice(0, cut) + insert + text.slice(cut);
        const shift = cut <= start ? insert.length : 0;
        const found = anchor(edited, [quote, position])!;
        expect(found).not.toBeNull();
        expect(edited.slice(found.start, found.end)).toBe(quote.exact);
        // Unless the quote with its whole context occurs more than once, it is the same place.
        const context = quote.prefix + quote.exact + quote.suffix;
        const first = edited.indexOf(context);
        if (edited.indexOf(context, first + 1) < 0) expect(found.start).toBe(start + shift);
      }),
      { numRuns: 500 },
    );
  });
});

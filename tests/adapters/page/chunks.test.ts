import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkBounds, chunkEnd } from '../../../adapters/page/chunks';

describe('cutting long text for the engine (chunks.ts)', () => {
  it('keeps a text that fits in one chunk', () => {
    expect(chunkBounds('abc\ndef', 100)).toEqual([[0, 7]]);
    expect(chunkBounds('', 10)).toEqual([[0, 0]]);
  });

  it('cuts after the last block break, else after the last space, else at the limit', () => {
    expect(chunkEnd('aaaa\nbbbb\ncccc', 0, 12)).toBe(10);
    expect(chunkEnd('aaaa bbbb cccc', 0, 12)).toBe(10);
    expect(chunkEnd('aaaabbbbcccc', 0, 5)).toBe(5);
    expect(chunkEnd('aaaa\nbbbb\ncccc', 5, 6)).toBe(10);
  });

  it('prefers to cut where a section begins, within reach', () => {
    const text = 'aaaa\nbbbb\ncccc\ndddd';
    expect(chunkEnd(text, 0, 12, [5, 15])).toBe(5);
    expect(chunkEnd(text, 0, 17, [5, 15])).toBe(15);
    expect(chunkEnd(text, 5, 12, [5])).toBe(15);
    expect(chunkBounds(text, 12, [5, 15])).toEqual([[0, 5], [5, 15], [15, 19]]);
  });

  it('covers the text in order with chunks no longer than the limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'ب', ' ', '\n'), maxLength: 300 }), fc.integer({ min: 1, max: 40 }), (text, max) => {
        const chunks = chunkBounds(text, max);
        expect(chunks[0][0]).toBe(0);
        expect(chunks.at(-1)![1]).toBe(text.length);
        for (let i = 0; i < chunks.length; i++) {
          const [from, to] = chunks[i];
          expect(to - from).toBeLessThanOrEqual(max);
          if (i > 0) expect(from).toBe(chunks[i - 1][1]);
          if (text.length > 0) expect(to).toBeGreaterThan(from);
        }
      }),
    );
  });
});

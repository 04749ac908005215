import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Neighbours } from '../../../lib/engine/neighbours';

/** Word characters: the letters below; anything else separates words. */
const wordChar = new Uint8Array(0x10000);
for (const c of 'ابلx') wordChar[c.charCodeAt(0)] = 1;
const near = (text: string) => new Neighbours(Uint16Array.from(text, (c) => c.charCodeAt(0)), text.length, wordChar);

describe('words after a position, without listing them (neighbours.ts)', () => {
  it('hashes and compares the phrase wordsAfter lists (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('ا', 'ب', 'ل', 'x', ' ', ' ', '"', '(', ','), maxLength: 40 });
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), fc.integer({ min: 1, max: 4 }), (t, a0, b0, count) => {
        const n = near(t);
        const a = t.length === 0 ? 0 : a0 % (t.length + 1);
        const b = t.length === 0 ? 0 : b0 % (t.length + 1);
        const phrase = (p: number) => n.wordsAfter(p, count).map((w) => n.text(w)).join(' ');
        const same = phrase(a) === phrase(b);
        expect(n.samePhraseAfter(a, b, count)).toBe(same);
        if (same) expect(n.phraseHashAfter(a, count)).toBe(n.phraseHashAfter(b, count));
      }),
      { numRuns: 3000 },
    );
  });

  it('tells phrases apart by their words and by how many there are', () => {
    const n = near('ال بل "با (بل  x, بل');
    // After 0: «ال بل» then a quote stops the run; after 6: «با» alone, quotes around it.
    expect(n.wordsAfter(0, 4).map((w) => n.text(w))).toEqual(['ال', 'بل']);
    expect(n.samePhraseAfter(0, 0, 4)).toBe(true);
    expect(n.samePhraseAfter(0, 6, 1)).toBe(false);
    expect(n.samePhraseAfter(10, 18, 1)).toBe(true); // «بل» after «(» and after «, »
    expect(n.samePhraseAfter(10, 18, 2)).toBe(false); // «بل x» against «بل»
    expect(n.phraseHashAfter(10, 1)).toBe(n.phraseHashAfter(18, 1));
  });
});

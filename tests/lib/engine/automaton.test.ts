import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Automaton } from '../../../lib/engine/automaton';

function occurrences(a: Automaton, text: string): string[] {
  const codes = Uint16Array.from(text, (c) => c.charCodeAt(0));
  const hits = a.scan(codes, codes.length);
  const out: string[] = [];
  for (let h = 0; h < hits.length; h += 2) for (const p of a.patternsAt(hits[h + 1])) out.push(`${hits[h] - a.patternLengths[p]}:${p}`);
  return out.sort();
}

function naive(patterns: string[], text: string): string[] {
  const out: string[] = [];
  patterns.forEach((p, id) => {
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) out.push(`${i}:${id}`);
  });
  return out.sort();
}

describe('Automaton', () => {
  it('finds every occurrence of every pattern, overlapping and nested ones included', () => {
    const patterns = ['حزب الله', 'كتائب حزب الله', 'الله', 'ب ح'];
    const a = Automaton.build(patterns);
    const text = 'وكتائب حزب الله ولحزب الله';
    expect(occurrences(a, text)).toEqual(naive(patterns, text));
  });

  it('agrees with a naive search on random patterns and texts (property)', () => {
    const letters = fc.constantFrom('ا', 'ل', 'ب', ' ', 'x');
    fc.assert(
      fc.property(fc.array(fc.string({ unit: letters, minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 12 }), fc.string({ unit: letters, maxLength: 60 }), (patterns, text) => {
        expect(occurrences(Automaton.build(patterns), text)).toEqual(naive(patterns, text));
      }),
      { numRuns: 1000 },
    );
  });

  it('lists the patterns ending in a state longest first', () => {
    const a = Automaton.build(['الله', 'حزب الله', 'ه']);
    const hits = a.scan(Uint16Array.from('حزب الله', (c) => c.charCodeAt(0)), 8);
    const last = hits[hits.length - 1];
    expect([...a.patternsAt(last)].map((p) => a.patternLengths[p])).toEqual([8, 4, 1]);
  });

  it('rejects an empty pattern', () => {
    expect(() => Automaton.build(['a', ''])).toThrow(RangeError);
  });
});

describe('Automaton driven by the normaliser (Normalizer.normalizeAndScan)', () => {
  it('reports exactly what scanning the folded text reports (property)', async () => {
    const { normalizer } = await import('../../../lib/mentions');
    const { unicodeText } = await import('../../fixtures/arbitraries');
    const norm = normalizer();
    const a = Automaton.build(['حزب الله', 'الله', 'عين الاسد', 'kh', 'لا', 'الحشد'].map((p) => norm.fold(p)), 32);
    fc.assert(
      fc.property(fc.array(fc.oneof(unicodeText(), fc.constantFrom(' حزب  الله ', 'عَيْن الأسد', 'ﻻ', 'KH', 'للحشد')), { maxLength: 6 }), (parts) => {
        const text = parts.join('');
        const { text: folded, hits } = norm.normalizeAndScan(text, a.dfa);
        expect([...hits]).toEqual([...a.scan(folded.codes, folded.length)]);
        expect(folded.text()).toBe(norm.normalize(text).text());
      }),
      { numRuns: 1000 },
    );
  });
});

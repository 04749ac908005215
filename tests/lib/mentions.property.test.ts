import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../data/gazetteer';
import { createMentionFinder, type Mention } from '../../lib/mentions';
import { textAround, unicodeText } from '../fixtures/arbitraries';
import { miniGazetteer } from '../fixtures/mini-gazetteer';

const finders = { shipped: createMentionFinder(gazetteer), mini: createMentionFinder(miniGazetteer) };
const names = [...new Set([...gazetteer, ...miniGazetteer].flatMap((e) => e.aliases.map((a) => a.text)))];

function wellFormed(text: string, mentions: Mention[]): void {
  let prevEnd = 0;
  for (const m of mentions) {
    expect(m.start).toBeGreaterThanOrEqual(prevEnd);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(m.text).toBe(text.slice(m.start, m.end));
    expect(m.score).toBeGreaterThan(0);
    expect(m.score).toBeLessThanOrEqual(1);
    expect(m.match === 'exact').toBe(m.score === 1);
    prevEnd = m.end;
  }
}

describe('mentions (property)', () => {
  for (const [name, finder] of Object.entries(finders)) {
    it(`are in range, ordered and non-overlapping on random Unicode (${name} gazetteer)`, () => {
      fc.assert(fc.property(unicodeText(), (text) => wellFormed(text, finder.find(text))), { numRuns: 1000 });
    });

    it(`are in range, ordered and non-overlapping on text built from names, clitics and triggers (${name} gazetteer)`, () => {
      fc.assert(fc.property(textAround(names), (text) => wellFormed(text, finder.find(text))), { numRuns: 1500 });
    });
  }

  it('find a name wherever it is put between separators', () => {
    const finder = finders.mini;
    fc.assert(
      fc.property(unicodeText(), unicodeText(), (before, after) => {
        const text = `${before}. كتائب حزب الله .${after}`;
        const at = before.length + 2;
        expect(finder.find(text).some((m) => m.start === at && m.end === at + 14 && m.entity.id === 'kataib-hezbollah')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

/**
 * The automaton refuses to build a transition table beyond its bound (issue 10:
 * states × character classes, one alias of 30,000 distinct characters needed
 * 900 million cells), with a clear error and before filling memory; the shipped
 * gazetteer builds far below it.
 */
import { describe, expect, it } from 'vitest';
import { Automaton, MAX_AUTOMATON_CELLS } from '../../../lib/engine/automaton';
import { assembleDataset } from '../../../lib/dataset';
import { gazetteerEntries } from '../../../lib/gazetteer/types';
import { createMentionFinder } from '../../../lib/mentions';
import { shipped } from '../../fixtures/shipped-data';

describe('the automaton size bound', () => {
  it('refuses one pattern of 30,000 distinct characters quickly, saying why', () => {
    const huge = Array.from({ length: 30_000 }, (_, i) => String.fromCharCode(0x4e00 + i)).join('');
    const started = performance.now();
    expect(() => Automaton.build([huge])).toThrow(RangeError);
    expect(() => Automaton.build([huge])).toThrow(/30001 states × 30001 character classes = 900060001 cells; the limit is 16000000/);
    expect(performance.now() - started).toBeLessThan(10_000); // refused as the trie grows, not after allocating 3.6 GB
  });

  it('refuses many patterns that together pass the bound, and builds just under it', () => {
    const words = Array.from({ length: 50 }, (_, i) => String.fromCharCode(0x600 + i).repeat(20));
    expect(() => runBuild(words, 50 * 20 * 50)).toThrow(/the limit is/);
    expect(runBuild(words, (50 * 20 + 1) * 51).stateCount).toBe(50 * 20 + 1);
  });

  it('leaves the shipped gazetteer room: its table is under a quarter of the bound', () => {
    const d = assembleDataset(shipped().content, '2026.1');
    const finder = createMentionFinder(gazetteerEntries(d.bases, d.militias));
    const { dfa } = (finder as unknown as { lexicon: { automaton: Automaton } }).lexicon.automaton;
    expect(dfa.delta.length).toBeLessThan(MAX_AUTOMATON_CELLS / 4);
  });
});

function runBuild(patterns: string[], maxCells: number): Automaton {
  const steps = Automaton.buildSteps(patterns, -1, maxCells);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

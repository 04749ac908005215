import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../data/gazetteer';
import { createCandidateFinder, type Candidate } from '../../lib/candidates';
import { arabicCandidateCues } from '../../lib/language/ar/candidate-cues';
import { latinCandidateCues } from '../../lib/language/latin/candidate-cues';
import { createMentionFinder, type Mention } from '../../lib/mentions';
import { unicodeText } from '../fixtures/arbitraries';

const mentions = createMentionFinder(gazetteer);
const radar = createCandidateFinder();

function wellFormed(text: string, found: readonly Candidate[], known: readonly Mention[]): void {
  let prevEnd = 0;
  for (const c of found) {
    expect(c.start).toBeGreaterThanOrEqual(prevEnd);
    expect(c.end).toBeGreaterThan(c.start);
    expect(c.end).toBeLessThanOrEqual(text.length);
    expect(c.text).toBe(text.slice(c.start, c.end));
    expect(c.cue.end).toBeLessThanOrEqual(c.start);
    expect(c.cue.start).toBeLessThan(c.cue.end);
    for (const m of known) expect(m.end <= c.start || c.end <= m.start).toBe(true);
    prevEnd = c.end;
  }
}

// Pieces the cues are made of, and names and ordinary words around them, shuffled into sentences.
const examples = [...arabicCandidateCues.cues, ...latinCandidateCues.cues].map((c) => c.example);
const pieces = [...examples.flatMap((e) => e.split(' ')), '"', '«', '»', '،', '.', 'كتائب حزب الله', 'Kataib Hezbollah', 'عين الأسد', '\n', 'بـ"', 'al-', 'The'];
const sentence = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 40 }).map((w) => w.join(' '));

describe('candidates (property)', () => {
  it('are in range, ordered, after their cue, and never overlap a mention: random Unicode', () => {
    fc.assert(fc.property(unicodeText(), (text) => {
      const known = mentions.find(text);
      wellFormed(text, radar.find(text, known), known);
    }), { numRuns: 500 });
  });

  it('the same on sentences shuffled from the cues, names and punctuation', () => {
    fc.assert(fc.property(sentence, (text) => {
      const known = mentions.find(text);
      wellFormed(text, radar.find(text, known), known);
    }), { numRuns: 2000 });
  });
});

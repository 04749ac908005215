/** The events' own sentence folding agrees with the normaliser's: same folded text, same offsets. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSentenceFolder } from '../../../lib/events/fold-sentence';
import { normalizer } from '../../../lib/mentions';

const norm = normalizer();
const fold = createSentenceFolder(norm.table);

function agrees(text: string, start = 0, end = text.length) {
  const ours = fold(text, start, end);
  const nt = norm.normalize(text.slice(start, end));
  expect(ours.folded).toBe(nt.text());
  for (let o = 0; o <= end - start + 1; o++) {
    let expected = nt.length;
    for (let k = o; k < end - start; k++) {
      const i = nt.foldedIndex(k);
      if (i >= 0) {
        expected = i;
        break;
      }
    }
    expect(ours.at(o)).toBe(expected);
  }
}

describe('sentence folding', () => {
  it.each([
    'استهدفت طائرتان مسيّرتان قاعدة "حرير" فجر اليوم.',
    'قاعدة عين الأسـد الجوية\u200f و\u00a0حرير',
    'ﻻ إصابات ﷲ', // ligatures expand
    'Rockets hit AIN AL-ASAD\tat 2:45 P.M. — no casualties 😀',
    'کتائب حزب الله ی ٣ صواريخ',
  ])('«%s»', (text) => agrees(text));
  it('a sentence inside a longer text', () => {
    const text = 'مقدمة. استهدفت طائرة مسيرة قاعدة عين الأسد. خاتمة';
    agrees(text, 7, 44);
  });
  it('any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => agrees(text)), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => agrees(text)), { numRuns: 300 });
  });
});

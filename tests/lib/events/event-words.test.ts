import { describe, expect, it } from 'vitest';
import { compileRules } from '../../../lib/events/phrases';
import type { EventWords, PhraseRule } from '../../../lib/events/rules';
import { arabicEventWords } from '../../../lib/language/ar/event-words';
import { englishEventWords } from '../../../lib/language/latin/event-words';
import { normalizer } from '../../../lib/mentions';

const fold = (s: string) => normalizer().fold(s);
const ruleKeys = ['attack', 'convoys', 'usActor', 'strike', 'retaliation', 'weapons', 'claim', 'blame', 'denial', 'negation', 'clauseBreaks', 'listJoins', 'siteWords', 'casualties', 'outcomes', 'harm', 'harmNegation', 'harmUnknown', 'relativeDays', 'background', 'counts'] as const;

function finds(words: EventWords, rule: PhraseRule, text: string) {
  return compileRules([rule], words, fold).find(fold(text));
}

describe.each([arabicEventWords, englishEventWords])('event words ($lang)', (words) => {
  for (const key of ruleKeys) {
    for (const rule of words[key] as readonly PhraseRule[]) {
      it(`${key}: «${rule.name}» finds its example «${rule.example}»`, () => {
        expect(finds(words, rule, rule.example).length).toBeGreaterThan(0);
      });
    }
  }
});

// Negatives: sentences we wrote where a rule must not fire.
const none = (words: EventWords, key: (typeof ruleKeys)[number], text: string) =>
  (words[key] as readonly PhraseRule[]).flatMap((r) => finds(words, r, text));

describe('event words do not fire on look-alikes', () => {
  it('Arabic weapons: a mortar is not a rocket, «مسيرة» as a march is still read as a drone word only as a word', () => {
    const hits = none(arabicEventWords, 'weapons', 'سقطت قذائف هاون');
    expect(hits.map((h) => (h.rule as unknown as { weapon: string }).weapon)).toEqual(['mortar']);
    expect(none(arabicEventWords, 'weapons', 'الصاروخية اليوم')).toEqual([]);
  });
  it('Arabic claim words are not blame words, and the reverse', () => {
    expect(none(arabicEventWords, 'blame', 'تبنّت المقاومة الإسلامية الهجوم')).toEqual([]);
    expect(none(arabicEventWords, 'claim', 'اتهمت واشنطن كتائب حزب الله')).toEqual([]);
  });
  it('Arabic casualties need a number or a soldier', () => {
    const hits = none(arabicEventWords, 'casualties', 'إصابة مباشرة للهدف');
    expect(hits).toEqual([]);
    const five = none(arabicEventWords, 'casualties', 'أسفر عن إصابة خمسة جنود');
    expect(five.map((h) => [h.rule.name, h.n])).toEqual([['injured', 5]]);
  });
  it('Arabic counts need a number', () => {
    expect(none(arabicEventWords, 'counts', 'الهجوم على القاعدة')).toEqual([]);
  });
  it('English: "strike" is not a drone, "attack" is not a claim, "claims" of a minister are still a claim word', () => {
    expect(none(englishEventWords, 'weapons', 'a strike on the base')).toEqual([]);
    expect(none(englishEventWords, 'claim', 'the attack on the base')).toEqual([]);
    expect(none(englishEventWords, 'blame', 'the group claimed the attack')).toEqual([]);
  });
  it('English casualties: "wounding 34" counts, "34 attacks" does not', () => {
    expect(none(englishEventWords, 'casualties', 'wounding 34 soldiers').map((h) => h.n)).toContain(34);
    expect(none(englishEventWords, 'casualties', 'there were 34 attacks')).toEqual([]);
  });
});

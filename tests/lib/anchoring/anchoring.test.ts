import { describe, expect, it } from 'vitest';
import { anchor, codePointCounter, codePointOffset, describeSpan, TextAnchorer, textQuoteSelector } from '../../../lib/anchoring';
import { seedArticles } from '../../../bench/corpus';
import { ARTICLE } from '../../fixtures/clips';

const spanOf = (text: string, quote: string, from = 0) => {
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`no ${quote}`);
  return [start, start + quote.length] as const;
};
const found = (text: string, a: { start: number; end: number } | null) => (a ? text.slice(a.start, a.end) : null);

describe('selectors', () => {
  it('record the quote with up to 32 code units of context on each side', () => {
    const text = 'x'.repeat(40) + 'QUOTE' + 'y'.repeat(10);
    const [quote, position] = describeSpan(text, 40, 45);
    expect(quote).toEqual({ type: 'TextQuoteSelector', exact: 'QUOTE', prefix: 'x'.repeat(32), suffix: 'y'.repeat(10) });
    expect(position).toEqual({ type: 'TextPositionSelector', start: 40, end: 45 });
  });

  it('never split a surrogate pair at the context boundary', () => {
    const text = '😀'.repeat(20) + 'abc' + '😀'.repeat(20);
    const q = textQuoteSelector(text, 40, 43);
    expect(q.prefix.length).toBe(32);
    expect(q.prefix.charCodeAt(0)).toBe(0xd83d);
    const odd = textQuoteSelector('a' + text, 41, 44, 31);
    expect(odd.prefix.length).toBe(30);
    expect(odd.suffix.length).toBe(30);
  });

  it('reject spans outside the text', () => {
    expect(() => describeSpan('abc', 2, 4)).toThrow(RangeError);
    expect(() => describeSpan('abc', 2, 1)).toThrow(RangeError);
    expect(() => describeSpan('abc', 0.5, 1)).toThrow(RangeError);
  });

  it('count code points for W3C positions', () => {
    const text = 'a😀b😀c';
    expect([0, 1, 3, 4, 6, 7].map((o) => codePointOffset(text, o))).toEqual([0, 1, 2, 3, 4, 5]);
    const count = codePointCounter(text);
    expect([0, 1, 3, 4, 6, 7].map(count)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(codePointCounter(ARTICLE)(50)).toBe(50);
  });
});

describe('anchor', () => {
  const [s, e] = spanOf(ARTICLE, 'قاعدة فكتوريا');
  const selectors = describeSpan(ARTICLE, s, e);

  it('uses the recorded position when the text there is the quote', () => {
    expect(anchor(ARTICLE, selectors)).toEqual({ start: s, end: e, score: 1, method: 'position' });
  });

  it('finds the quote after insertions before it, with its context', () => {
    const edited = 'خبر عاجل: ' + ARTICLE.replace('قرب مطار', 'على مقربة من مطار');
    const a = anchor(edited, selectors)!;
    expect(a.method).toBe('quote');
    expect(found(edited, a)).toBe('قاعدة فكتوريا');
    expect(a.start).toBe(edited.indexOf('قاعدة فكتوريا'));
    // The suffix changed too: still a good score, below a perfect one.
    expect(a.score).toBeGreaterThan(0.8);
    expect(a.score).toBeLessThan(1);
  });

  it('tells repeated quotes apart by prefix and suffix', () => {
    const [s2, e2] = spanOf(ARTICLE, 'عين الأسد', spanOf(ARTICLE, 'عين الأسد')[1]);
    const second = describeSpan(ARTICLE, s2, e2);
    const edited = 'مقدمة جديدة للخبر. ' + ARTICLE;
    const a = anchor(edited, second)!;
    expect(a.start).toBe(s2 + 'مقدمة جديدة للخبر. '.length);
    // Without a position, context alone still picks the second one.
    expect(anchor(edited, [second[0]])!.start).toBe(a.start);
  });

  it('survives deletions and insertions inside the quote (fuzzy)', () => {
    const long = 'وقالت حركة النجباء إنها استهدفت قاعدة فكتوريا قرب مطار بغداد';
    const [ls, le] = spanOf(ARTICLE, long);
    const sel = describeSpan(ARTICLE, ls, le);
    const inserted = ARTICLE.replace('استهدفت قاعدة', 'استهدفت صباح اليوم قاعدة');
    const a = anchor(inserted, sel)!;
    expect(a.method).toBe('fuzzy');
    expect(found(inserted, a)).toBe('وقالت حركة النجباء إنها استهدفت صباح اليوم قاعدة فكتوريا قرب مطار بغداد');
    const deleted = ARTICLE.replace('إنها ', '');
    expect(found(deleted, anchor(deleted, sel))).toBe('وقالت حركة النجباء استهدفت قاعدة فكتوريا قرب مطار بغداد');
  });

  it('ignores added or removed Arabic diacritics, hamza and alef variants', () => {
    const [ks, ke] = spanOf(ARTICLE, 'كتائب حزب الله قاعدة عين الأسد');
    const sel = describeSpan(ARTICLE, ks, ke);
    const voweled = ARTICLE.replace('كتائب حزب الله قاعدة عين الأسد', 'كَتائِبُ حِزْبِ اللهِ قاعدةَ عَيْنِ الاسد');
    const a = anchor(voweled, sel)!;
    expect(found(voweled, a)).toBe('كَتائِبُ حِزْبِ اللهِ قاعدةَ عَيْنِ الاسد');
    expect(a.method).toBe('quote');
    // And the other way: a voweled quote found in plain text.
    const vs = voweled.indexOf('عَيْنِ');
    const back = anchor(ARTICLE, describeSpan(voweled, vs, vs + 'عَيْنِ الاسد'.length))!;
    expect(found(ARTICLE, back)).toBe('عين الأسد');
  });

  it('prefers a verbatim occurrence to one that only folds the same', () => {
    const text = 'عَين الأسد ثم عين الأسد';
    const a = anchor(text, [{ type: 'TextQuoteSelector', exact: 'عين الأسد', prefix: '', suffix: '' }])!;
    expect(a.start).toBe(text.lastIndexOf('عين الأسد'));
  });

  it('returns null when the quote is gone, and for an empty quote', () => {
    expect(anchor('نص مختلف تماماً عن الخبر الأصلي ولا يشبهه في شيء', selectors)).toBeNull();
    expect(anchor(ARTICLE, [{ type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' }])).toBeNull();
    expect(anchor(ARTICLE, [{ type: 'TextPositionSelector', start: 0, end: 4 }])).toBeNull();
  });

  it('ignores a stale position that points past the end of the text', () => {
    const short = ARTICLE.slice(ARTICLE.indexOf('وقالت'));
    expect(found(short, anchor(short, [selectors[0], { type: 'TextPositionSelector', start: 5000, end: 5013 }]))).toBe('قاعدة فكتوريا');
  });

  it('anchors many quotes in one folded text', () => {
    const anchorer = new TextAnchorer('مقدمة ' + ARTICLE);
    for (const q of ['كتائب حزب الله', 'حركة النجباء', 'قاعدة حرير']) {
      const [qs, qe] = spanOf(ARTICLE, q);
      expect(found(anchorer.text, anchorer.anchor(describeSpan(ARTICLE, qs, qe)))).toBe(q);
    }
  });

  it('re-anchors a whole passage of several kilobytes after small edits', () => {
    const [one, two, three] = seedArticles();
    const page = `${one}\n${two}\n${three}`;
    const start = one!.length + 1;
    const end = start + two!.length;
    expect(two!.length).toBeGreaterThan(2000);
    const sel = describeSpan(page, start, end);
    const edited = 'إعلان. ' + page.slice(0, start + 200) + 'كلمة مضافة ' + page.slice(start + 200, start + 900) + page.slice(start + 910);
    const a = anchor(edited, sel)!;
    expect(a.method).toBe('fuzzy');
    expect(a.start).toBe(start + 'إعلان. '.length);
    expect(a.end).toBe(end + 'إعلان. '.length + 'كلمة مضافة '.length - 10);
  });
});

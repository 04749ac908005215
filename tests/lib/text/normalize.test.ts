import { describe, expect, it } from 'vitest';
import { attachedMarks, letterRules } from '../../../lib/language/ar/letters';
import { normalizer } from '../../../lib/mentions';

const norm = normalizer();
const fold = (s: string) => norm.fold(s);

describe('Arabic letter rules (each example in lib/language/ar/letters.ts holds)', () => {
  for (const rule of [...letterRules, ...attachedMarks]) {
    it(rule.name, () => {
      const [a, b] = rule.example.split(' = ');
      expect(fold(a)).toBe(fold(b));
    });
  }

  it('folds every letter of a rule to the same letter as its target', () => {
    for (const rule of letterRules) for (const ch of rule.from) expect(fold(ch)).toBe(fold(rule.to.length === 1 ? rule.to : rule.to[rule.from.indexOf(ch)]));
  });

  it('keeps letters that only look alike apart', () => {
    expect(fold('حرير')).not.toBe(fold('جرير'));
    expect(fold('عين')).not.toBe(fold('غين'));
    expect(fold('الثوريون')).not.toBe(fold('التوريون'));
    expect(fold('ؤ')).not.toBe(fold('ئ'));
  });
});

describe('generic folds', () => {
  it('lower-cases Latin and strips accents', () => {
    expect(fold('ḤIZBALLĀH Kataʼib')).toBe(fold('hizballah kata"ib'));
    expect(fold('Ain al-Asad')).toBe('ain al asad');
  });

  it('turns every quotation mark into " and every dash into a space', () => {
    expect(fold('«حرير»“x”‘y’')).toBe('"حرير""x""y"');
    expect(fold('K–1')).toBe('k 1');
  });

  it('turns the underscores of hashtags into spaces', () => {
    expect(fold('#عين_الأسد')).toBe('#عين الاسد');
    expect(fold('#Tower＿22')).toBe('#tower 22');
  });

  it('turns every white-space character into a space (runs are kept, one to one)', () => {
    expect(norm.normalize('عين \u00a0\n\t الأسد').text()).toBe('عين     الاسد');
  });

  it('folds names and words with single spaces', () => {
    expect(fold(' عين \u00a0\n\t الأسد ')).toBe('عين الاسد');
  });

  it('drops zero-width and bidi controls', () => {
    expect(fold('عين\u200c \u200fالأ\u200dسد\u202b')).toBe('عين الاسد');
  });

  it('decomposes presentation forms and ligatures', () => {
    expect(fold('ﻻ')).toBe('لا');
    expect(fold('ﷲ')).toBe('الله');
    expect(fold('ﺣﺰﺏ')).toBe('حزب');
    expect(fold('ﬁeld')).toBe('field');
    expect(fold('ＫＨ')).toBe('kh');
  });

  it('leaves other scripts, emoji and lone surrogates as they are', () => {
    expect(fold('中文 😀 \ud800')).toBe('中文 😀 \ud800');
  });
});

describe('offsets', () => {
  it('maps each folded code unit to the source character it came from', () => {
    const src = 'قاعدة عَيْنِ الأَسَدِ';
    const t = norm.normalize(src);
    expect(t.text()).toBe('قاعده عين الاسد');
    const i = t.text().indexOf('عين');
    expect(t.sourceStart(i)).toBe(src.indexOf('عَ'));
    expect(t.foldedIndex(src.indexOf('عَ'))).toBe(i);
    expect(t.foldedIndex(src.indexOf('عَ') + 1)).toBe(-1); // the fatha produced nothing
    // The last letter's span includes the kasra after it.
    expect(t.sourceEnd(t.length - 1)).toBe(src.length);
  });

  it('gives every code unit of an expansion the same source character', () => {
    const t = norm.normalize('xﻻy');
    expect(t.text()).toBe('xلاy');
    expect([0, 1, 2, 3, 4].map((i) => t.sourceStart(i))).toEqual([0, 1, 1, 2, 3]);
    expect(t.sourceEnd(1)).toBe(2);
    expect(t.sourceEnd(2)).toBe(2);
  });

  it('keeps the tatweel with the letter before it', () => {
    const src = 'بـ"المقاومة';
    const t = norm.normalize(src);
    expect(t.text()).toBe('ب"المقاومه');
    expect(t.sourceEnd(0)).toBe(2);
  });

  it('grows its buffers when expansions outrun the source', () => {
    const src = 'ﷺ'.repeat(50);
    const t = norm.normalize(src);
    expect(t.length).toBeGreaterThan(500);
    expect(t.sourceStart(t.length - 1)).toBe(49);
    expect(t.sourceStart(t.length)).toBe(50);
  });
});

/** Counted phrases (components/i18n/plural.ts): Arabic's six plural forms, with the language's digits. */
import { describe, expect, it } from 'vitest';
import { casualtiesPhrase, count, pluralCategory } from '../../../components/i18n/plural';
import { formatNumber } from '../../../components/i18n';
import { pluralStrings } from '../../../components/i18n/strings/plurals';

/** Digits as the language shows them (CLDR: Latin for plain «ar» today, Arabic-Indic in some locales). */
const d = (n: number) => formatNumber('ar', n);

describe('plural forms', () => {
  it('follows the Arabic categories for 0, 1, 2, 3, 11, 100', () => {
    expect([0, 1, 2, 3, 11, 100].map((n) => pluralCategory('ar', n))).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
  });

  it('says Arabic counts in their forms', () => {
    expect([0, 1, 2, 3, 11, 100].map((n) => count('ar', 'killed', n))).toEqual(['لا قتلى', 'قتيل واحد', 'قتيلان', `${d(3)} قتلى`, `${d(11)} قتيلاً`, `${d(100)} قتيل`]);
    expect([0, 1, 2, 3, 11, 100].map((n) => count('ar', 'injured', n))).toEqual(['لا جرحى', 'جريح واحد', 'جريحان', `${d(3)} جرحى`, `${d(11)} جريحاً`, `${d(100)} جريح`]);
    expect([1, 2, 3, 11, 100].map((n) => count('ar', 'times', n))).toEqual(['مرة واحدة', 'مرتان', `${d(3)} مرات`, `${d(11)} مرة`, `${d(100)} مرة`]);
    expect([0, 1, 2, 3, 11, 100].map((n) => count('ar', 'priorIncidents', n))).toEqual([
      'لا هجمات سابقة', 'هجوم سابق واحد', 'هجومان سابقان', `${d(3)} هجمات سابقة`, `${d(11)} هجوماً سابقاً`, `${d(100)} هجوم سابق`,
    ]);
    expect(count('ar', 'killed', 103)).toBe(`${d(103)} قتلى`);
  });

  it('says English counts in theirs', () => {
    expect([0, 1, 2, 3, 11, 100].map((n) => count('en', 'times', n))).toEqual(['0 times', 'once', '2 times', '3 times', '11 times', '100 times']);
    expect([0, 1, 11].map((n) => count('en', 'killed', n))).toEqual(['no one killed', '1 killed', '11 killed']);
  });

  it('says casualties as the sources give them: none, some, unknown', () => {
    expect(casualtiesPhrase('ar', 0, 0)).toBe('لا قتلى ولا جرحى');
    expect(casualtiesPhrase('ar', 2, 11)).toBe(`قتيلان، ${d(11)} جريحاً`);
    expect(casualtiesPhrase('ar', null, 3)).toBe(`عدد القتلى غير معروف، ${d(3)} جرحى`);
    expect(casualtiesPhrase('en', 0, 0)).toBe('no one killed or injured');
    expect(casualtiesPhrase('en', 6, 18)).toBe('6 killed, 18 injured');
    expect(casualtiesPhrase('en', null, null)).toBeNull();
  });

  it('has an "other" form for every phrase in both languages', () => {
    for (const [key, forms] of Object.entries(pluralStrings)) for (const lang of ['ar', 'en'] as const) expect(forms[lang].other, `${key} ${lang}`).toContain('{n}');
  });
});

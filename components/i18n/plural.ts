/**
 * Counts in words, with the language's plural rules (`Intl.PluralRules`) and digits.
 * The phrases are data: ./strings/plurals.ts.
 */
import { formatNumber, type UiLang } from './index';
import { pluralStrings, type PluralForms, type PluralKey } from './strings/plurals';

export type { PluralForms, PluralKey };

const rules = new Map<UiLang, Intl.PluralRules>();

/** The CLDR plural category of `n` in `lang` (Arabic: zero, one, two, few, many, other). */
export function pluralCategory(lang: UiLang, n: number): Intl.LDMLPluralRule {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)));
  return r.select(n);
}

/**
 * `n` with the form of `forms` its category takes, `{n}` in the language's digits.
 * A `zero` form is used for 0 in every language (as ICU messages' `=0`): English
 * has no zero category, yet says "no one killed".
 */
export function pluralize(lang: UiLang, forms: PluralForms, n: number): string {
  const form = (n === 0 ? forms.zero : undefined) ?? forms[pluralCategory(lang, n) as keyof PluralForms] ?? forms.other;
  return form.replace('{n}', formatNumber(lang, n));
}

/** A counted phrase of the shared catalog: `count('ar', 'killed', 11)` → «١١ قتيلاً». */
export const count = (lang: UiLang, key: PluralKey, n: number): string => pluralize(lang, pluralStrings[key][lang], n);

const noCasualties = { ar: 'لا قتلى ولا جرحى', en: 'no one killed or injured' } as const;
const unknownCount = { killed: { ar: 'عدد القتلى غير معروف', en: 'killed: unknown' }, injured: { ar: 'عدد الجرحى غير معروف', en: 'injured: unknown' } } as const;

/**
 * Casualties in words: «قتيلان و١١ جريحاً», «لا قتلى ولا جرحى» when the sources say
 * none; a count the sources do not give is said to be unknown; null if neither is known.
 */
export function casualtiesPhrase(lang: UiLang, killed: number | null, injured: number | null): string | null {
  if (killed === null && injured === null) return null;
  if (killed === 0 && injured === 0) return noCasualties[lang];
  const part = (key: 'killed' | 'injured', n: number | null) => (n === null ? unknownCount[key][lang] : count(lang, key, n));
  return `${part('killed', killed)}${lang === 'ar' ? '، ' : ', '}${part('injured', injured)}`;
}

/**
 * UI strings in Arabic and English. Each area of the product keeps its strings in
 * its own catalog under ./strings; this module merges them and picks the language.
 */
import type { LanguagePreference } from '../../adapters/settings';
import { clipStrings } from './strings/clips';
import { commonStrings } from './strings/common';
import { datasetStrings } from './strings/dataset';
import { pageStrings } from './strings/page';

export type UiLang = 'ar' | 'en';
export type Catalog = Readonly<Record<string, { readonly ar: string; readonly en: string }>>;

const catalog: Catalog = { ...commonStrings, ...datasetStrings, ...pageStrings, ...clipStrings };
export type StringKey = keyof typeof commonStrings | keyof typeof datasetStrings | keyof typeof pageStrings | keyof typeof clipStrings;

/** The UI language for a preference: 'auto' follows the browser (Arabic for any ar-*, else English). */
export function resolveLang(pref: LanguagePreference, browserLanguage: string = globalThis.navigator?.language ?? 'en'): UiLang {
  if (pref !== 'auto') return pref;
  return browserLanguage.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

export const dirOf = (lang: UiLang): 'rtl' | 'ltr' => (lang === 'ar' ? 'rtl' : 'ltr');

/** The string for `key` in `lang`, with `{name}` placeholders filled from `vars`. */
export function t(lang: UiLang, key: StringKey, vars: Readonly<Record<string, string | number>> = {}): string {
  const entry = catalog[key];
  if (!entry) return key;
  return entry[lang].replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** Formats a number with the language's digits. */
export const formatNumber = (lang: UiLang, n: number) => new Intl.NumberFormat(lang === 'ar' ? 'ar' : 'en').format(n);

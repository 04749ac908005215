/**
 * UI strings in Arabic and English. Each area of the product keeps its strings in
 * its own catalog under ./strings; this module merges them and picks the language.
 */
import type { LanguagePreference } from '../../adapters/settings';
import { candidateStrings } from './strings/candidates';
import { clipStrings } from './strings/clips';
import { commonStrings } from './strings/common';
import { datasetStrings } from './strings/dataset';
import { eventStrings } from './strings/events';
import { pageStrings } from './strings/page';
import { readerStrings } from './strings/reader';

export type UiLang = 'ar' | 'en';
export type Catalog = Readonly<Record<string, { readonly ar: string; readonly en: string }>>;

const catalog: Catalog = { ...commonStrings, ...datasetStrings, ...pageStrings, ...clipStrings, ...readerStrings, ...candidateStrings, ...eventStrings };
export type StringKey = keyof typeof commonStrings | keyof typeof datasetStrings | keyof typeof pageStrings | keyof typeof clipStrings | keyof typeof readerStrings | keyof typeof candidateStrings | keyof typeof eventStrings;

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

/**
 * Text of either direction set apart from the sentence around it (Unicode's first
 * strong isolate … pop directional isolate, what `<bdi>` does in markup): an Arabic
 * title in an English sentence, or a Latin one in Arabic, keeps its own order and
 * does not pull the punctuation around it.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;

/** Formats a number with the language's digits. */
// Making an Intl formatter costs far more than formatting with one (milliseconds the
// first time in a page, tens of microseconds after): each is made once and kept.
const numberFormats = new Map<UiLang, Intl.NumberFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

export function formatNumber(lang: UiLang, n: number): string {
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(lang === 'ar' ? 'ar' : 'en')));
  return format.format(n);
}

/** A day (`YYYY-MM-DD`) or an instant (ISO 8601) as the reader's language writes a date, in UTC; the input itself if it is no date. */
export function formatDate(lang: UiLang, iso: string): string {
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(d.getTime()) ? iso : dateTimeFormat(lang === 'ar' ? 'ar' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(d);
}

/** An Intl.DateTimeFormat for `locale` and `options`, made once. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) dateTimeFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

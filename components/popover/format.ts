/** How entity and incident fields read in the UI language. Pure. */
import type { EntitySummary, IncidentSummary, NameRef } from '@/lib/dataset/summary';
import type { SourceClass } from '@/lib/dataset/source-hosts';
import { dateTimeFormat, formatNumber, t, type StringKey, type UiLang } from '@/components/i18n';
import { casualtiesPhrase } from '@/components/i18n/plural';
import { pageStrings } from '@/components/i18n/strings/page';
import { readerStrings } from '@/components/i18n/strings/reader';

/** The label of a schema value (`type_…`, `weapon_…`, `outcome_…`), or the value itself if it has none. */
export function labelOf(lang: UiLang, prefix: 'type' | 'weapon' | 'outcome', value: string): string {
  const key = `${prefix}_${value}`;
  return key in pageStrings ? t(lang, key as StringKey) : value;
}

// Intl formatters cost milliseconds to make the first time in a page (ICU data is
// loaded then; 10 ms of the first card's 50 in a Chromium profile): made once per
// language and kept.
const regionNames = new Map<UiLang, Intl.DisplayNames | null>();

/** The country's name for an ISO 3166-1 alpha-2 code. */
export function countryName(lang: UiLang, code: string): string {
  let names = regionNames.get(lang);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([lang], { type: 'region' });
    } catch {
      names = null;
    }
    regionNames.set(lang, names);
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}

export const nameOf = (lang: UiLang, n: Pick<NameRef, 'name_ar' | 'name_en'>): string => (lang === 'ar' ? n.name_ar : n.name_en);
/** The name in the other language, shown beside the first. */
export const otherNameOf = (lang: UiLang, n: Pick<NameRef, 'name_ar' | 'name_en'>): string => (lang === 'ar' ? n.name_en : n.name_ar);

/** A date of the dataset (YYYY, YYYY-MM or YYYY-MM-DD) at its precision. */
export function formatDate(lang: UiLang, date: string, precision: IncidentSummary['date_precision']): string {
  const [y, m = '1', d = '1'] = date.split('-');
  const when = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (Number.isNaN(when.getTime())) return date;
  const options: Intl.DateTimeFormatOptions =
    precision === 'year' ? { year: 'numeric' } : precision === 'month' ? { year: 'numeric', month: 'long' } : { year: 'numeric', month: 'short', day: 'numeric' };
  return dateTimeFormat(lang === 'ar' ? 'ar' : 'en-GB', { ...options, timeZone: 'UTC' }).format(when);
}

/**
 * Makes the formatters the card uses in `lang` (a content script calls this while
 * the page is idle, so that the first card does not wait for them).
 */
export function prepareFormats(lang: UiLang): void {
  countryName(lang, 'IQ');
  formatNumber(lang, 1);
  for (const precision of ['day', 'month', 'year'] as const) formatDate(lang, '2024-01-01', precision);
}

/** Casualties in words (components/i18n/plural.ts): «3 قتلى، 40 جريحاً», «لا قتلى ولا جرحى»; null if both are unknown. */
export const casualtiesText = casualtiesPhrase;

/** What kind of source a link is, in words; null when the dataset does not say. */
export const sourceClassLabel = (lang: UiLang, cls: SourceClass | null | undefined): string | null => (cls ? t(lang, `sourceClass_${cls}`) : null);

/** A force a base hosts, in the UI language, from the string table (for data without `hosted_ar`). */
export function hostedName(lang: UiLang, hosted: string): string {
  const key = `hosted_${hosted}`;
  return key in readerStrings ? t(lang, key as StringKey) : hosted;
}

/** The forces a base hosts in the UI language: the dataset's `hosted_ar` in Arabic, else the string table. */
export function hostedNames(lang: UiLang, s: Pick<EntitySummary, 'hosted' | 'hosted_ar'>): string[] {
  if (lang === 'ar' && s.hosted_ar && s.hosted_ar.length === s.hosted.length) return [...s.hosted_ar];
  return s.hosted.map((h) => hostedName(lang, h));
}

/** Who blamed a group, in the UI language (the English when a feed predates `by_ar`). */
export const blamedBy = (lang: UiLang, a: { readonly by: string; readonly by_ar?: string }): string => (lang === 'ar' && a.by_ar ? a.by_ar : a.by);

/** The casualty note in the UI language (the English when a feed predates `note_ar`); null when there is none. */
export const casualtyNote = (lang: UiLang, i: Pick<IncidentSummary, 'casualties_note_en' | 'casualties_note_ar'>): string | null =>
  (lang === 'ar' ? i.casualties_note_ar ?? i.casualties_note_en : i.casualties_note_en) ?? null;

/** The date a dataset version was made (`YYYY.MM.DD…`, data:build's versions), at day precision; null for another kind of version. */
export function dataDate(lang: UiLang, version: string | null | undefined): string | null {
  const m = version ? /^(\d{4})\.(\d{2})\.(\d{2})(?:\.|-|$)/.exec(version) : null;
  return m ? formatDate(lang, `${m[1]}-${m[2]}-${m[3]}`, 'day') : null;
}

/** A source link's label: its host without «www.». */
export function sourceLabel(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

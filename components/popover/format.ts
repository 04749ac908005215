/** How entity and incident fields read in the UI language. Pure. */
import type { IncidentSummary, NameRef } from '@/lib/dataset/summary';
import { formatNumber, t, type StringKey, type UiLang } from '@/components/i18n';
import { pageStrings } from '@/components/i18n/strings/page';

/** The label of a schema value (`type_…`, `weapon_…`, `outcome_…`), or the value itself if it has none. */
export function labelOf(lang: UiLang, prefix: 'type' | 'weapon' | 'outcome', value: string): string {
  const key = `${prefix}_${value}`;
  return key in pageStrings ? t(lang, key as StringKey) : value;
}

/** The country's name for an ISO 3166-1 alpha-2 code. */
export function countryName(lang: UiLang, code: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
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
  const locale = lang === 'ar' ? 'ar' : 'en-GB';
  const options: Intl.DateTimeFormatOptions =
    precision === 'year' ? { year: 'numeric' } : precision === 'month' ? { year: 'numeric', month: 'long' } : { year: 'numeric', month: 'short', day: 'numeric' };
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(when);
}

/** «2 killed, 5 injured», with «unknown» for a missing count; null if both are unknown. */
export function casualtiesText(lang: UiLang, killed: number | null, injured: number | null): string | null {
  if (killed === null && injured === null) return null;
  const n = (v: number | null) => (v === null ? t(lang, 'unknown') : formatNumber(lang, v));
  return t(lang, 'killedInjured', { killed: n(killed), injured: n(injured) });
}

/** A source link's label: its host without «www.». */
export function sourceLabel(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * How the dataset's values read in the UI language: dates at their precision (a
 * month-precise incident shows only its month), times, names and enum labels.
 * Arabic uses the Gregorian calendar, as the sources do.
 */
import { dateTimeFormat, t, type UiLang } from '@/components/i18n';
import type { NameRef } from '@/lib/dataset/summary';
import type { Incident, Weapon } from '@/lib/dataset';

const locale = (lang: UiLang) => (lang === 'ar' ? 'ar-u-ca-gregory' : 'en-GB');

/** `YYYY-MM-DD` shown as a day, a month or a year. */
export function formatIncidentDate(lang: UiLang, date: string, precision: Incident['date_precision']): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  const parts: Intl.DateTimeFormatOptions =
    precision === 'year' ? { year: 'numeric' } : precision === 'month' ? { year: 'numeric', month: 'long' } : { year: 'numeric', month: 'long', day: 'numeric' };
  return dateTimeFormat(locale(lang), { ...parts, timeZone: 'UTC' }).format(d);
}

/** An instant (ISO string or epoch ms) as date and time in the reader's time zone. */
export function formatDateTime(lang: UiLang, at: string | number): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return String(at);
  return dateTimeFormat(locale(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

export const nameOf = (lang: UiLang, ref: Pick<NameRef, 'name_en' | 'name_ar'>) => (lang === 'ar' ? ref.name_ar : ref.name_en);

/** A label standing alone: the popover's lower-case English word, capitalised. */
const standalone = (lang: UiLang, label: string) => (lang === 'en' ? label.charAt(0).toUpperCase() + label.slice(1) : label);

export const weaponLabel = (lang: UiLang, weapon: string) => standalone(lang, t(lang, `weapon_${weapon as Weapon}` as const));

export const outcomeLabel = (lang: UiLang, outcome: Incident['outcome']) => standalone(lang, t(lang, `outcome_${outcome}` as const));

/** Sorts names alphabetically in the UI language. */
export function byName(lang: UiLang): (a: NameRef, b: NameRef) => number {
  const collator = new Intl.Collator(lang);
  return (a, b) => collator.compare(nameOf(lang, a), nameOf(lang, b));
}

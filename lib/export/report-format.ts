/**
 * Dates and counts in the HTML report's Arabic: dates through Intl.DateTimeFormat
 * (in UTC, the time zone every stored time is in, and said so), counts with the
 * Arabic plural rules (Intl.PluralRules: zero, one, two, few, many, other). Each
 * output is meant to sit inside a `<bdi>` or `<time>` so that bidi reordering never
 * splits it.
 */

/** One form per CLDR plural category; `{n}` is the number. */
export interface CountForms {
  readonly zero: string;
  readonly one: string;
  readonly two: string;
  readonly few: string;
  readonly many: string;
  readonly other: string;
}

/** The counted nouns of the report, one entry each: zero «لا مقتطفات», one «مقتطف واحد», two «مقتطفان», few «٣ مقتطفات», many «١١ مقتطفاً», other «١٠٠ مقتطف». */
export const COUNTS = {
  clips: { zero: 'لا مقتطفات', one: 'مقتطف واحد', two: 'مقتطفان', few: '{n} مقتطفات', many: '{n} مقتطفاً', other: '{n} مقتطف' },
  mentions: { zero: 'لا إشارات', one: 'إشارة واحدة', two: 'إشارتان', few: '{n} إشارات', many: '{n} إشارةً', other: '{n} إشارة' },
  incidents: { zero: 'لا حوادث', one: 'حادثة واحدة', two: 'حادثتان', few: '{n} حوادث', many: '{n} حادثةً', other: '{n} حادثة' },
  sites: { zero: 'لا مواقع', one: 'موقع واحد', two: 'موقعان', few: '{n} مواقع', many: '{n} موقعاً', other: '{n} موقع' },
  entities: { zero: 'لا كيانات', one: 'كيان واحد', two: 'كيانان', few: '{n} كيانات', many: '{n} كياناً', other: '{n} كيان' },
  killed: { zero: 'لا قتلى', one: 'قتيل واحد', two: 'قتيلان', few: '{n} قتلى', many: '{n} قتيلاً', other: '{n} قتيل' },
  injured: { zero: 'لا جرحى', one: 'جريح واحد', two: 'جريحان', few: '{n} جرحى', many: '{n} جريحاً', other: '{n} جريح' },
} as const satisfies Record<string, CountForms>;

const LOCALE = 'ar';
const plural = new Intl.PluralRules(LOCALE);
const number = new Intl.NumberFormat(LOCALE);
const formats = new Map<string, Intl.DateTimeFormat>();
const format = (options: Intl.DateTimeFormatOptions) => {
  const key = JSON.stringify(options);
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(LOCALE, { ...options, timeZone: 'UTC' })));
  return f;
};

/** `n` of `what` in Arabic: `count('clips', 11)` → «11 مقتطفاً». */
export const count = (what: keyof typeof COUNTS, n: number): string => COUNTS[what][plural.select(n) as keyof CountForms].replace('{n}', number.format(n));

/** A moment (a UTC timestamp) as a date and time, with «UTC». */
export const formatMoment = (at: Date): string => `${format({ dateStyle: 'long', timeStyle: 'short' }).format(at)} UTC`;

const dayDate = (day: string) => new Date(`${day.slice(0, 10)}T00:00:00.000Z`);

/**
 * A day (`YYYY-MM-DD`, or a timestamp, whose day is taken) as a date; `precision`
 * "month" or "year" says only what is known. An unreadable value is returned as is.
 */
export function formatDay(day: string, precision: 'day' | 'month' | 'year' = 'day'): string {
  const d = dayDate(day);
  if (Number.isNaN(d.getTime())) return day;
  if (precision === 'year') return format({ year: 'numeric' }).format(d);
  if (precision === 'month') return format({ year: 'numeric', month: 'long' }).format(d);
  return format({ dateStyle: 'long' }).format(d);
}

/** Two days as a period («1 – 20 يناير 2024»); one day when they are the same. */
export function formatPeriod(first: string, last: string): string {
  const [a, b] = [dayDate(first), dayDate(last)];
  if (Number.isNaN(a.getTime()) || Number.isNaN(b.getTime())) return `${first} – ${last}`;
  return a.getTime() === b.getTime() ? formatDay(first) : format({ dateStyle: 'long' }).formatRange(a, b);
}

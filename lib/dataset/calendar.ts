/**
 * Dates as the dataset writes them: `YYYY-MM-DD` calendar dates (proleptic
 * Gregorian, UTC) and partial dates `YYYY` / `YYYY-MM` / `YYYY-MM-DD`. Strings in
 * these forms compare chronologically as plain strings, which the checks rely on.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL = /^\d{4}(?:-(\d{2})(?:-\d{2})?)?$/;

/** True for `YYYY-MM-DD` naming a real day (`2024-02-29` yes, `2023-02-29` no). */
export function isCalendarDate(s: string): boolean {
  const m = DAY.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** True for `YYYY`, `YYYY-MM` (month 01–12) or a calendar date. */
export function isPartialDate(s: string): boolean {
  const m = PARTIAL.exec(s);
  if (!m) return false;
  if (s.length === 10) return isCalendarDate(s);
  return m[1] === undefined || (Number(m[1]) >= 1 && Number(m[1]) <= 12);
}

/**
 * The first day a partial date can mean, as `YYYY-MM-DD` (`2024-03` → `2024-03-01`),
 * so that "not in the future" compares the earliest reading against today.
 */
export function earliestDay(partial: string): string {
  return partial.length === 4 ? `${partial}-01-01` : partial.length === 7 ? `${partial}-01` : partial;
}

/** Today's date in UTC as `YYYY-MM-DD`. */
export function utcToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

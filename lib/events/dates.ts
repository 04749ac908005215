/**
 * Dates an article gives for what it reports, resolved against its publication
 * date: «فجر اليوم الخميس», «أمس الاثنين», «ليل الأحد», «في 28 يناير», "on Sunday night".
 */
import type { PhraseHit } from './phrases';
import type { CalendarWord, EventWords, PhraseRule, RelativeDayRule } from './rules';

export interface ResolvedDate {
  /** YYYY-MM-DD (the first day of the month for `month`). */
  readonly date: string;
  readonly precision: 'day' | 'month';
  /** Where the expression starts in the folded text. */
  readonly at: number;
}

/** One day in milliseconds, the unit of every date comparison here. */
export const DAY_MS = 86_400_000;
const DAY = DAY_MS;

export function parseDay(s: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) : null;
}

export const formatDay = (t: number) => new Date(t).toISOString().slice(0, 10);

/** The relative-day words and weekdays one language found in a sentence (rules of `dayRules`). */
export interface DayHits {
  readonly relative: readonly PhraseHit<PhraseRule>[];
  readonly weekdays: readonly PhraseHit<PhraseRule>[];
}

/** The rule groups whose hits `DateReader.read` takes: the caller matches them with its other rules, in one pass. */
export function dayRules(w: EventWords): { relative: readonly PhraseRule[]; weekdays: readonly PhraseRule[] } {
  return { relative: w.relativeDays, weekdays: w.weekdays.map((d) => ({ name: String(d.value), forms: d.forms, example: d.forms[0], value: d.value })) };
}

export interface DateReader {
  /**
   * The first date expression in `folded` that `published` (YYYY-MM-DD or null)
   * resolves; `days` are the hits of `dayRules` in `folded`, one entry per language.
   */
  read(folded: string, published: string | null, days: readonly DayHits[]): ResolvedDate | null;
}

export function createDateReader(languages: readonly EventWords[], fold: (s: string) => string): DateReader {
  const months = new Map<string, number>();
  for (const w of languages) for (const m of w.months) for (const f of m.forms) months.set(fold(f), m.value);
  const monthAlt = [...months.keys()].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.]/g, '\\.')).join('|');
  const month = `(?:ال)?(${monthAlt})(?:\\s*[/(]\\s*(?:${monthAlt})\\s*\\)?)?`;
  const year = `(?:,?\\s*(?:عام|سنه|من عام)?\\s*(\\d{4}))?`;
  const dayFirst = new RegExp(`(?<![\\p{L}\\p{N}])(?:ال)?(\\d{1,2})\\s*(?:من\\s+)?(?:شهر\\s+)?${month}(?![\\p{L}])${year}`, 'gu');
  const monthYear = new RegExp(`(?<![\\p{L}\\p{N}])${month}\\s*(?:,|من)?\\s*(?:عام|سنه|of)?\\s*(\\d{4})(?!\\d)`, 'gu');
  const monthFirst = new RegExp(`(?<![\\p{L}\\p{N}])(${monthAlt})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)${year}`, 'gu');

  function explicit(folded: string, pub: number | null): ResolvedDate | null {
    if (!/\d/.test(folded)) return null;
    const found: { at: number; day: number; month: number; year: number | null }[] = [];
    dayFirst.lastIndex = 0;
    for (let m = dayFirst.exec(folded); m; m = dayFirst.exec(folded)) found.push({ at: m.index, day: +m[1], month: months.get(m[2])!, year: m[3] ? +m[3] : null });
    monthFirst.lastIndex = 0;
    for (let m = monthFirst.exec(folded); m; m = monthFirst.exec(folded)) found.push({ at: m.index, day: +m[2], month: months.get(m[1])!, year: m[3] ? +m[3] : null });
    found.sort((a, b) => a.at - b.at);
    for (const f of found) {
      if (f.day < 1 || f.day > 31) continue;
      let y = f.year;
      if (y === null) {
        if (pub === null) continue;
        const py = new Date(pub).getUTCFullYear();
        y = Date.UTC(py, f.month - 1, f.day) > pub + DAY ? py - 1 : py;
      }
      return { date: formatDay(Date.UTC(y, f.month - 1, f.day)), precision: 'day', at: f.at };
    }
    monthYear.lastIndex = 0;
    const m = monthYear.exec(folded);
    if (m) return { date: formatDay(Date.UTC(+m[2], months.get(m[1])! - 1, 1)), precision: 'month', at: m.index };
    return null;
  }

  const foldedForms = new Map<PhraseRule, string[]>();
  /**
   * Whether a day hit is written with its form's own words: the phrase matcher also lets
   * a word stand for itself with the article, but «يوم الخميس» ("on Thursday") is not
   * «اليوم الخميس» ("today, Thursday"), «صباح يوم» is not «صباح اليوم», and «واحد»
   * ("one") is not «الأحد» (Sunday).
   */
  const writtenAsRule = (folded: string, r: PhraseHit<PhraseRule>): boolean => {
    let forms = foldedForms.get(r.rule);
    if (!forms) foldedForms.set(r.rule, (forms = r.rule.forms.map(fold)));
    const text = folded.slice(r.start, r.end);
    return forms.some((f) => text.endsWith(f));
  };

  /**
   * The earliest day the relative words («أمس», «الليلة الماضية») and weekdays of the
   * sentence name: «أعلنت اليوم الثلاثاء مسؤوليتها عن هجوم مساء الاثنين» reports the
   * attack on Monday, the claim today. A weekday right after a relative word («اليوم
   * الخميس», «أمس الاثنين») is that word's day; alone it is the latest such day.
   */
  function relativeDay(folded: string, days: readonly DayHits[], pub: number | null): ResolvedDate | null {
    if (pub === null) return null;
    let bestDay = Infinity;
    let bestAt = -1;
    const pubWeekday = (Math.floor(pub / DAY) + 4) % 7; // 1 January 1970 was a Thursday
    for (const found of days) {
      const relative = found.relative.filter((r) => writtenAsRule(folded, r));
      for (const r of relative) {
        const day = pub - (r.rule as RelativeDayRule).daysBefore * DAY;
        if (day < bestDay) [bestDay, bestAt] = [day, r.start];
      }
      for (const h of found.weekdays) {
        if (!writtenAsRule(folded, h)) continue;
        if (relative.some((r) => r.end <= h.start && h.start - r.end <= 3)) continue;
        const day = pub - ((pubWeekday - (h.rule as PhraseRule & CalendarWord).value + 7) % 7) * DAY;
        if (day < bestDay) [bestDay, bestAt] = [day, h.start];
      }
    }
    return bestAt < 0 ? null : { date: formatDay(bestDay), precision: 'day', at: bestAt };
  }

  return {
    read(folded, published, days) {
      const pub = published === null ? null : parseDay(published);
      const e = explicit(folded, pub);
      const r = relativeDay(folded, days, pub);
      // "15 Apr 2021; MEMO: A drone targeted Erbil airport yesterday": a dateline is the publication date, and the relative day is the news's.
      if (e && r && e.date === published && e.precision === 'day') return r;
      if (e && r) return e.at <= r.at ? e : r;
      return e ?? r;
    },
  };
}

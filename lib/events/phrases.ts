/**
 * Compiles the phrase rules of lib/language/*\/event-words.ts into regular
 * expressions over folded text (see rules.ts for the form syntax).
 */
import type { CalendarWord, EventWords, PhraseRule } from './rules';

/** One place a rule matched, in folded offsets; `n` is the number in `{n}`, if any. */
export interface PhraseHit<R> {
  readonly rule: R;
  readonly start: number;
  readonly end: number;
  readonly n: number | null;
}

export interface CompiledRules<R> {
  /** Every hit of every rule in `folded`, in text order (overlaps kept). */
  find(folded: string): PhraseHit<R>[];
  /** True when some rule matches. */
  test(folded: string): boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Proclitics and the article before an Arabic word: و ف, then ب ل ك, then ال; or «لل». */
const arabicClitics = '(?:[وف]?[بلك]?(?:ال)?|[وف]?لل)?';
const separator = `[\\s"«»“”'()]+`;
const gap = `${separator}(?:[^\\s]+${separator}){0,3}?`;
const before = '(?<![\\p{L}\\p{N}])';
const after = '(?![\\p{L}\\p{N}])';

/** Number words folded, longest first, and their values. */
export function numberTable(words: EventWords, fold: (s: string) => string): Map<string, number> {
  const table = new Map<string, number>();
  for (const w of words.numbers) for (const f of w.forms) table.set(fold(f), w.value);
  return table;
}

function numberPattern(numbers: Map<string, number>, arabic: boolean): string {
  const words = [...numbers.keys()].sort((a, b) => b.length - a.length).map(escape);
  const clitic = arabic ? '(?:ال)?' : '';
  return `(?:ال)?(\\d+|${clitic}(?:${words.join('|')}))`;
}

function formPattern(form: string, fold: (s: string) => string, arabic: boolean, num: string): string {
  let out = '';
  let sep = '';
  for (const token of form.split(' ')) {
    if (token === '…') {
      sep = gap;
      continue;
    }
    out += sep;
    sep = separator;
    if (token === '{n}') out += num;
    else {
      const prefix = token.endsWith('*');
      const word = escape(fold(prefix ? token.slice(0, -1) : token));
      out += (arabic && /^[\u0600-\u06ff]/.test(word) ? arabicClitics : '') + word + (prefix ? '\\p{L}*' : '');
    }
  }
  return out;
}

function parseNumber(s: string | undefined, numbers: Map<string, number>): number | null {
  if (s === undefined) return null;
  if (/^\d+$/.test(s)) return Number(s);
  return numbers.get(s) ?? numbers.get(s.replace(/^ال/, '')) ?? null;
}

/** Compiles `rules` (of the language `words`) into one matcher. */
export function compileRules<R extends PhraseRule>(rules: readonly R[], words: EventWords, fold: (s: string) => string): CompiledRules<R> {
  const numbers = numberTable(words, fold);
  const arabic = words.lang === 'ar';
  const num = numberPattern(numbers, arabic);
  const compiled = rules.map((rule) => ({
    rule,
    re: new RegExp(`${before}(?:${rule.forms.map((f) => formPattern(f, fold, arabic, num)).join('|')})${after}`, 'gu'),
  }));
  const any = new RegExp(compiled.map((c) => c.re.source).join('|'), 'u');
  return {
    test: (folded) => any.test(folded),
    find(folded) {
      const hits: PhraseHit<R>[] = [];
      for (const { rule, re } of compiled) {
        re.lastIndex = 0;
        for (let m = re.exec(folded); m; m = re.exec(folded)) {
          const n = parseNumber(m.slice(1).find((g) => g !== undefined), numbers);
          hits.push({ rule, start: m.index, end: m.index + m[0].length, n });
          if (m[0].length === 0) re.lastIndex++;
        }
      }
      return hits.sort((a, b) => a.start - b.start || b.end - a.end);
    },
  };
}

/** A matcher for calendar words (weekdays, months) that reports the value. */
export function compileCalendar(words: readonly CalendarWord[], fold: (s: string) => string, arabic: boolean): CompiledRules<CalendarWord> {
  const rules = words.map((w) => ({ ...w, name: String(w.value), example: w.forms[0] }));
  const asWords: EventWords = { lang: arabic ? 'ar' : 'en', numbers: [] } as unknown as EventWords;
  const inner = compileRules(rules, asWords, fold);
  return {
    test: inner.test,
    find: (folded) => inner.find(folded).map((h) => ({ ...h, rule: words[rules.indexOf(h.rule as (typeof rules)[number])] })),
  };
}

/**
 * Compiles the phrase rules of lib/language/*\/event-words.ts into matchers over
 * folded text (see rules.ts for the form syntax). Matching is by words: the text
 * is cut into words once, each Arabic word is tried with and without its
 * proclitics, and a form is looked up by its first word, so the cost grows with the
 * words of the text, not with the number of rules.
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
  /** The hits of the rules in `folded`, in text order; at each place the longest form wins, and hits do not overlap. */
  find(folded: string): PhraseHit<R>[];
  /** True when some rule matches. */
  test(folded: string): boolean;
}

/** A word of the text: its span and the forms it may stand for (itself, without proclitics, …). */
interface Word {
  readonly start: number;
  readonly end: number;
  readonly forms: readonly string[];
}

type Token = { kind: 'word'; text: string } | { kind: 'prefix'; text: string } | { kind: 'number' } | { kind: 'gap' };

interface Form<R> {
  readonly rule: R;
  readonly tokens: readonly Token[];
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** What may stand between two words of a form: spaces, quotes, brackets, the dots of "u.s.", the slash of «كانون الثاني/يناير». */
const JOIN = /^[\s"«»“”'‘’()[\].\-/]*$/;
const CLITIC_ARABIC = /^[\u0600-\u06ff]/;
/** "Thursday’s strikes", "Monday's attack": an English possessive is also read as its noun. */
const POSSESSIVE = /\p{L}['’]s$/u;

/** The forms an Arabic word may stand for: itself and without و ف, ب ل ك and the article («وبالطيران» → «الطيران», «طيران»). */
function addForm(out: string[], s: string): void {
  if (s.length >= 2 && !out.includes(s)) out.push(s);
}

function arabicForms(w: string): string[] {
  const out = [w];
  const add = addForm.bind(null, out);
  let rest = w;
  if (/^[وف]/.test(rest) && rest.length > 3) rest = rest.slice(1);
  add(rest);
  if (rest.startsWith('لل') && rest.length > 3) {
    add(rest.slice(2));
    add('ال' + rest.slice(2));
  }
  if (/^[بلك]/.test(rest) && rest.length > 3) {
    rest = rest.slice(1);
    add(rest);
  }
  if (rest.startsWith('ال') && rest.length > 3) add(rest.slice(2));
  else add('ال' + rest);
  return out;
}

/** The forms of the Arabic words seen so far: news repeats its words, so most are looked up, not built. */
const formsSeen = new Map<string, string[]>();

function arabicFormsOf(w: string): string[] {
  let forms = formsSeen.get(w);
  if (!forms) {
    if (formsSeen.size > 50_000) formsSeen.clear();
    formsSeen.set(w, (forms = arabicForms(w)));
  }
  return forms;
}

/** The last text cut into words, per script: every category reads the same sentence in turn. */
const cache = { ar: { text: null as string | null, words: [] as Word[] }, en: { text: null as string | null, words: [] as Word[] } };

/** Cuts `folded` into words. */
function wordsOf(folded: string, arabic: boolean): Word[] {
  const c = arabic ? cache.ar : cache.en;
  if (c.text === folded) return c.words;
  const words: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(folded); m; m = WORD.exec(folded)) {
    const w = m[0];
    const c = w.charCodeAt(0);
    // Arabic rules read Arabic words and digits; English rules, Latin words and digits.
    if (arabic ? c < 0x600 && !(c >= 48 && c <= 57) : c >= 0x600) {
      words.push({ start: m.index, end: m.index + w.length, forms: [] });
      continue;
    }
    words.push({ start: m.index, end: m.index + w.length, forms: arabic && CLITIC_ARABIC.test(w) ? arabicFormsOf(w) : POSSESSIVE.test(w) ? [w, w.slice(0, -2)] : [w] });
  }
  c.text = folded;
  c.words = words;
  return words;
}

/** The number a word is (digits, or a number word of `numbers`), or null. */
function numberOf(w: Word, numbers: Map<string, number>): number | null {
  const first = w.forms[0];
  if (first === undefined) return null;
  const c = first.charCodeAt(0);
  if (c >= 48 && c <= 57) return /^\d+$/.test(first) ? Number(first) : null;
  for (const f of w.forms) {
    const n = numbers.get(f);
    if (n !== undefined) return n;
  }
  return null;
}

function tokenMatches(t: Token, w: Word, numbers: Map<string, number>): boolean {
  if (t.kind === 'number') return numberOf(w, numbers) !== null;
  if (t.kind === 'word') return w.forms.includes(t.text);
  if (t.kind === 'prefix') {
    for (const f of w.forms) if (f.startsWith(t.text)) return true;
  }
  return false;
}

function tokenize(form: string, fold: (s: string) => string): Token[] {
  const tokens: Token[] = [];
  for (const part of form.split(' ')) {
    if (part === '…') tokens.push({ kind: 'gap' });
    else if (part === '{n}') tokens.push({ kind: 'number' });
    else {
      const prefix = part.endsWith('*');
      const words = fold(prefix ? part.slice(0, -1) : part).match(WORD) ?? [];
      words.forEach((text, i) => tokens.push({ kind: prefix && i === words.length - 1 ? 'prefix' : 'word', text }));
    }
  }
  return tokens;
}

/** Number words folded, and their values. */
export function numberTable(words: EventWords, fold: (s: string) => string): Map<string, number> {
  const table = new Map<string, number>();
  for (const w of words.numbers) for (const f of w.forms) table.set(fold(f), w.value);
  return table;
}

/** Matchers for several groups of rules at once: one pass over the words finds the hits of every group. */
export interface CompiledGroups<K extends string> {
  find(folded: string): Record<K, PhraseHit<PhraseRule>[]>;
}

/**
 * Compiles groups of rules (of the language `words`) into one matcher. Within a
 * group, at each place the longest form wins and hits do not overlap.
 */
export function compileGroups<K extends string>(groups: Readonly<Record<K, readonly PhraseRule[]>>, words: EventWords, fold: (s: string) => string): CompiledGroups<K> {
  const numbers = numberTable(words, fold);
  const arabic = words.lang === 'ar';
  const keys = Object.keys(groups) as K[];
  type Entry = Form<PhraseRule> & { readonly group: number };
  const byWord = new Map<string, Entry[]>();
  const byPrefix = new Map<string, Entry[]>();
  const byNumber: Entry[] = [];
  const push = (map: Map<string, Entry[]>, key: string, f: Entry) => (map.get(key) ?? map.set(key, []).get(key)!).push(f);
  keys.forEach((key, group) => {
    for (const rule of groups[key]) {
      for (const form of rule.forms) {
        const tokens = tokenize(form, fold);
        const f = { rule, tokens, group };
        const first = tokens[0];
        if (first?.kind === 'word') push(byWord, first.text, f);
        else if (first?.kind === 'prefix') push(byPrefix, first.text.slice(0, 2), f);
        else if (first?.kind === 'number') byNumber.push(f);
      }
    }
  });

  /** The forms that may start at a word, by the word's text: news repeats its words, so this is mostly one lookup. */
  const starting = new Map<string, readonly Entry[]>();
  const none: readonly Entry[] = [];
  function candidatesOf(w: Word): readonly Entry[] {
    const key = w.forms[0];
    if (key === undefined) return none;
    let found = starting.get(key);
    if (found) return found;
    const list: Entry[] = [];
    for (const f of w.forms) {
      const exact = byWord.get(f);
      if (exact) list.push(...exact);
      const pre = byPrefix.get(f.slice(0, 2));
      if (pre) for (const e of pre) if (f.startsWith((e.tokens[0] as { text: string }).text)) list.push(e);
    }
    if (byNumber.length > 0 && numberOf(w, numbers) !== null) list.push(...byNumber);
    found = list.length > 0 ? [...new Set(list)] : none;
    if (starting.size > 50_000) starting.clear();
    starting.set(key, found);
    return found;
  }

  /** The index after the last word of `tokens` matched from word `i`, and its number; or null. */
  function matchAt(tokens: readonly Token[], from: number, words: Word[], i: number, folded: string): { next: number; n: number | null } | null {
    let at = i;
    let n: number | null = null;
    for (let k = from; k < tokens.length; k++) {
      const t = tokens[k];
      if (t.kind === 'gap') {
        for (let skip = 0; skip <= 3 && at + skip < words.length; skip++) {
          const rest = matchAt(tokens, k + 1, words, at + skip, folded);
          if (rest) return { next: rest.next, n: n ?? rest.n };
        }
        return null;
      }
      const w = words[at];
      if (!w || !tokenMatches(t, w, numbers)) return null;
      if (at > i && w.start > words[at - 1].end + 1 && !JOIN.test(folded.slice(words[at - 1].end, w.start))) return null;
      if (t.kind === 'number') n = numberOf(w, numbers);
      at++;
    }
    return { next: at, n };
  }

  return {
    find(folded) {
      const words = wordsOf(folded, arabic);
      const hits = keys.map(() => [] as PhraseHit<PhraseRule>[]);
      const free = keys.map(() => 0);
      const best: ({ rule: PhraseRule; next: number; n: number | null } | null)[] = keys.map(() => null);
      for (let i = 0; i < words.length; i++) {
        const w = words[i];
        const candidates = candidatesOf(w);
        if (candidates.length === 0) continue;
        best.fill(null);
        for (const e of candidates) {
          if (free[e.group] > i) continue;
          const m = matchAt(e.tokens, 0, words, i, folded);
          const b = best[e.group];
          if (m && (!b || m.next > b.next)) best[e.group] = { rule: e.rule, ...m };
        }
        best.forEach((b, g) => {
          if (!b) return;
          hits[g].push({ rule: b.rule, start: w.start, end: words[b.next - 1].end, n: b.n });
          free[g] = b.next;
        });
      }
      return Object.fromEntries(keys.map((k, g) => [k, hits[g]])) as Record<K, PhraseHit<PhraseRule>[]>;
    },
  };
}

/** Compiles one group of rules (of the language `words`) into a matcher. */
export function compileRules<R extends PhraseRule>(rules: readonly R[], words: EventWords, fold: (s: string) => string): CompiledRules<R> {
  const inner = compileGroups({ rules }, words, fold);
  return {
    find: (folded) => inner.find(folded).rules as PhraseHit<R>[],
    test: (folded) => inner.find(folded).rules.length > 0,
  };
}

/** A matcher for calendar words (weekdays, months) that reports the value. */
export function compileCalendar(words: readonly CalendarWord[], fold: (s: string) => string, arabic: boolean): CompiledRules<CalendarWord> {
  const rules = words.map((w) => ({ ...w, name: String(w.value), example: w.forms[0] }));
  const asWords = { lang: arabic ? 'ar' : 'en', numbers: [] } as unknown as EventWords;
  const inner = compileRules(rules, asWords, fold);
  return {
    test: inner.test,
    find: (folded) => inner.find(folded).map((h) => ({ ...h, rule: words[rules.indexOf(h.rule as (typeof rules)[number])] })),
  };
}

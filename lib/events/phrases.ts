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
  start: number;
  end: number;
  forms: readonly string[];
}

type Token = { kind: 'word'; text: string } | { kind: 'prefix'; text: string } | { kind: 'number' } | { kind: 'gap' };

interface Form<R> {
  readonly rule: R;
  readonly tokens: readonly Token[];
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** How many words `…` in a form stands for at most. */
const GAP_WORDS = 3;
/** What may stand between two words of a form: spaces, quotes, brackets, the dots of "u.s.", the slash of «كانون الثاني/يناير». */
const JOIN = /^[\s"«»“”'‘’()[\].\-/]*$/;
const CLITIC_ARABIC = /^[\u0600-\u06ff]/;
const ARABIC_LETTER = /[\u0621-\u064a]/;
const LATIN_LETTER = /[a-z]/;
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
/** The same for Latin-script words (a word and, for a possessive, its noun). */
const latinFormsSeen = new Map<string, readonly string[]>();
const NO_FORMS: readonly string[] = Object.freeze([]);

function latinFormsOf(w: string): readonly string[] {
  let forms = latinFormsSeen.get(w);
  if (!forms) {
    if (latinFormsSeen.size > 50_000) latinFormsSeen.clear();
    latinFormsSeen.set(w, (forms = POSSESSIVE.test(w) ? [w, w.slice(0, -2)] : [w]));
  }
  return forms;
}

function arabicFormsOf(w: string): string[] {
  let forms = formsSeen.get(w);
  if (!forms) {
    if (formsSeen.size > 50_000) formsSeen.clear();
    formsSeen.set(w, (forms = arabicForms(w)));
  }
  return forms;
}

/** The last text cut into words, per script: every category reads the same sentence in turn. */
const cache = { ar: { text: null as string | null, words: [] as Word[], pool: [] as Word[] }, en: { text: null as string | null, words: [] as Word[], pool: [] as Word[] } };

/** Whether each BMP code unit is a letter or a digit (`\p{L}|\p{N}`): 0 not yet known, 1 yes, 2 no. */
const wordUnits = new Uint8Array(0x10000);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** The length (1 or 2) of the letter or digit at `i`, or 0: what `WORD` reads, without a regular expression. */
function wordCharAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? 1 : 0;
  if (c >= 0x621 && c <= 0x64a) return 1;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER_OR_DIGIT.test(s.slice(i, i + 2)) ? 2 : 0;
  }
  let v = wordUnits[c];
  if (v === 0) wordUnits[c] = v = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1 ? 1 : 0;
}

/** Cuts `folded` into words, as `WORD` matches them (letters and digits, joined by ' ’ -). */
function wordsOf(folded: string, arabic: boolean): Word[] {
  const cached = arabic ? cache.ar : cache.en;
  if (cached.text === folded) return cached.words;
  // The words of the last text are not kept past the next: their objects are reused.
  const pool = cached.pool;
  let count = 0;
  const word = (start: number, end: number, forms: readonly string[]) => {
    const w = pool[count] ?? (pool[count] = { start: 0, end: 0, forms: NO_FORMS });
    w.start = start;
    w.end = end;
    w.forms = forms;
    count++;
  };
  const n = folded.length;
  let i = 0;
  while (i < n) {
    let x = wordCharAt(folded, i);
    if (x === 0) {
      i++;
      continue;
    }
    const start = i;
    i += x;
    for (;;) {
      while (i < n && (x = wordCharAt(folded, i)) > 0) i += x;
      const j = folded.charCodeAt(i);
      if (i + 1 < n && (j === 39 || j === 0x2019 || j === 45) && (x = wordCharAt(folded, i + 1)) > 0) i += 1 + x;
      else break;
    }
    const w = folded.slice(start, i);
    const c = w.charCodeAt(0);
    // Arabic rules read Arabic words and digits; English rules, Latin words and digits.
    if (arabic ? c < 0x600 && !(c >= 48 && c <= 57) : c >= 0x600) word(start, i, NO_FORMS);
    else word(start, i, arabic && CLITIC_ARABIC.test(w) ? arabicFormsOf(w) : latinFormsOf(w));
  }
  const view = cached.words;
  view.length = count;
  for (let k = 0; k < count; k++) view[k] = pool[k];
  cached.text = folded;
  return view;
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
  /** The hits of each group; the record is the matcher's, valid until its next call (the lists are the caller's). */
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

  /** The number in `{n}` of the last match `matchAt` reported. */
  let matchedN: number | null = null;

  /** The index after the last word of `tokens` matched from word `i` (its number in `matchedN`), or -1. */
  function matchAt(tokens: readonly Token[], from: number, words: Word[], i: number, folded: string): number {
    let at = i;
    let n: number | null = null;
    for (let k = from; k < tokens.length; k++) {
      const t = tokens[k];
      if (t.kind === 'gap') {
        // Up to GAP_WORDS words; a single letter («u» and «s» of "U.S.") is not a word of its own.
        for (let skip = 0, counted = 0; counted <= GAP_WORDS && at + skip < words.length; skip++) {
          const next = matchAt(tokens, k + 1, words, at + skip, folded);
          if (next >= 0) {
            matchedN = n ?? matchedN;
            return next;
          }
          const w = words[at + skip];
          if (w.end - w.start > 1) counted++;
        }
        return -1;
      }
      const w = words[at];
      if (!w || !tokenMatches(t, w, numbers)) return -1;
      if (at > i && w.start > words[at - 1].end + 1 && !JOIN.test(folded.slice(words[at - 1].end, w.start))) return -1;
      if (t.kind === 'number') n = numberOf(w, numbers);
      at++;
    }
    matchedN = n;
    return at;
  }

  // What one call returns: the record is overwritten by the next call; a group's list is fresh when it has hits, a shared empty one otherwise.
  const noHit: PhraseHit<PhraseRule>[] = Object.freeze([]) as unknown as PhraseHit<PhraseRule>[];
  const result = Object.fromEntries(keys.map((k) => [k, noHit])) as Record<K, PhraseHit<PhraseRule>[]>;
  const hits: PhraseHit<PhraseRule>[][] = keys.map(() => noHit);
  const free = keys.map(() => 0);
  // The longest match of each group at the current word, in columns.
  const bestNext = keys.map(() => -1);
  const bestRule: (PhraseRule | null)[] = keys.map(() => null);
  const bestN: (number | null)[] = keys.map(() => null);
  return {
    find(folded) {
      hits.fill(noHit);
      // Every form has a word in its language's script: a sentence without one has no hit.
      if ((arabic ? ARABIC_LETTER : LATIN_LETTER).test(folded)) {
        const words = wordsOf(folded, arabic);
        free.fill(0);
        for (let i = 0; i < words.length; i++) {
          const w = words[i];
          const candidates = candidatesOf(w);
          if (candidates.length === 0) continue;
          bestNext.fill(-1);
          for (const e of candidates) {
            if (free[e.group] > i) continue;
            const next = matchAt(e.tokens, 0, words, i, folded);
            if (next > bestNext[e.group]) {
              bestNext[e.group] = next;
              bestRule[e.group] = e.rule;
              bestN[e.group] = matchedN;
            }
          }
          for (let g = 0; g < bestNext.length; g++) {
            const next = bestNext[g];
            if (next < 0) continue;
            if (hits[g] === noHit) hits[g] = [];
            hits[g].push({ rule: bestRule[g]!, start: w.start, end: words[next - 1].end, n: bestN[g] });
            free[g] = next;
          }
        }
      }
      keys.forEach((k, g) => {
        result[k] = hits[g];
      });
      return result;
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

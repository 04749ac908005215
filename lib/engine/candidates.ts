/**
 * Candidate groups: names the text introduces as an armed group's («فصيل جديد يطلق
 * على نفسه "…"», "a group calling itself …") and that are not mentions of a known
 * entity. Precision first: a name is taken only right after a cue, quoted, or
 * (where the cue allows) unquoted and bounded: 1 to MAX_WORDS words, Arabic up to a
 * stop word or punctuation, Latin capitalised; a name made only of generic words
 * («فصائل مسلحة», "Iran-backed militias") is not one.
 */
import type { Normalizer, NormalizedText } from '../text/normalize';
import type { CompiledCueSet } from './candidate-rules';

/** A span of text: UTF-16 offsets into the text as given, end exclusive. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

export interface Candidate extends TextSpan {
  /** The name as written (without the quotes around it). */
  readonly text: string;
  /** The cue phrase that introduced it. */
  readonly cue: TextSpan;
  /** The cue's rule (its `name` in the cue set), and the set's language. */
  readonly rule: string;
  readonly lang: 'ar' | 'en';
}

/** A name has at most this many words. */
export const MAX_WORDS = 6;
/** A quoted name is at most this long (folded characters). */
const MAX_QUOTED = 80;

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/uy;
/** A Latin word: an apostrophe inside it («Sha’biya») is folded to a quote, which does not end it. */
const LATIN_WORD = /[\p{L}\p{M}\p{N}]+(?:['’"-][\p{L}\p{M}\p{N}]+)*/uy;
const SPACES = / +/y;
const HAS_LETTER = /\p{L}/u;
/** Inside quotes: nothing that ends a sentence or a clause. */
const CLAUSE_BREAK = /[.!?؟،,;؛:\n]/;

export class CandidateFinder {
  constructor(
    private readonly sets: readonly CompiledCueSet[],
    private readonly norm: Normalizer,
  ) {}

  /**
   * The candidates in `text`, in text order, none overlapping a span of `mentions`
   * (the text's mentions of known entities; a function is called only if a cue is found).
   */
  find(text: string, mentions: readonly TextSpan[] | (() => readonly TextSpan[])): Candidate[] {
    const folded = this.norm.normalize(text);
    const f = folded.text();
    const found: Candidate[] = [];
    for (const set of this.sets) {
      for (const { cue, pattern, anchor, bareBefore } of set.cues) {
        for (const { from, to } of windows(f, anchor)) {
         const part = f.slice(from, to);
         pattern.lastIndex = 0;
         for (let m = pattern.exec(part); m; m = pattern.exec(part)) {
          const cueStart = from + m.index;
          const cueEnd = cueStart + m[0].length;
          const name = quotedName(f, cueEnd) ?? (cue.bare ? bareName(set, folded, f, cueEnd, bareBefore) : null);
          if (!name || isGeneric(set, f.slice(name.start, name.end))) continue;
          const start = folded.sourceStart(name.start);
          const end = folded.sourceEnd(name.end - 1);
          found.push({ start, end, text: text.slice(start, end), cue: { start: folded.sourceStart(cueStart), end: folded.sourceEnd(cueEnd - 1) }, rule: cue.name, lang: set.lang });
         }
        }
      }
    }
    if (found.length === 0) return found;
    const known = typeof mentions === 'function' ? mentions() : mentions;
    const kept = found.filter((c) => !known.some((k) => k.start < c.end && c.start < k.end));
    kept.sort((a, b) => a.start - b.start || b.end - a.end);
    return kept.filter((c, i) => i === 0 || c.start >= kept[i - 1].end);
  }
}

/** How far around an anchor word a cue may reach (folded characters): a group noun and a gap before, the rest of the phrase after. */
const REACH_BEFORE = 120;
const REACH_AFTER = 80;

/**
 * The stretches of `f` around the anchor's hits, merged where they overlap, each
 * starting after a space (or at the start): a cue is matched only there, so that a
 * long text without cue words costs one cheap scan.
 */
function windows(f: string, anchor: RegExp): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  anchor.lastIndex = 0;
  for (let m = anchor.exec(f); m; m = anchor.exec(f)) {
    let from = Math.max(0, m.index - REACH_BEFORE);
    while (from > 0 && f[from - 1] !== ' ' && f[from - 1] !== '\n') from--;
    const to = Math.min(f.length, m.index + m[0].length + REACH_AFTER);
    const last = out[out.length - 1];
    if (last && from <= last.to) last.to = Math.max(last.to, to);
    else out.push({ from, to });
  }
  return out;
}

/** A quoted name after the cue (folded text: every quote is `"`), perhaps behind «ب» or a colon. */
function quotedName(f: string, at: number): TextSpan | null {
  let i = at;
  while (f[i] === ' ') i++;
  if (f[i] === ':') while (f[++i] === ' ');
  // «بـ"…"» and «بـ "…"» (the tatweel folds away).
  if (f[i] === 'ب') {
    let j = i + 1;
    if (f[j] === ' ') j++;
    if (f[j] === '"') i = j;
  }
  if (f[i] !== '"') return null;
  const close = f.indexOf('"', i + 1);
  if (close < 0 || close - i > MAX_QUOTED) return null;
  let start = i + 1;
  let end = close;
  while (f[start] === ' ') start++;
  while (end > start && f[end - 1] === ' ') end--;
  const inside = f.slice(start, end);
  if (!HAS_LETTER.test(inside) || CLAUSE_BREAK.test(inside) || inside.split(/ +/).length > MAX_WORDS) return null;
  return { start, end };
}

/** The words after the cue, up to a stop word or punctuation (Arabic), or the capitalised words (Latin). */
function bareName(set: CompiledCueSet, folded: NormalizedText, f: string, at: number, before: ReadonlySet<string> | null): TextSpan | null {
  const words: TextSpan[] = [];
  let i = at;
  let next = '';
  for (;;) {
    SPACES.lastIndex = i;
    if (!SPACES.exec(f)) break;
    const word = set.lang === 'en' ? LATIN_WORD : WORD;
    word.lastIndex = SPACES.lastIndex;
    const w = word.exec(f);
    if (!w) break;
    const span = { start: w.index, end: w.index + w[0].length };
    if (set.lang === 'ar') {
      const word = w[0];
      if (before?.has(word)) next = word;
      if (set.stopWords.has(word) || before?.has(word) || set.prefixes.some((p) => p.length > 0 && word.startsWith(p) && set.stopWords.has(word.slice(p.length)))) break;
    } else {
      const lower = w[0];
      if (words.length === 0 && set.stopWords.has(lower)) {
        i = span.end;
        continue;
      }
      const written = folded.source.slice(folded.sourceStart(span.start), folded.sourceEnd(span.end - 1));
      if (!isCapitalised(written) && !set.connectors.has(lower)) break;
    }
    words.push(span);
    i = span.end;
    if (words.length > MAX_WORDS) return null; // no bound in sight: not a name we can delimit
  }
  // Latin: a name neither begins nor ends with a connector.
  if (set.lang === 'en') {
    // «al-Hazmyun» and «Al Sabiqoon» keep their article; a loose «al» or «the» does not begin a name.
    const written = (w: TextSpan) => folded.source.slice(folded.sourceStart(w.start), folded.sourceEnd(w.end - 1));
    while (words.length > 0 && set.connectors.has(f.slice(words[0].start, words[0].end)) && !/^\p{Lu}/u.test(written(words[0])) && folded.source[folded.sourceEnd(words[0].end - 1)] !== '-') words.shift();
    while (words.length > 0 && set.connectors.has(f.slice(words[words.length - 1].start, words[words.length - 1].end))) words.pop();
  }
  // A lone letter is a clitic or an initial, not a name.
  if (words.length === 0 || (before && !next) || (words.length === 1 && words[0].end - words[0].start < 2)) return null;
  return { start: words[0].start, end: words[words.length - 1].end };
}

/** A word as written begins with a capital, perhaps after a lower-case article («al-Nahr»). */
function isCapitalised(written: string): boolean {
  const core = written.replace(/^(?:al|el|ul|an|ad|ar|as|ash|at|az)[-‐‑]/, '');
  return /^\p{Lu}/u.test(core);
}

/** True if every word of the folded name, with or without a proclitic (the group nouns' prefixes), is a generic word. */
function isGeneric(set: CompiledCueSet, name: string): boolean {
  const words = name.split(/[^\p{L}\p{M}\p{N}]+/u).filter((w) => w.length > 0);
  return words.every((w) => set.prefixes.some((p) => w.startsWith(p) && set.genericWords.has(w.slice(p.length))));
}

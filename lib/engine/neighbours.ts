/**
 * Reading words around a position of folded text (`codes`, as produced by the
 * normaliser: white space folded to spaces, quotes to `"`). A run of spaces
 * separates words like one space.
 */
const SPACE = 32;
const QUOTE = 34;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;

export interface Word {
  readonly start: number;
  readonly end: number;
}

export class Neighbours {
  constructor(
    private readonly codes: Uint16Array,
    private readonly length: number,
    private readonly wordChar: Uint8Array,
  ) {}

  isWord(i: number): boolean {
    return i >= 0 && i < this.length && this.wordChar[this.codes[i]] === 1;
  }

  /**
   * Whether a name may end right before `i`: not inside a word, or where the word
   * changes script (Arabic letters, Latin letters, digits): «عين الأسدAFP».
   */
  endsName(i: number): boolean {
    return !this.isWord(i) || !this.isWord(i - 1) || scriptChanges(this.codes[i - 1], this.codes[i]);
  }

  /** Start of the word that contains position `i`, counted in `i`'s script only (see `endsName`). */
  sameScriptWordStart(i: number): number {
    const script = scriptOf(this.codes[i]);
    while (i > 0 && this.isWord(i - 1) && !(script !== 0 && scriptOf(this.codes[i - 1]) !== 0 && scriptOf(this.codes[i - 1]) !== script)) i--;
    return i;
  }

  /** Start of the word that contains position `i`, or `i` if none. */
  wordStart(i: number): number {
    while (i > 0 && this.isWord(i - 1)) i--;
    return i;
  }

  text(w: Word): string {
    return this.slice(w.start, w.end);
  }

  /** The folded text of `[start, end)`. */
  slice(start: number, end: number): string {
    let s = '';
    for (let i = start; i < end; i++) s += String.fromCharCode(this.codes[i]);
    return s;
  }

  /**
   * The words before `pos`, nearest first, at most `count`. Only spaces, quotes and
   * parentheses may separate them, unless `acrossPunctuation` lets commas and other
   * marks inside a sentence through (never `.` `!` `?` `;`).
   */
  wordsBefore(pos: number, count: number, acrossPunctuation = false): Word[] {
    const out: Word[] = [];
    let i = pos - 1;
    while (out.length < count) {
      while (i >= 0 && !this.isWord(i)) {
        const c = this.codes[i];
        if (!(c === SPACE || c === QUOTE || c === OPEN_PAREN || c === CLOSE_PAREN || (acrossPunctuation && !isSentenceEnd(c)))) return out;
        i--;
      }
      if (i < 0) return out;
      const end = i + 1;
      while (i >= 0 && this.isWord(i)) i--;
      out.push({ start: i + 1, end });
    }
    return out;
  }

  /**
   * The word that ends one separator before `pos` (a space, a quote or a parenthesis,
   * as `wordsBefore` skips), or null: `wordsBefore(pos, 1)` when only one character
   * separates it, without building a list.
   */
  wordRightBefore(pos: number): Word | null {
    const c = pos >= 1 ? this.codes[pos - 1] : -1;
    if (!(c === SPACE || c === QUOTE || c === OPEN_PAREN || c === CLOSE_PAREN) || !this.isWord(pos - 2)) return null;
    let i = pos - 2;
    while (i >= 0 && this.isWord(i)) i--;
    return { start: i + 1, end: pos - 1 };
  }

  /** The words after `pos`, nearest first, at most `count`, separated by spaces only. */
  wordsAfter(pos: number, count: number): Word[] {
    const out: Word[] = [];
    let i = pos;
    while (out.length < count) {
      if (out.length > 0) {
        if (i >= this.length || this.codes[i] !== SPACE) return out;
        while (i < this.length && this.codes[i] === SPACE) i++;
      } else {
        while (i < this.length && (this.codes[i] === SPACE || this.codes[i] === QUOTE || this.codes[i] === OPEN_PAREN)) i++;
      }
      if (!this.isWord(i)) return out;
      const start = i;
      while (this.isWord(i)) i++;
      out.push({ start, end: i });
    }
    return out;
  }

  /**
   * A 32-bit FNV-1a hash of the words `wordsAfter(pos, count)` lists, their code
   * units with one space between words; computed without listing them.
   */
  phraseHashAfter(pos: number, count: number): number {
    // Locals, not method calls: this runs for most trigger words of a page.
    const { codes, wordChar, length } = this;
    let h = 0x811c9dc5;
    let i = this.firstWordAfter(pos);
    for (let w = 0; w < count && i < length && wordChar[codes[i]] === 1; w++) {
      if (w > 0) h = Math.imul(h ^ SPACE, 0x01000193);
      while (i < length && wordChar[codes[i]] === 1) h = Math.imul(h ^ codes[i++], 0x01000193);
      i = this.nextWordStart(i);
    }
    return h & 0x3fffffff; // a small integer: a cheap Map key
  }

  /** Whether `wordsAfter(a, count)` and `wordsAfter(b, count)` spell the same phrase. */
  samePhraseAfter(a: number, b: number, count: number): boolean {
    const { codes, wordChar, length } = this;
    let i = this.firstWordAfter(a);
    let j = this.firstWordAfter(b);
    for (let w = 0; w < count; w++) {
      const more = i < length && wordChar[codes[i]] === 1;
      if (more !== (j < length && wordChar[codes[j]] === 1)) return false;
      if (!more) return true;
      // Same code units up to the end of the word in both (a word ends at a non-word unit or the end).
      for (;;) {
        const inI = i < length && wordChar[codes[i]] === 1;
        const inJ = j < length && wordChar[codes[j]] === 1;
        if (inI !== inJ) return false;
        if (!inI) break;
        if (codes[i++] !== codes[j++]) return false;
      }
      i = this.nextWordStart(i);
      j = this.nextWordStart(j);
    }
    return true;
  }

  /** Where the first word after `pos` starts (as `wordsAfter`: past spaces, quotes and opening parentheses), or a non-word position. */
  private firstWordAfter(pos: number): number {
    let i = pos;
    while (i < this.length && (this.codes[i] === SPACE || this.codes[i] === QUOTE || this.codes[i] === OPEN_PAREN)) i++;
    return i;
  }

  /** After a word ending at `i`: where the next word starts if only spaces separate them, else a non-word position. */
  private nextWordStart(i: number): number {
    if (i >= this.length || this.codes[i] !== SPACE) return this.length;
    while (i < this.length && this.codes[i] === SPACE) i++;
    return i;
  }

  /** Whether the span is the whole of a quotation: a quote right before and right after it. */
  isQuoted(start: number, end: number): boolean {
    let l = start - 1;
    while (l >= 0 && this.codes[l] === SPACE) l--;
    let r = end;
    while (r < this.length && this.codes[r] === SPACE) r++;
    return l >= 0 && r < this.length && this.codes[l] === QUOTE && this.codes[r] === QUOTE;
  }
}

function isSentenceEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 59 || c === 0x06d4;
}

/** 1 Arabic letter, 2 Latin letter (folded: lower case), 3 digit, 0 anything else. */
function scriptOf(c: number): number {
  if ((c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x0750 && c <= 0x077f)) return 1;
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return 2;
  if (c >= 48 && c <= 57) return 3;
  return 0;
}

/** Two word characters of different scripts (Arabic, Latin, digits) side by side. */
function scriptChanges(a: number, b: number): boolean {
  const x = scriptOf(a);
  const y = scriptOf(b);
  return x !== 0 && y !== 0 && x !== y;
}

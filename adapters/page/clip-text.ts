/**
 * The page's text as clips see it: the reader's text (page-text.ts) with each line
 * trimmed and blank lines dropped, so that the white space between a page's
 * elements never ends up in a saved clip. Capture (clip-capture.ts) and
 * re-anchoring (clip-marks.ts) both use this view, so a clip's TextPositionSelector
 * and the page's text agree. Offsets are UTF-16 code units, ends exclusive.
 */

export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

const NOT_SPACE = /\S/;

export class ClipText {
  readonly text: string;
  /** `raw[i]`: offset in the reader's text of `text[i]` (increasing). */
  private readonly raw: Int32Array;

  constructor(readonly rawText: string) {
    const parts: string[] = [];
    const map: number[] = [];
    let lineStart = 0;
    let lastBreak = -1;
    while (lineStart <= rawText.length) {
      let lineEnd = rawText.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = rawText.length;
      let a = lineStart;
      let b = lineEnd;
      while (a < b && !NOT_SPACE.test(rawText[a])) a++;
      while (b > a && !NOT_SPACE.test(rawText[b - 1])) b--;
      if (a < b) {
        if (parts.length > 0) {
          parts.push('\n');
          map.push(lastBreak);
        }
        parts.push(rawText.slice(a, b));
        for (let i = a; i < b; i++) map.push(i);
        lastBreak = lineEnd;
      }
      lineStart = lineEnd + 1;
    }
    this.text = parts.join('');
    this.raw = Int32Array.from(map);
  }

  /** The span of the reader's text that `span` of this text covers. */
  toRaw(span: TextSpan): TextSpan {
    if (span.end <= span.start) return { start: this.rawAt(span.start), end: this.rawAt(span.start) };
    return { start: this.raw[span.start], end: this.raw[span.end - 1] + 1 };
  }

  /** The span of this text whose characters lie in `span` of the reader's text, without white space at either end. */
  fromRaw(span: TextSpan): TextSpan {
    let start = this.firstAtOrAfter(span.start);
    let end = this.firstAtOrAfter(span.end);
    while (start < end && !NOT_SPACE.test(this.text[start])) start++;
    while (end > start && !NOT_SPACE.test(this.text[end - 1])) end--;
    return { start, end };
  }

  private rawAt(i: number): number {
    return i < this.raw.length ? this.raw[i] : this.rawText.length;
  }

  /** The first index whose raw offset is ≥ `offset` (binary search). */
  private firstAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.raw.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.raw[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** A text trimmed line by line, blank lines dropped (as ClipText sees it). */
export const cleanLines = (s: string): string => new ClipText(s).text;

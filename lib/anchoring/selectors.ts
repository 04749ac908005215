/**
 * W3C Web Annotation selectors for a span of a text (Web Annotation Data Model,
 * §4.2.4 Text Quote Selector and §4.2.5 Text Position Selector).
 *
 * Offsets here are UTF-16 code units of the text as given (end exclusive), which
 * is what DOM strings, `Range` offsets and the mention engine use. Exports that
 * must count Unicode code points (JSON-LD) convert with `codePointOffset`.
 */

export interface TextQuoteSelector {
  readonly type: 'TextQuoteSelector';
  /** The selected text, verbatim. */
  readonly exact: string;
  /** Up to `CONTEXT_LENGTH` code units immediately before it ('' at the start of the text). */
  readonly prefix: string;
  /** Up to `CONTEXT_LENGTH` code units immediately after it ('' at the end of the text). */
  readonly suffix: string;
}

export interface TextPositionSelector {
  readonly type: 'TextPositionSelector';
  readonly start: number;
  readonly end: number;
}

/** A span described both ways: the quote survives edits, the position is the fast path. */
export type SpanSelectors = readonly [TextQuoteSelector, TextPositionSelector];

/** How much context a quote keeps on each side, as Hypothesis does. */
export const CONTEXT_LENGTH = 32;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * The quote of `text[start, end)` with its context. Context boundaries never split
 * a surrogate pair: the prefix or suffix is then one code unit shorter.
 * @throws {RangeError} unless 0 ≤ start ≤ end ≤ text.length (integers).
 */
export function textQuoteSelector(text: string, start: number, end: number, context = CONTEXT_LENGTH): TextQuoteSelector {
  checkSpan(text, start, end);
  let from = Math.max(0, start - context);
  if (from > 0 && isLow(text.charCodeAt(from)) && isHigh(text.charCodeAt(from - 1))) from++;
  let to = Math.min(text.length, end + context);
  if (to < text.length && isLow(text.charCodeAt(to)) && isHigh(text.charCodeAt(to - 1))) to--;
  return { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(from, start), suffix: text.slice(end, to) };
}

/** @throws {RangeError} unless 0 ≤ start ≤ end (integers). */
export function textPositionSelector(start: number, end: number): TextPositionSelector {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
    throw new RangeError(`not a span: [${start}, ${end})`);
  }
  return { type: 'TextPositionSelector', start, end };
}

/** Both selectors of `text[start, end)`. @throws {RangeError} as `textQuoteSelector`. */
export function describeSpan(text: string, start: number, end: number): SpanSelectors {
  return [textQuoteSelector(text, start, end), textPositionSelector(start, end)];
}

/** The number of code points in `text[0, offset)`: a UTF-16 offset as §4.2.5 counts characters. */
export function codePointOffset(text: string, offset: number): number {
  let n = 0;
  for (let i = 0; i < offset; i++) {
    if (isHigh(text.charCodeAt(i)) && i + 1 < offset && isLow(text.charCodeAt(i + 1))) i++;
    n++;
  }
  return n;
}

/**
 * `codePointOffset` for many offsets of one text: the identity when the text has
 * no surrogates (all of Arabic and Latin), else a table built once.
 */
export function codePointCounter(text: string): (offset: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (offset) => offset;
  const table = new Int32Array(text.length + 1);
  for (let i = 0, n = 0; i < text.length; i++) {
    const pairEnd = isLow(text.charCodeAt(i)) && i > 0 && isHigh(text.charCodeAt(i - 1));
    if (!pairEnd) n++;
    table[i + 1] = n;
  }
  return (offset) => table[offset]!;
}

function checkSpan(text: string, start: number, end: number): void {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    throw new RangeError(`not a span of a text of length ${text.length}: [${start}, ${end})`);
  }
}

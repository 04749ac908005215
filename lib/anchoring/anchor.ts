/**
 * Re-anchoring: where a span described by a TextQuoteSelector (and, optionally, a
 * TextPositionSelector) lies in a text that may have changed since, as Hypothesis
 * anchors an annotation in an edited page (Web Annotation Data Model §4.2.4–4.2.5).
 *
 * All offsets are UTF-16 code units of the text as given (end exclusive), so the
 * page side maps them to DOM ranges as it maps mention offsets.
 *
 * Order of attempts:
 * 1. position: the quote and its prefix and suffix are at the recorded position,
 *    verbatim → score 1;
 * 2. quote: every occurrence of the quote in the folded text (diacritics, hamza
 *    seats, letter case ignored), scored by how well the text around it matches
 *    the recorded prefix and suffix; a perfectly placed one wins at once;
 * 3. fuzzy: spans within min(256, ⌊quote/4⌋) edits of the folded quote (Myers'
 *    bit-vector search, approx-search.ts), scored the same way. A quote longer
 *    than FUZZY_PIECE·2 is searched by its head and its tail (FUZZY_PIECE each),
 *    paired where they lie about a quote's length apart.
 * Nothing within that many edits → null. The score lets a caller be stricter.
 *
 * Cost is bounded whatever the selectors hold (an import may carry hostile
 * ones): the context compared is at most MAX_CONTEXT code units on each side,
 * every edit distance is banded and stops early, and the fuzzy search never runs
 * a pattern longer than 2·FUZZY_PIECE, so one anchor costs O(text · FUZZY_PIECE/32).
 */
import { normalizer } from '../mentions';
import { boundedEditDistance } from '../engine/edit-distance';
import type { NormalizedText, Normalizer } from '../text/normalize';
import { approxSearch } from './approx-search';
import type { TextPositionSelector, TextQuoteSelector } from './selectors';

export interface Anchor {
  readonly start: number;
  readonly end: number;
  /** 1 for the quote verbatim in its context; lower as the quote or its context differ. */
  readonly score: number;
  readonly method: 'position' | 'quote' | 'fuzzy';
}

/** The share of the folded quote that may be edited for a fuzzy match (at most 256 edits). */
export const MAX_ERROR_RATE = 0.25;
/** How many exact occurrences are scored, nearest the recorded position first (fuzzy: the 50 with fewest errors). */
const MAX_CANDIDATES = 1000;
/** The context compared on each side of a candidate (selectors record 32; more is never read). */
export const MAX_CONTEXT = 64;
/** Quotes longer than twice this are searched fuzzily by their head and tail of this length. */
export const FUZZY_PIECE = 128;
/**
 * A candidate's score: the share of the quote matched, how closely the text around
 * it matches the recorded prefix and suffix (edit distance), whether it is the
 * quote verbatim (not only once folded), and its distance from the recorded position.
 */
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, verbatim: 4, position: 2 };
const TOTAL = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.verbatim + WEIGHTS.position;

type Selector = TextQuoteSelector | TextPositionSelector;

/**
 * Anchors selectors in one text; folds the text once for any number of quotes
 * (a clip's passage and its mentions).
 */
export class TextAnchorer {
  private foldedCache: { readonly folded: NormalizedText; readonly text: string } | null = null;

  /** The text is folded when a quote is first looked for beyond its verbatim places (a long page folds in hundreds of ms). */
  constructor(readonly text: string, private readonly norm: Normalizer = normalizer()) {}

  private get folded(): NormalizedText {
    return this.fold().folded;
  }

  private get foldedText(): string {
    return this.fold().text;
  }

  private fold(): { readonly folded: NormalizedText; readonly text: string } {
    if (!this.foldedCache) {
      const folded = this.norm.normalize(this.text);
      this.foldedCache = { folded, text: folded.text() };
    }
    return this.foldedCache;
  }

  /** The best span for `selectors`, or null when no quote selector is given or nothing is close enough. */
  anchor(selectors: readonly Selector[]): Anchor | null {
    const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
    const position = selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector') ?? null;
    if (!quote || quote.exact === '') return null;
    if (position && this.verbatimAt(position, quote)) return { start: position.start, end: position.end, score: 1, method: 'position' };
    const moved = this.verbatimElsewhere(quote, position);
    if (moved) return moved;
    const q = this.norm.normalize(quote.exact).text();
    if (q === '') return null;
    const prefix = this.norm.normalize(quote.prefix.slice(-MAX_CONTEXT)).text().slice(-MAX_CONTEXT);
    const suffix = this.norm.normalize(quote.suffix.slice(0, MAX_CONTEXT)).text().slice(0, MAX_CONTEXT);
    const context = { quote: quote.exact, q, prefix, suffix, hint: this.hintOf(position) };

    const exact = this.occurrences(q, context.hint).map((start) => this.score(start, start + q.length, 0, 'quote', context));
    const best = bestOf(exact);
    // Quote and context intact: no fuzzy candidate can do better.
    if (best && best.score >= 1 - (WEIGHTS.verbatim + WEIGHTS.position) / TOTAL) return best;

    const maxErrors = Math.min(256, Math.floor(q.length * MAX_ERROR_RATE));
    if (maxErrors === 0) return best;
    const spans = q.length > 2 * FUZZY_PIECE ? this.headAndTail(q, maxErrors) : approxSearch(this.foldedText, q, maxErrors, 50);
    const fuzzy = spans.filter((m) => m.errors > 0 && m.end > m.start).map((m) => this.score(m.start, m.end, m.errors, 'fuzzy', context));
    return bestOf([...exact, ...fuzzy]);
  }

  /**
   * Near-matches of a long folded quote: its head and its tail searched alone
   * (a quarter of their length in edits), each head paired with the tails that
   * end about the quote's length after it. The errors counted are the head's, the
   * tail's and the difference in length; the middle is not compared.
   */
  private headAndTail(q: string, maxErrors: number): { start: number; end: number; errors: number }[] {
    const pieceErrors = Math.floor(FUZZY_PIECE * MAX_ERROR_RATE);
    const heads = approxSearch(this.foldedText, q.slice(0, FUZZY_PIECE), pieceErrors, 20);
    const tails = approxSearch(this.foldedText, q.slice(-FUZZY_PIECE), pieceErrors, 20);
    const out: { start: number; end: number; errors: number }[] = [];
    for (const h of heads) {
      for (const t of tails) {
        const length = t.end - h.start;
        const errors = h.errors + t.errors + Math.abs(length - q.length);
        if (t.start >= h.end - pieceErrors && errors <= maxErrors) out.push({ start: h.start, end: t.end, errors: Math.max(1, errors) });
      }
    }
    return out.sort((a, b) => a.errors - b.errors || a.start - b.start).slice(0, 50);
  }

  /** The quote and its whole recorded context are at the position, verbatim. */
  private verbatimAt(p: TextPositionSelector, q: TextQuoteSelector): boolean {
    const t = this.text;
    return p.end <= t.length && p.end - p.start === q.exact.length && t.startsWith(q.exact, p.start) && p.start >= q.prefix.length && t.startsWith(q.prefix, p.start - q.prefix.length) && t.startsWith(q.suffix, p.end);
  }

  /**
   * The quote with its whole recorded context verbatim elsewhere (the text changed
   * before it), nearest the recorded position: scored as the folded search would
   * score it, without folding the text.
   */
  private verbatimElsewhere(q: TextQuoteSelector, p: TextPositionSelector | null): Anchor | null {
    const t = this.text;
    let best = -1;
    let seen = 0;
    for (let i = t.indexOf(q.exact); i >= 0 && seen < MAX_CANDIDATES; i = t.indexOf(q.exact, i + 1), seen++) {
      if (i < q.prefix.length || !t.startsWith(q.prefix, i - q.prefix.length) || !t.startsWith(q.suffix, i + q.exact.length)) continue;
      if (best < 0 || (p && Math.abs(i - p.start) < Math.abs(best - p.start))) best = i;
      if (!p) break;
    }
    if (best < 0) return null;
    const position = p ? 1 - Math.abs(best - p.start) / Math.max(1, t.length) : 1;
    return { start: best, end: best + q.exact.length, score: (TOTAL - WEIGHTS.position * (1 - position)) / TOTAL, method: 'quote' };
  }

  /** Start offsets (folded) of the folded quote, nearest the hint first, at most MAX_CANDIDATES. */
  private occurrences(q: string, hint: number | null): number[] {
    const text = this.foldedText;
    const found: number[] = [];
    for (let i = text.indexOf(q); i >= 0; i = text.indexOf(q, i + 1)) found.push(i);
    if (hint !== null) found.sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint));
    return found.slice(0, MAX_CANDIDATES);
  }

  /** The recorded start as a folded offset (the next character that survives folding). */
  private hintOf(position: TextPositionSelector | null): number | null {
    if (!position) return null;
    for (let i = Math.min(position.start, this.text.length); i < this.text.length; i++) {
      const f = this.folded.foldedIndex(i);
      if (f >= 0) return f;
    }
    return this.folded.length;
  }

  /** A candidate [fs, fe) of the folded text, mapped back to the text and scored. */
  private score(fs: number, fe: number, errors: number, method: Anchor['method'], c: { quote: string; q: string; prefix: string; suffix: string; hint: number | null }): Anchor {
    const f = this.folded;
    const text = this.foldedText;
    const start = f.sourceStart(fs);
    const end = f.sourceEnd(fe - 1);
    // Contexts are at most MAX_CONTEXT long: at most MAX_CONTEXT² cells.
    const similarity = (a: string, b: string) => (b.length === 0 ? 1 : 1 - boundedEditDistance(a, b, b.length) / Math.max(a.length, b.length));
    const parts = {
      quote: 1 - errors / c.q.length,
      prefix: similarity(text.slice(Math.max(0, fs - c.prefix.length), fs), c.prefix),
      suffix: similarity(text.slice(fe, fe + c.suffix.length), c.suffix),
      verbatim: this.text.slice(start, end) === c.quote ? 1 : 0,
      position: c.hint === null ? 1 : 1 - Math.abs(fs - c.hint) / Math.max(1, f.length),
    };
    const raw = WEIGHTS.quote * parts.quote + WEIGHTS.prefix * parts.prefix + WEIGHTS.suffix * parts.suffix + WEIGHTS.verbatim * parts.verbatim + WEIGHTS.position * parts.position;
    return { start, end, score: raw / TOTAL, method };
  }
}

/** The highest-scoring candidate; the first of equals (exact occurrences nearest the hint come first). */
function bestOf(candidates: readonly Anchor[]): Anchor | null {
  let best: Anchor | null = null;
  for (const a of candidates) if (!best || a.score > best.score) best = a;
  return best;
}

/** Anchors `selectors` in `text` (see TextAnchorer); null when not found. */
export function anchor(text: string, selectors: readonly Selector[]): Anchor | null {
  return new TextAnchorer(text).anchor(selectors);
}

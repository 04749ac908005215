/**
 * Punctuation the press puts inside a name of several words. A mention spans the name
 * from its first letter to the quote that closes an inner one; quotes around the
 * whole name stay outside the span. Quotes are folded to `"` before matching.
 */
export const quotesInsideNames = {
  /** Folded units read as part of the space they follow, inside a name. */
  units: ['"'],
  examples: ['عصائب "أهل الحق"', 'كتائب "سيد الشهداء"'],
} as const;

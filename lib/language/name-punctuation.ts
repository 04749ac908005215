/**
 * Punctuation the press puts inside a name of several words. A mention spans the name
 * from its first letter to the quote or bracket that closes an inner one; quotes
 * around the whole name stay outside the span. Quotes are folded to `"` before
 * matching.
 */
export const quotesInsideNames = {
  /** Folded units read as part of the space they follow, inside a name; each is closed by the unit of the same index in `closers`, right after the name. */
  units: ['"', '('],
  closers: ['"', ')'],
  examples: ['عصائب "أهل الحق"', 'كتائب "سيد الشهداء"'],
  /** Brackets around the name's second part, as the press writes it (seen on https://ngmisr.com/world-news/; our example). */
  bracketExamples: ['كتائب (سيد الشهداء)'],
  /**
   * One word the inner quote may take in after the name, before it closes: an adjective
   * of relation, with the article (folded), as in «كتائب "حزب الله العراقي"» (seen twice at
   * https://albaghdadia.com/gharat-2merket-al-mqrat-ktab-hzb-allh-fe-alaraq-osorea/). Not
   * another name («كتائب "حزب الله النجباء"»).
   */
  adjectiveInside: /^ال[\u0621-\u064a]{2,}(?:ي|يه)$/u,
  adjectiveExample: 'كتائب "حزب الله العراقي"',
} as const;

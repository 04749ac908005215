/**
 * Punctuation the Arabic press puts inside a multi-word name. A mention spans the
 * name from its first letter to its last, with what stands inside; quotes around the
 * whole name stay outside the span. Quotes are folded to `"` before matching.
 */
export interface InsideQuote {
  readonly name: string;
  /** Where the quote stands, given the space between two words of the name. */
  readonly form: (before: string, after: string) => string;
  readonly example: string;
}

export const insideQuotes: readonly InsideQuote[] = [
  { name: 'a quote opened after a word of the name', form: (a, b) => `${a} "${b}`, example: 'عصائب "أهل الحق"' },
  { name: 'a quote glued between two words', form: (a, b) => `${a}"${b}`, example: 'كتائب"حزب الله"' },
];

/**
 * The forms of a folded, single-spaced name with one quote inside it (none for a
 * one-word name). No quote is opened after words that only describe the name
 * (`isDescriptor`: «حركة "النجباء"», «قاعدة "حرير"»): there the quotes mark the name
 * proper, which the mention is.
 */
export function quotedInside(name: string, isDescriptor: (word: string) => boolean): string[] {
  const out: string[] = [];
  const words = name.split(' ');
  for (let i = 1; i < words.length; i++) {
    if (words.slice(0, i).every(isDescriptor)) continue;
    for (const q of insideQuotes) out.push(q.form(words.slice(0, i).join(' '), words.slice(i).join(' ')));
  }
  return out;
}

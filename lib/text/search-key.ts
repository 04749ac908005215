/**
 * What the two searches a reader types into compare: the popup's search of the
 * dataset (components/popup/search.ts) and the clip library's (lib/clips/search.ts).
 * Both fold text as the engine does (the fold is given: hamza seats, alef forms,
 * ى/ي, ة/ه, vowel marks, tatweel, Latin case and accents, hyphens) and drop the
 * article a reader may type or leave out, in Arabic and in Latin script alike:
 * «الأسد» / «أسد», "al-Asad" / "Asad". Both then match approximately (fuse.js
 * Bitap) with the same tolerance, so a typo finds the same names in both places.
 */

/** The Arabic article on a word of at least two more letters: «الأسد» → «أسد». */
const ARABIC_ARTICLE = /(^| )ال(?=\S{2,})/g;
/** The Latin transcription of the article, as a word of its own after folding ("al asad", "el asad"). */
const LATIN_ARTICLE = /(^| )(?:al|el)(?= \S{2,})/g;

/** Bitap threshold: the share of a typed phrase's letters that may be wrong. */
export const SEARCH_THRESHOLD = 0.34;

/** The key of `s` (a name, an alias or a query) for `fold`, the engine's fold. */
export function searchKey(fold: (s: string) => string, s: string): string {
  return fold(s).replace(ARABIC_ARTICLE, '$1').replace(LATIN_ARTICLE, '$1').replace(/ {2,}/g, ' ').trim();
}

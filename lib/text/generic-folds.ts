/**
 * Script-independent folds applied before matching, as data. Arabic-specific folds
 * live in `lib/language/ar/letters.ts`.
 */

/**
 * Every kind of quotation mark becomes ASCII `"`, so one rule recognises quotes. The
 * slash is one too: the Syrian agency SANA, and the many sites that copy it, write
 * names between slashes («في مدينة /الشدادي/», «قاعدة /خراب الجير/», copied at
 * https://darelhilal.com/News/2136226.aspx); elsewhere a slash between words or digits
 * («حزيران/يونيو», 2024/01/05) quotes nothing and changes no match.
 */
export const quoteMarks = '"\'«»“”„‟‘’‚‛‹›❝❞❛❜＂＇`´ʼʻ〝〞/';

/** Dashes and hyphens separate words like a space does («Al-Asad» = «Al Asad»). */
export const dashes = '-‐‑‒–—―⁃﹣－';

/**
 * Underscores separate words like a space does: hashtags join a name's words with
 * them («#عين_الأسد», «#قاعدة_حرير», "#Tower_22").
 */
export const underscores = '_＿';

/**
 * Invisible format characters, dropped: zero-width (non-)joiners and spaces, bidi
 * controls, soft hyphen, byte-order mark, Arabic letter mark, word joiner.
 */
export const formatControls: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad],
  [0x061c, 0x061c],
  [0x180e, 0x180e],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2064],
  [0x2066, 0x206f],
  [0xfeff, 0xfeff],
];

/**
 * Ranges whose characters are replaced by their compatibility decomposition (NFKC):
 * Arabic presentation forms (ﻻ → لا, ﷲ → الله), Latin ligatures (ﬁ → fi),
 * full-width forms (Ａ → A).
 */
export const compatibilityRanges: readonly (readonly [number, number])[] = [
  [0xfb00, 0xfb06],
  [0xfb50, 0xfdff],
  [0xfe70, 0xfefe],
  [0xff01, 0xff5e],
];

/** Ranges where letters lose case and accents (é → e, Ä → a, İ → i). */
export const caseFoldRanges: readonly (readonly [number, number])[] = [
  [0x0041, 0x024f],
  [0x0370, 0x052f],
  [0x1e00, 0x1fff],
];

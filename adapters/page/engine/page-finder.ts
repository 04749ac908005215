/**
 * The mention engine as content scripts and extension pages build it: exactly
 * `createMentionFinder` of lib/mentions.ts, except that the fold table is decoded
 * from folds.generated.json instead of being built (see fold-table-codec.ts).
 * tests/page/page-finder.test.ts checks both against lib/ on the seed articles.
 */
import type { GazetteerEntry } from '@/lib/gazetteer/types';
import { createArabicRules } from '@/lib/language/ar';
import { createLatinRules } from '@/lib/language/latin';
import { compileLexicon } from '@/lib/engine/lexicon';
import { MentionFinder } from '@/lib/engine/mention-finder';
import { nearMissPolicy } from '@/lib/mentions';
import { Normalizer } from '@/lib/text/normalize';
import { decodeFoldTable, type EncodedFoldTable } from './fold-table-codec';
import folds from './folds.generated.json';

let shared: Normalizer | undefined;

/** The normaliser of lib/mentions.ts, from the precompiled table; built once per context. */
export function pageNormalizer(): Normalizer {
  return (shared ??= new Normalizer(decodeFoldTable(folds as unknown as EncodedFoldTable)));
}

/** Compiles `entries` (about 15–35 ms for the shipped gazetteer in a page). */
export function createPageFinder(entries: readonly GazetteerEntry[]): MentionFinder {
  const norm = pageNormalizer();
  const fold = (s: string) => norm.fold(s);
  const lexicon = compileLexicon(entries, {
    fold,
    scripts: { ar: createArabicRules(fold), en: createLatinRules(fold) },
    nearMissMinLetters: nearMissPolicy.minLetters,
    nearMissLang: 'ar',
  });
  return new MentionFinder(lexicon, norm, nearMissPolicy);
}

/**
 * The mention engine as the product uses it: Arabic and English rules, the shared
 * folding table, and a gazetteer. Runs unchanged in Node, the CLI, the tests and
 * every extension context.
 */
import type { GazetteerEntry } from './gazetteer/types';
import { arabicFolds, createArabicRules } from './language/ar';
import { createLatinRules } from './language/latin';
import { quotesInsideNames } from './language/name-punctuation';
import { compileLexiconSteps } from './engine/lexicon';
import { MentionFinder } from './engine/mention-finder';
import { runSteps, type Steps } from './engine/steps';
import type { NearMissPolicy } from './engine/near-miss';
import { buildFoldTable } from './text/fold-table';
import { Normalizer } from './text/normalize';

export type { Mention, EntityRef } from './engine/mention';
export { MentionFinder } from './engine/mention-finder';
export { runSteps, type Steps } from './engine/steps';

/** Near-misses: names of 5+ letters may be one edit off, names of 9+ letters two. */
export const nearMissPolicy: NearMissPolicy = { minLetters: 5, twoEditsFrom: 9 };

let shared: Normalizer | undefined;

/** The normaliser for Arabic and Latin text; its tables are built once per context. */
export function normalizer(): Normalizer {
  return (shared ??= new Normalizer(buildFoldTable(arabicFolds)));
}

/**
 * Compiles `entries` into a finder. `norm` defaults to this context's normaliser;
 * content scripts pass one whose table was decoded instead of built (same folds).
 */
export function createMentionFinder(entries: readonly GazetteerEntry[], norm: Normalizer = normalizer()): MentionFinder {
  return runSteps(mentionFinderSteps(entries, norm));
}

/** `createMentionFinder` in steps (see engine/steps.ts), for a caller that must not block for long. */
export function* mentionFinderSteps(entries: readonly GazetteerEntry[], norm: Normalizer = normalizer()): Steps<MentionFinder> {
  const fold = (s: string) => norm.fold(s);
  const lexicon = yield* compileLexiconSteps(entries, {
    fold,
    scripts: { ar: createArabicRules(fold), en: createLatinRules(fold) },
    nearMissMinLetters: nearMissPolicy.minLetters,
    nearMissLang: 'ar',
    skippedAfterSpace: quotesInsideNames.units,
  });
  return new MentionFinder(lexicon, norm, nearMissPolicy);
}

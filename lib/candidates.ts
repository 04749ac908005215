/**
 * The radar for groups not in the data yet, as the product uses it: the Arabic and
 * English cue sets over the shared normaliser. Pure; runs in Node and in every
 * extension context.
 */
import { arabicCandidateCues } from './language/ar/candidate-cues';
import { latinCandidateCues } from './language/latin/candidate-cues';
import { compileCueSet } from './engine/candidate-rules';
import { CandidateFinder } from './engine/candidates';
import { normalizer } from './mentions';
import type { Normalizer } from './text/normalize';

export type { Candidate, TextSpan } from './engine/candidates';
export { CandidateFinder } from './engine/candidates';

/** A finder of candidate group names; `norm` as for `createMentionFinder`. */
export function createCandidateFinder(norm: Normalizer = normalizer()): CandidateFinder {
  const fold = (s: string) => norm.fold(s);
  return new CandidateFinder([compileCueSet(arabicCandidateCues, fold), compileCueSet(latinCandidateCues, fold)], norm);
}

import { boundedEditDistance } from './edit-distance';
import type { NearMissTarget } from './lexicon';

/**
 * How far a misspelt name may be from a known one: nothing below `minLetters`, one
 * edit from `minLetters`, two from `twoEditsFrom` letters (spaces not counted).
 */
export interface NearMissPolicy {
  readonly minLetters: number;
  readonly twoEditsFrom: number;
}

export interface NearMiss {
  readonly entity: number;
  readonly score: number;
}

/**
 * The known name `phrase` (folded, words separated by one space) is a near miss of,
 * if any: the closest target at a distance of at least 1 within the policy's bound,
 * ties going to the first target. `score` is 1 − distance / longer length.
 */
export function nearestName(phrase: string, targets: readonly NearMissTarget[], policy: NearMissPolicy): NearMiss | null {
  const letters = phrase.replaceAll(' ', '').length;
  if (letters < policy.minLetters) return null;
  const max = letters >= policy.twoEditsFrom ? 2 : 1;
  let best: NearMiss | null = null;
  let bestDistance = max + 1;
  for (const t of targets) {
    const d = boundedEditDistance(phrase, t.text, max);
    if (d === 0) return null; // an exact name: the automaton's business
    if (d < bestDistance) {
      bestDistance = d;
      best = { entity: t.entity, score: 1 - d / Math.max(phrase.length, t.text.length) };
    }
  }
  return best;
}

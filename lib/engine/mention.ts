import type { EntityKind } from '../gazetteer/types';

export interface EntityRef {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name_en: string;
  readonly name_ar: string;
}

/**
 * One mention of an entity in a text. `start`/`end` are UTF-16 offsets into the text
 * as given (end exclusive); the span covers the name without its proclitics, with the
 * vowel marks of its letters. `score` is 1 for an exact match and below 1 for a
 * near-miss (`match: 'fuzzy'`).
 */
export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly match: 'exact' | 'fuzzy';
  readonly score: number;
  readonly entity: EntityRef;
}

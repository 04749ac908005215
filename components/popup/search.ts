/**
 * Searching the whole dataset from the popup: fuse.js over every entity's names
 * and aliases, Arabic and English, folded like the engine folds text (hamza
 * seats, alef forms, ى/ي, ة/ه, vowel marks, tatweel, case, accents), and
 * tolerant of a typo or two. Pure: the fold function is given.
 */
import Fuse from 'fuse.js';
import type { EntitySummary } from '@/lib/dataset/summary';
import { searchKey, SEARCH_THRESHOLD } from '@/lib/text/search-key';

export interface SearchDoc {
  readonly id: string;
  readonly kind: EntitySummary['kind'];
  readonly name_ar: string;
  readonly name_en: string;
  readonly incident_count: number;
  /** Folded names and aliases: what is searched. */
  readonly keys: readonly string[];
}

export interface DatasetSearch {
  search(query: string, limit?: number): SearchDoc[];
}

export function createDatasetSearch(summaries: Readonly<Record<string, EntitySummary>>, fold: (s: string) => string): DatasetSearch {
  // The clip library keys and matches names the same way (lib/text/search-key.ts).
  const key = (s: string) => searchKey(fold, s);
  const docs: SearchDoc[] = Object.values(summaries).map((s) => ({
    id: s.id,
    kind: s.kind,
    name_ar: s.name_ar,
    name_en: s.name_en,
    incident_count: s.incident_count,
    keys: [...new Set([s.name_ar, s.name_en, ...s.aliases].map(key).filter((k) => k.length > 0))],
  }));
  const fuse = new Fuse(docs, { keys: ['keys'], threshold: SEARCH_THRESHOLD, ignoreLocation: true, includeScore: true, minMatchCharLength: 2 });
  return {
    search(query, limit = 12) {
      const q = key(query);
      if (q.length < 2) return [];
      return fuse.search(q, { limit }).map((r) => r.item);
    },
  };
}

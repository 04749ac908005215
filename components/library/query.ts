/**
 * What the library shows: the clips matching the search (lib/clips ClipIndex:
 * fuse.js over titles, text, notes, tags and entity names, Arabic-folded and
 * typo-tolerant) and the filters (entity, site, tag, capture date), in the chosen
 * order; and the choices the filters offer. Pure: no DOM, no `browser`.
 */
import type { ClipIndex } from '@/lib/clips/search';
import type { Clip } from '@/lib/clips/types';

export type LibrarySort = 'relevance' | 'captured-desc' | 'captured-asc' | 'title' | 'site';

export interface LibraryQuery {
  readonly text: string;
  readonly sort: LibrarySort;
  /** Entity id; '' for any. */
  readonly entity: string;
  readonly site: string;
  readonly tag: string;
  /** Capture day bounds, YYYY-MM-DD, inclusive; '' for open. */
  readonly from: string;
  readonly to: string;
}

export const noQuery: LibraryQuery = { text: '', sort: 'relevance', entity: '', site: '', tag: '', from: '', to: '' };

export interface EntityChoice {
  readonly id: string;
  readonly kind: 'base' | 'militia';
  readonly name_ar: string;
  readonly name_en: string;
  /** Clips mentioning it. */
  readonly clips: number;
}

export interface Facets {
  readonly entities: readonly EntityChoice[];
  readonly sites: readonly string[];
  readonly tags: readonly string[];
}

/** The entities, sites and tags of `clips`, for the filters: entities by clip count, the others alphabetically. */
export function facetsOf(clips: readonly Clip[], locale: string): Facets {
  const entities = new Map<string, { id: string; kind: 'base' | 'militia'; name_ar: string; name_en: string; clips: number }>();
  const sites = new Set<string>();
  const tags = new Set<string>();
  for (const c of clips) {
    if (c.site) sites.add(c.site);
    for (const tag of c.tags) tags.add(tag);
    for (const id of new Set(c.mentions.map((m) => m.entity.id))) {
      const e = c.mentions.find((m) => m.entity.id === id)!.entity;
      const seen = entities.get(id);
      if (seen) seen.clips++;
      else entities.set(id, { ...e, clips: 1 });
    }
  }
  const collator = new Intl.Collator(locale);
  return {
    entities: [...entities.values()].sort((a, b) => b.clips - a.clips || collator.compare(a.name_en, b.name_en)),
    sites: [...sites].sort(collator.compare),
    tags: [...tags].sort(collator.compare),
  };
}

/**
 * The clips to show: those matching every word of the search (best match first,
 * unless another order is chosen) and every filter set.
 */
export function queryClips(clips: readonly Clip[], index: ClipIndex, q: LibraryQuery, locale: string): Clip[] {
  const searching = q.text.trim() !== '';
  const found = searching ? index.search(q.text, clips.length).map((h) => h.clip) : [...clips];
  const day = (c: Clip) => c.captured_at.slice(0, 10);
  const shown = found.filter((c) =>
    (q.entity === '' || c.mentions.some((m) => m.entity.id === q.entity))
    && (q.site === '' || c.site === q.site)
    && (q.tag === '' || c.tags.includes(q.tag))
    && (q.from === '' || day(c) >= q.from)
    && (q.to === '' || day(c) <= q.to));
  const collator = new Intl.Collator(locale);
  const newest = (a: Clip, b: Clip) => (a.captured_at < b.captured_at ? 1 : a.captured_at > b.captured_at ? -1 : a.id < b.id ? -1 : 1);
  switch (q.sort) {
    case 'relevance':
      return searching ? shown : shown.sort(newest);
    case 'captured-desc':
      return shown.sort(newest);
    case 'captured-asc':
      return shown.sort((a, b) => newest(b, a));
    case 'title':
      return shown.sort((a, b) => collator.compare(a.title, b.title) || newest(a, b));
    case 'site':
      return shown.sort((a, b) => collator.compare(a.site ?? '', b.site ?? '') || newest(a, b));
  }
}

/** Tags as typed in the edit form: separated by commas (Latin or Arabic «،») or new lines. */
export const parseTags = (s: string): string[] => s.split(/[,،\n]/).map((t) => t.trim()).filter((t) => t !== '');

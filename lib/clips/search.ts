/**
 * The clip library's search: fuse.js over titles, text, notes, tags and the names
 * of the entities mentioned. Every field and the query are folded with the
 * engine's normaliser (lib/mentions.ts: diacritics, hamza seats, alef forms, ى/ي,
 * ة/ه, Latin case and accents), then matched approximately (Bitap), so a typo or a
 * spelling variant still finds the clip.
 *
 * A query of several words finds the clips that match every word, each in any
 * field (fuse.js logical query: $and of $or).
 */
import Fuse, { type Expression, type FuseOptionKey } from 'fuse.js';
import { normalizer } from '../mentions';
import type { Clip } from './types';

export interface ClipHit {
  readonly clip: Clip;
  /** fuse.js score: 0 is a perfect match, 1 no match. */
  readonly score: number;
}

export interface ClipIndexOptions {
  /** More names to find an entity by (its aliases in the current gazetteer), by entity id. */
  readonly names?: (entityId: string) => readonly string[];
  /** Bitap threshold: the share of a word's letters that may be wrong (default 0.3). */
  readonly threshold?: number;
}

interface ClipDoc {
  readonly id: string;
  readonly title: string;
  readonly entities: readonly string[];
  readonly tags: readonly string[];
  readonly notes: string;
  readonly text: string;
}

const KEYS: FuseOptionKey<ClipDoc>[] = [
  { name: 'title', weight: 3 },
  { name: 'entities', weight: 3 },
  { name: 'tags', weight: 2 },
  { name: 'notes', weight: 2 },
  { name: 'text', weight: 1 },
];
const FIELDS = ['title', 'entities', 'tags', 'notes', 'text'] as const;

const fold = (s: string) => normalizer().fold(s);

export class ClipIndex {
  private readonly clips = new Map<string, Clip>();
  private readonly fuse: Fuse<ClipDoc>;

  constructor(clips: readonly Clip[], private readonly options: ClipIndexOptions = {}) {
    for (const c of clips) this.clips.set(c.id, c);
    this.fuse = new Fuse([...this.clips.values()].map((c) => this.docOf(c)), {
      keys: KEYS,
      includeScore: true,
      // Long texts: a word counts wherever it is, and a long field is not penalised.
      ignoreLocation: true,
      ignoreFieldNorm: true,
      threshold: options.threshold ?? 0.3,
      minMatchCharLength: 2,
    });
  }

  get size(): number {
    return this.clips.size;
  }

  /** Adds a clip, or replaces the clip with its id. */
  put(clip: Clip): void {
    this.remove(clip.id);
    this.clips.set(clip.id, clip);
    this.fuse.add(this.docOf(clip));
  }

  remove(id: string): void {
    if (!this.clips.delete(id)) return;
    this.fuse.remove((d) => d.id === id);
  }

  /**
   * Clips matching every word of `query`, best first, at most `limit`. A blank
   * query lists every clip, newest capture first, with score 0.
   */
  search(query: string, limit = 50): ClipHit[] {
    const words = fold(query).split(' ').filter((w) => w !== '');
    if (words.length === 0) {
      return [...this.clips.values()].sort((a, b) => (a.captured_at < b.captured_at ? 1 : a.captured_at > b.captured_at ? -1 : 0)).slice(0, limit).map((clip) => ({ clip, score: 0 }));
    }
    const expression: Expression = { $and: words.map((w) => ({ $or: FIELDS.map((f) => ({ [f]: w })) })) };
    return this.fuse.search(expression, { limit }).map((r) => ({ clip: this.clips.get(r.item.id)!, score: r.score ?? 0 }));
  }

  private docOf(c: Clip): ClipDoc {
    const names = new Set<string>();
    for (const m of c.mentions) {
      for (const n of [m.entity.name_en, m.entity.name_ar, m.entity.id.replace(/-/g, ' '), m.exact, ...(this.options.names?.(m.entity.id) ?? [])]) names.add(fold(n));
    }
    return { id: c.id, title: fold(c.title), entities: [...names], tags: c.tags.map(fold), notes: fold(c.notes), text: fold(c.text) };
  }
}

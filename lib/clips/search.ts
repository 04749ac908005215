/**
 * The clip library's search: fuse.js over titles, text, notes, tags and the names
 * of the entities mentioned. Every field and the query are keyed as the popup's
 * search keys names (lib/text/search-key.ts: the engine's fold, without the Arabic
 * or Latin article), then matched approximately (Bitap), so a typo or a spelling
 * variant finds the clip in English as in Arabic.
 *
 * A clip is found when it matches every word of the query, each in any field
 * (fuse.js logical query: $and of $or; a word may be wrong by `threshold`), or
 * when the whole query is the name of an entity it mentions, matched as the popup
 * matches names (SEARCH_THRESHOLD): "Ain al Asd" finds Ain al-Asad although "asd"
 * alone is too short to be a typo of "asad".
 */
import Fuse, { type Expression, type FuseOptionKey } from 'fuse.js';
import { normalizer } from '../mentions';
import { searchKey, SEARCH_THRESHOLD } from '../text/search-key';
import type { Clip } from './types';

export interface ClipHit {
  readonly clip: Clip;
  /** fuse.js score: 0 is a perfect match, 1 no match. */
  readonly score: number;
}

export interface ClipIndexOptions {
  /** More names to find an entity by (its aliases in the current gazetteer), by entity id. */
  readonly names?: (entityId: string) => readonly string[];
  /** Bitap threshold for each word: the share of its letters that may be wrong (default 0.3). */
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

const fold = (s: string) => searchKey((x) => normalizer().fold(x), s);

export class ClipIndex {
  private readonly clips = new Map<string, Clip>();
  private readonly fuse: Fuse<ClipDoc>;
  /** The whole query against the entity names, as the popup's search. */
  private readonly names: Fuse<ClipDoc>;

  constructor(clips: readonly Clip[], private readonly options: ClipIndexOptions = {}) {
    for (const c of clips) this.clips.set(c.id, c);
    const docs = [...this.clips.values()].map((c) => this.docOf(c));
    this.names = new Fuse(docs, { keys: ['entities'], includeScore: true, ignoreLocation: true, threshold: SEARCH_THRESHOLD, minMatchCharLength: 2 });
    this.fuse = new Fuse(docs, {
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
    const doc = this.docOf(clip);
    this.fuse.add(doc);
    this.names.add(doc);
  }

  remove(id: string): void {
    if (!this.clips.delete(id)) return;
    this.fuse.remove((d) => d.id === id);
    this.names.remove((d) => d.id === id);
  }

  /**
   * Clips matching every word of `query`, or mentioning an entity named so, best first, at most `limit`. A blank
   * query lists every clip, newest capture first, with score 0.
   */
  search(query: string, limit = 50): ClipHit[] {
    const words = fold(query).split(' ').filter((w) => w !== '');
    if (words.length === 0) {
      return [...this.clips.values()].sort((a, b) => (a.captured_at < b.captured_at ? 1 : a.captured_at > b.captured_at ? -1 : 0)).slice(0, limit).map((clip) => ({ clip, score: 0 }));
    }
    const expression: Expression = { $and: words.map((w) => ({ $or: FIELDS.map((f) => ({ [f]: w })) })) };
    const best = new Map<string, number>();
    for (const r of [...this.fuse.search(expression, { limit }), ...(words.length > 1 ? this.names.search(words.join(' '), { limit }) : [])]) {
      const score = r.score ?? 0;
      if (!best.has(r.item.id) || score < best.get(r.item.id)!) best.set(r.item.id, score);
    }
    return [...best].sort((a, b) => a[1] - b[1]).slice(0, limit).map(([id, score]) => ({ clip: this.clips.get(id)!, score }));
  }

  private docOf(c: Clip): ClipDoc {
    const names = new Set<string>();
    for (const m of c.mentions) {
      for (const n of [m.entity.name_en, m.entity.name_ar, m.entity.id.replace(/-/g, ' '), m.exact, ...(this.options.names?.(m.entity.id) ?? [])]) names.add(fold(n));
    }
    return { id: c.id, title: fold(c.title), entities: [...names], tags: c.tags.map(fold), notes: fold(c.notes), text: fold(c.text) };
  }
}

/**
 * Merging imported clips into the library, by id: a pure plan the Dexie side
 * applies in one transaction (`bulkPut(plan.put)`), so an import is all or nothing.
 *
 * - an id not in the library: added;
 * - an id in the library with an older `updated_at`: replaced (updated), and
 *   named in the plan so the analyst is told which clips changed;
 * - the same clip: unchanged;
 * - otherwise (same or newer `updated_at` in the library, different content): the
 *   library's clip is kept and named (kept) — on a tie the library wins, so
 *   re-importing a backup never overwrites edits made since with the same
 *   timestamp. No import replaces a clip without saying so.
 */
import type { Clip } from '../clips/types';

export interface MergePlan {
  /** The clips to write: the added and the updated, in the order imported. */
  readonly put: Clip[];
  readonly added: string[];
  /** Library clips replaced by the file's newer version. */
  readonly updated: string[];
  /** Identical in the library and the file. */
  readonly unchanged: string[];
  /** The file's version not imported: the library's is newer (or as new and different). */
  readonly kept: string[];
}

/** The clip as JSON with its keys sorted: equal for equal clips whatever their key order. */
const canonical = (clip: Clip): string => JSON.stringify(clip, (_, value: unknown) => (value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1))) : value));

export function mergeClips(library: readonly Clip[], incoming: readonly Clip[]): MergePlan {
  const existing = new Map(library.map((c) => [c.id, c]));
  const plan: MergePlan = { put: [], added: [], updated: [], unchanged: [], kept: [] };
  for (const clip of incoming) {
    const old = existing.get(clip.id);
    if (!old) plan.added.push(clip.id);
    else if (old.updated_at < clip.updated_at) plan.updated.push(clip.id);
    else {
      (canonical(old) === canonical(clip) ? plan.unchanged : plan.kept).push(clip.id);
      continue;
    }
    plan.put.push(clip);
    existing.set(clip.id, clip);
  }
  return plan;
}

/**
 * Merging imported clips into the library, by id: a pure plan the Dexie side
 * applies in one transaction (`bulkPut(plan.put)`), so an import is all or nothing.
 *
 * - an id not in the library: added;
 * - an id in the library with an older `updated_at`: replaced (updated);
 * - otherwise (same or newer `updated_at` in the library): the library's clip is
 *   kept (unchanged) — on a tie the library wins, so re-importing a backup never
 *   overwrites edits made since with the same timestamp.
 */
import type { Clip } from '../clips/types';

export interface MergePlan {
  /** The clips to write: the added and the updated, in the order imported. */
  readonly put: Clip[];
  readonly added: string[];
  readonly updated: string[];
  readonly unchanged: string[];
}

export function mergeClips(library: readonly Clip[], incoming: readonly Clip[]): MergePlan {
  const existing = new Map(library.map((c) => [c.id, c]));
  const plan: MergePlan = { put: [], added: [], updated: [], unchanged: [] };
  for (const clip of incoming) {
    const old = existing.get(clip.id);
    if (!old) plan.added.push(clip.id);
    else if (old.updated_at < clip.updated_at) plan.updated.push(clip.id);
    else {
      plan.unchanged.push(clip.id);
      continue;
    }
    plan.put.push(clip);
    existing.set(clip.id, clip);
  }
  return plan;
}

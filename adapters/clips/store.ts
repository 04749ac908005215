/**
 * The saved clips in the extension's database (the `clips` table of
 * adapters/dataset/db.ts). Used by the background (saving from a page, finding a
 * page's clips) and by the library page, which opens the same database.
 *
 * Contracts:
 * - Every clip written is a valid Clip (lib/clips/types.ts): the functions here
 *   write only what createClip, editClip or the import parser produced.
 * - Rows are the clip plus `entity_ids` (indexed); reads return the clip without it.
 *   Rows that are not clips (written by development builds before schema 3) are
 *   kept in the table but never returned.
 * - An import is one read-write transaction over `clips` only: every clip of the
 *   plan is written, or (on any error) none is.
 * - Nothing here touches the dataset's tables, and the dataset's writers never
 *   touch this one.
 */
import * as v from 'valibot';
import { editClip } from '@/lib/clips/create';
import { ClipSchema, type Clip } from '@/lib/clips/types';
import { mergeClips, parseClipExport } from '@/lib/import';
import { entityIdsOf, type ClipRow, type DatasetDb } from '../dataset/db';

/** A clip an import named: the library's copy replaced by the file's newer one, or kept because it is newer. */
export interface NamedClip {
  readonly id: string;
  readonly title: string;
  readonly updated_at: string;
}

/**
 * What an import did. `replaced`: library clips the file's newer versions replaced
 * (as they were); `kept`: clips of the file not imported because the library's are
 * newer. Both are shown to the analyst: an import never replaces a clip silently.
 * (Optional for stand-in libraries in tests; importClips always sets them.)
 */
export type ImportReport =
  | { ok: true; added: number; updated: number; unchanged: number; replaced?: NamedClip[]; kept?: NamedClip[] }
  | { ok: false; error: string };

const named = (c: Clip): NamedClip => ({ id: c.id, title: c.title, updated_at: c.updated_at });

const rowOf = (clip: Clip): ClipRow => ({ ...clip, entity_ids: entityIdsOf(clip.mentions) });

/** The clip of a row; null for a row that is not a clip. */
function clipOf(row: ClipRow | undefined): Clip | null {
  if (!row || typeof row.text_sha256 !== 'string' || !Array.isArray(row.mentions)) return null;
  const { entity_ids: _, ...clip } = row;
  return clip as unknown as Clip;
}

const clipsOf = (rows: readonly ClipRow[]) => rows.map(clipOf).filter((c): c is Clip => c !== null);

/** Adds or replaces `clip` (by id). */
export async function putClip(db: DatasetDb, clip: Clip): Promise<void> {
  await db.clips.put(rowOf(clip));
}

export async function getClip(db: DatasetDb, id: string): Promise<Clip | null> {
  return clipOf(await db.clips.get(id));
}

/** Every clip, newest capture first (then by id). */
export async function listClips(db: DatasetDb): Promise<Clip[]> {
  const rows = await db.clips.orderBy('captured_at').reverse().toArray();
  return clipsOf(rows);
}

/**
 * The clips of a page: those whose URL or canonical URL is one of `urls` (the
 * page's address and its canonical URL; fragments are not part of a page and must
 * be removed by the caller). Oldest first, each once.
 */
export async function clipsForPage(db: DatasetDb, urls: readonly string[]): Promise<Clip[]> {
  const keys = [...new Set(urls.filter((u) => typeof u === 'string' && u !== ''))];
  if (keys.length === 0) return [];
  const rows = await db.transaction('r', db.clips, async () => [
    ...(await db.clips.where('url').anyOf(keys).toArray()),
    ...(await db.clips.where('canonical_url').anyOf(keys).toArray()),
  ]);
  const byId = new Map(clipsOf(rows).map((c) => [c.id, c]));
  return [...byId.values()].sort((a, b) => (a.captured_at < b.captured_at ? -1 : a.captured_at > b.captured_at ? 1 : 0));
}

/**
 * New notes and/or tags for the clip `id` (editClip: tags normalised, `updated_at`
 * now). @throws {RangeError} if there is no such clip or the change breaks a limit.
 */
export async function updateClip(db: DatasetDb, id: string, changes: { readonly notes?: string; readonly tags?: readonly string[] }, now = new Date()): Promise<Clip> {
  return db.transaction('rw', db.clips, async () => {
    const clip = clipOf(await db.clips.get(id));
    if (!clip) throw new RangeError(`no clip with id ${JSON.stringify(id)}`);
    const edited = editClip(clip, changes, now);
    await db.clips.put(rowOf(edited));
    return edited;
  });
}

/** Deletes the clip `id`; returns it (for an undo), or null if there was none. */
export async function deleteClip(db: DatasetDb, id: string): Promise<Clip | null> {
  return db.transaction('rw', db.clips, async () => {
    const clip = clipOf(await db.clips.get(id));
    if (clip) await db.clips.delete(id);
    return clip;
  });
}

/**
 * Undoes a deletion: puts `clip` back unless a clip with its id exists again (a
 * newer one wins). False when it was not put back.
 * @throws {RangeError} if `clip` is not a valid Clip.
 */
export async function restoreClip(db: DatasetDb, clip: Clip): Promise<boolean> {
  const r = v.safeParse(ClipSchema, clip);
  if (!r.success) throw new RangeError(`not a clip: ${r.issues[0].message}`);
  return db.transaction('rw', db.clips, async () => {
    if (await db.clips.get(clip.id)) return false;
    await db.clips.add(rowOf(r.output));
    return true;
  });
}

/**
 * Imports a JSON export (lib/import): validated as a whole first, then merged by id
 * in one transaction. A refused file or a failed write changes nothing.
 */
export async function importClips(db: DatasetDb, text: string): Promise<ImportReport> {
  // Parsing hashes every text (WebCrypto): done before the transaction, which
  // IndexedDB would otherwise commit while it waits.
  const parsed = await parseClipExport(text);
  if (!parsed.ok) return parsed;
  try {
    return await db.transaction('rw', db.clips, async () => {
      const existing = await db.clips.bulkGet(parsed.clips.map((c) => c.id));
      const library = new Map(clipsOf(existing.filter((r): r is ClipRow => r !== undefined)).map((c) => [c.id, c]));
      const plan = mergeClips([...library.values()], parsed.clips);
      await db.clips.bulkPut(plan.put.map(rowOf));
      const ofLibrary = (ids: readonly string[]) => ids.map((id) => named(library.get(id)!));
      return { ok: true as const, added: plan.added.length, updated: plan.updated.length, unchanged: plan.unchanged.length, replaced: ofLibrary(plan.updated), kept: ofLibrary(plan.kept) };
    });
  } catch (e) {
    return { ok: false, error: `The clips could not be stored, nothing was imported (${e instanceof Error ? e.message : String(e)}).` };
  }
}

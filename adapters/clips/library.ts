/**
 * The clip library's access to the clips, for the library page and the side panel
 * (extension pages, which open the extension's database themselves: no message
 * round trip, no size limit on what is listed or imported). Every write tells the
 * other open extension pages and the background (`clips/changed`), which then
 * publishes which pages have clips (clipped-pages.ts); the background writes only
 * when a page saves a clip, and does both too.
 */
import type { Clip } from '@/lib/clips/types';
import type { ExportDataset } from '@/lib/export/common';
import { openDatasetDb, type DatasetDb } from '../dataset/db';
import { readDataset } from '../dataset/store';
import { notify, onNotice } from '@/adapters/messaging';
import { deleteClip, importClips, listClips, restoreClip, updateClip, type ImportReport } from './store';

export interface ClipLibraryApi {
  /** Every clip, newest capture first. */
  list(): Promise<Clip[]>;
  /** @throws {RangeError} as store.updateClip. */
  update(id: string, changes: { readonly notes?: string; readonly tags?: readonly string[] }): Promise<Clip>;
  /** Deletes; resolves with the clip deleted (kept by the page for its undo), or null. */
  remove(id: string): Promise<Clip | null>;
  restore(clip: Clip): Promise<boolean>;
  importText(text: string): Promise<ImportReport>;
  /** The installed dataset (coordinates, incidents, aliases), or null before the first install. */
  dataset(): Promise<ExportDataset | null>;
  /** Calls `listener` when another context changed the clips; returns what stops it. */
  onChanged(listener: () => void): () => void;
}

/**
 * Asks the browser to keep the extension's storage under pressure (the clips are
 * the analyst's own work); the extension holds no `unlimitedStorage`. Best effort:
 * persist() exists in pages, not workers, and a browser may say no.
 */
export function askPersistentStorage(storage: { persist?: () => Promise<boolean> } | undefined = globalThis.navigator?.storage): void {
  storage?.persist?.().catch(() => false);
}

export function databaseLibrary(db: DatasetDb = openDatasetDb(), notifyChanged: () => void = () => notify('clips/changed')): ClipLibraryApi {
  askPersistentStorage();
  const changed = async <T>(write: Promise<T>): Promise<T> => {
    const r = await write;
    notifyChanged();
    return r;
  };
  return {
    list: () => listClips(db),
    update: (id, changes) => changed(updateClip(db, id, changes)),
    remove: (id) => changed(deleteClip(db, id)),
    restore: (clip) => changed(restoreClip(db, clip)),
    importText: (text) => changed(importClips(db, text)),
    dataset: () => readDataset(db),
    onChanged: (listener) => onNotice('clips/changed', listener),
  };
}

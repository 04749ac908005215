/**
 * The keys of the pages that have clips (lib/clips/page-keys.ts), published in
 * `storage.local` by whoever writes clips (the background when a page saves one,
 * the library when it edits, deletes, restores or imports), and read by content
 * scripts, which then ask the background only on a page that has clips.
 */
import { browser } from 'wxt/browser';
import { pageKey, pageKeys } from '@/lib/clips/page-keys';
import type { DatasetDb } from '../dataset/db';

export const CLIPPED_PAGES_KEY = 'clippedPages';

interface StoredKeys {
  readonly version: 1;
  readonly keys: readonly string[];
}

type LocalStorage = Pick<typeof browser.storage.local, 'get' | 'set'>;

/** Writes the keys of every clip's URL and canonical URL (read from the indexes, not the clips). */
export async function publishClippedPages(db: DatasetDb, storage: LocalStorage = browser.storage.local): Promise<void> {
  const [urls, canonical] = await db.transaction('r', db.clips, () => Promise.all([db.clips.orderBy('url').uniqueKeys(), db.clips.orderBy('canonical_url').uniqueKeys()]));
  const addresses = [...urls, ...canonical].filter((k): k is string => typeof k === 'string');
  const value: StoredKeys = { version: 1, keys: pageKeys(addresses) };
  await storage.set({ [CLIPPED_PAGES_KEY]: value });
}

/**
 * Whether a page with these addresses may have clips: true if one of their keys is
 * published, and also when nothing (or something unreadable) is published: then
 * only the background knows.
 */
export async function mayHaveClips(addresses: readonly string[], storage: LocalStorage = browser.storage.local): Promise<boolean> {
  try {
    const stored = (await storage.get(CLIPPED_PAGES_KEY))[CLIPPED_PAGES_KEY] as Partial<StoredKeys> | undefined;
    if (!stored || stored.version !== 1 || !Array.isArray(stored.keys)) return true;
    const keys = new Set(stored.keys);
    return addresses.some((a) => keys.has(pageKey(a)));
  } catch {
    return true;
  }
}

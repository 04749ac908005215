/**
 * The keys of the pages that have clips (lib/clips/page-keys.ts), published in
 * `storage.local` by the background alone (after a page saves a clip, when the
 * library says the clips changed, and at every start), one publish at a time so
 * that an older list never overwrites a newer one; read by content scripts, which
 * then ask the background only on a page that has clips.
 */
import { browser } from 'wxt/browser';
import { pageKey, pageKeys } from '@/lib/clips/page-keys';
import type { DatasetDb } from '../dataset/db';

export const CLIPPED_PAGES_KEY = 'clippedPages';

interface StoredKeys {
  readonly version: 1;
  readonly keys: readonly string[];
}

type LocalStorage = Pick<typeof browser.storage.local, 'get' | 'set' | 'remove'>;

/** Writes the keys of every clip's URL and canonical URL (read from the indexes, not the clips). */
export async function publishClippedPages(db: DatasetDb, storage: LocalStorage = browser.storage.local): Promise<void> {
  const [urls, canonical] = await db.transaction('r', db.clips, () => Promise.all([db.clips.orderBy('url').uniqueKeys(), db.clips.orderBy('canonical_url').uniqueKeys()]));
  const addresses = [...urls, ...canonical].filter((k): k is string => typeof k === 'string');
  const value: StoredKeys = { version: 1, keys: pageKeys(addresses) };
  await storage.set({ [CLIPPED_PAGES_KEY]: value });
}

/**
 * The background's publisher: one publish at a time, and one more after it when
 * asked meanwhile (the clips changed after it read them). A publish that fails
 * removes the keys, so that pages ask the background rather than trust a stale
 * list. Resolves when what was asked for is published.
 */
export function clippedPagesPublisher(db: DatasetDb, storage: LocalStorage = browser.storage.local): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  const run = async () => {
    do {
      again = false;
      try {
        await publishClippedPages(db, storage);
      } catch (e) {
        console.warn('clipped pages:', e);
        await storage.remove(CLIPPED_PAGES_KEY).catch(() => undefined);
      }
    } while (again);
    running = null;
  };
  return () => {
    if (running) {
      again = true;
      return running;
    }
    return (running = run());
  };
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

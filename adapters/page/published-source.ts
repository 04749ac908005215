/**
 * The published dataset (lib/published.ts) as content scripts and the popup read
 * it: from `storage.local`, without waking the service worker. Until the background
 * has published it, ask it to (`{type: 'dataset/publish'}`) and wait for it to
 * appear in storage.
 */
import { browser } from 'wxt/browser';
import { ask } from '@/adapters/messaging';
import { PUBLISHED_KEY, type PublishedData } from '@/lib/published';

/** True if `v` has the shape of `PublishedData` (the background writes it; this only guards against an old or foreign value). */
export function isPublished(v: unknown): v is PublishedData {
  if (typeof v !== 'object' || v === null) return false;
  const p = v as Record<string, unknown>;
  return typeof p.version === 'string' && Array.isArray(p.gazetteer) && typeof p.summaries === 'object' && p.summaries !== null;
}

export async function readPublished(): Promise<PublishedData | null> {
  const got = await browser.storage.local.get(PUBLISHED_KEY);
  const v = got[PUBLISHED_KEY];
  return isPublished(v) ? v : null;
}

/** Calls `listener` with each newly published dataset; returns the unsubscribe function. */
export function onPublished(listener: (p: PublishedData) => void): () => void {
  const handle = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const v = area === 'local' ? changes[PUBLISHED_KEY]?.newValue : undefined;
    if (isPublished(v)) listener(v);
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}

/** The published dataset; asks the background to publish it if it is not there yet, and waits. */
export function loadPublished(): Promise<PublishedData> {
  return new Promise((resolve, reject) => {
    let done = false;
    const stop = onPublished((p) => finish(p));
    function finish(p: PublishedData) {
      if (done) return;
      done = true;
      stop();
      resolve(p);
    }
    readPublished().then(
      (p) => {
        if (p) return finish(p);
        // The background answers once it has published; the storage change resolves us either way.
        ask({ type: 'dataset/publish' }).then(
          () => readPublished().then((q) => q && finish(q)),
          () => undefined,
        );
      },
      (e: unknown) => {
        stop();
        reject(e);
      },
    );
  });
}

/**
 * The feed keys this build trusts: data/feed-keys.json, pinned at build time.
 *
 * Only in an end-to-end test build (`wxt build --mode e2e`) are the keys in the
 * WXT_E2E_FEED_KEYS environment variable trusted as well: tests/e2e/global-setup.ts
 * generates a throwaway key pair per run and passes its public half here. Any other
 * mode ignores the variable.
 */
import * as v from 'valibot';
import { PinnedKeysSchema, type PinnedKey } from '@/lib/dataset/signing';
import feedKeys from '@/data/feed-keys.json';

export function pinnedFeedKeys(): PinnedKey[] {
  const keys = v.parse(PinnedKeysSchema, feedKeys);
  if (import.meta.env.MODE === 'e2e') {
    const extra = import.meta.env.WXT_E2E_FEED_KEYS;
    if (extra) keys.push(...v.parse(PinnedKeysSchema, JSON.parse(extra)));
  }
  return keys;
}

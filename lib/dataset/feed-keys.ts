/**
 * data/feed-keys.json: the public keys the extension trusts for feed manifests, as
 * a JSON array of `{key_id, jwk}`. Several may be pinned at once while keys rotate.
 */
import * as v from 'valibot';
import { problem, type Problem } from './problems';
import { keyId, PinnedKeysSchema, type PinnedKey } from './signing';

/**
 * The pinned keys, with a problem for each entry that is malformed, repeats a
 * key_id, or whose key_id is not its key's thumbprint (a copy-paste error would
 * otherwise make every signature fail).
 */
export async function readPinnedKeys(data: unknown): Promise<{ keys: PinnedKey[]; problems: Problem[] }> {
  const parsed = v.safeParse(PinnedKeysSchema, data);
  if (!parsed.success) {
    return { keys: [], problems: parsed.issues.map((i) => problem('feed-keys', 'feed-keys.json', `${v.getDotPath(i) ?? '(file)'}: ${i.message}`)) };
  }
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const k of parsed.output) {
    if (seen.has(k.key_id)) problems.push(problem('feed-keys', 'feed-keys.json', `key_id ${k.key_id} listed twice`));
    seen.add(k.key_id);
    const expected = await keyId(k.jwk);
    if (expected !== k.key_id) problems.push(problem('feed-keys', 'feed-keys.json', `key_id ${k.key_id} is not the thumbprint of its jwk (${expected})`));
  }
  return { keys: parsed.output, problems };
}

/**
 * What a build says about the feed keys it pins (data/feed-keys.json): null when
 * it can verify feeds, else a warning that it ships without a feed key and so can
 * never sync (docs/PUBLISHING.md, "Key ceremony"). An end-to-end test build
 * (`mode` e2e) trusts the throwaway key of WXT_E2E_FEED_KEYS instead (`extraKeys`).
 */
export function feedKeyWarning(pinned: unknown, mode: string, extraKeys?: string): string | null {
  const parsed = v.safeParse(PinnedKeysSchema, pinned);
  const count = parsed.success ? parsed.output.length : 0;
  if (count > 0 || (mode === 'e2e' && extraKeys)) return null;
  return 'this build pins no feed key (data/feed-keys.json is empty): it cannot verify any feed, so it will never sync and uses only the bundled data. To ship one that can, pin the public key of the feed\'s signing key first (docs/PUBLISHING.md, "Key ceremony").';
}

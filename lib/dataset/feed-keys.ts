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

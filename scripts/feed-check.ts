/**
 * npx tsx scripts/feed-check.ts FEED_URL [--warn-days N] [--keys FILE]
 *
 * Checks a published feed the way an extension built from this commit would: the
 * manifest's signature with the keys pinned in data/feed-keys.json, its expiry, then
 * the dataset file's size, hash, schema and data:build's checks. Prints the version
 * and how long the manifest stays valid. Exit 0 valid; 1 invalid or expired; 3
 * valid but expiring within N days (default 7): republish (docs/PUBLISHING.md, 5).
 * `--keys FILE` checks against another list of pinned keys (a release candidate's).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isExpired, parseDatasetFile, readPinnedKeys, verifyManifest, verifyManifestSignature } from '../lib/dataset';
import { download } from '../adapters/dataset/download';
import { manifestUrlOf } from '../adapters/dataset/feed-url';
import { DEFAULT_LIMITS, refusal } from '../adapters/dataset/sync';
import { defaultDataDir, readFeedKeysJson } from './data-files';

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { 'warn-days': { type: 'string' }, keys: { type: 'string' } } });
  const feedUrl = positionals[0];
  const warnDays = Number(values['warn-days'] ?? 7);
  const manifestUrl = feedUrl ? manifestUrlOf(feedUrl) : null;
  if (!manifestUrl) return fail(`usage: npx tsx scripts/feed-check.ts FEED_URL [--warn-days N] [--keys FILE] (an https URL)`);
  const { keys, problems } = await readPinnedKeys(values.keys ? JSON.parse(readFileSync(values.keys, 'utf8')) : readFeedKeysJson(defaultDataDir));
  if (problems.length > 0 || keys.length === 0) return fail('data/feed-keys.json pins no valid key: nothing can verify a feed (docs/PUBLISHING.md, "Key ceremony")');

  const got = await download(manifestUrl, { maxBytes: DEFAULT_LIMITS.manifestBytes, timeoutMs: DEFAULT_LIMITS.timeoutMs });
  if (!got.ok) return fail(`${got.error.code}: ${got.error.detail}`);
  if (got.status !== 200) return fail(`${manifestUrl} answered ${got.status}`);
  const json = JSON.parse(new TextDecoder().decode(got.bytes)) as unknown;
  const signed = await verifyManifestSignature(json, keys);
  if (!signed.ok) return fail(`${signed.error}: ${signed.detail}`);
  const m = signed.manifest;
  const now = new Date();
  if (isExpired(m, now)) return fail(`expired: the manifest for ${m.version} expired at ${m.expires}; republish`);

  const fileUrl = new URL(m.file, manifestUrl).href;
  const file = await download(fileUrl, { maxBytes: m.size, timeoutMs: DEFAULT_LIMITS.timeoutMs });
  if (!file.ok) return fail(`${file.error.code}: ${file.error.detail}`);
  if (file.status !== 200) return fail(`${fileUrl} answered ${file.status}`);
  const check = await verifyManifest(json, file.bytes, keys);
  if (!check.ok) return fail(`${check.error}: ${check.detail}`);
  const parsed = parseDatasetFile(new TextDecoder().decode(file.bytes));
  if (!parsed.ok) return fail(`schema: ${parsed.error}`);
  const refused = refusal(parsed.dataset, now);
  if (refused) return fail(`schema: ${refused}`);

  const daysLeft = (Date.parse(m.expires) - now.getTime()) / 86_400_000;
  console.log(`feed-check: ${manifestUrl}: version ${m.version}, signed by ${m.key_id}, valid until ${m.expires} (${daysLeft.toFixed(1)} days)`);
  if (daysLeft < warnDays) {
    console.error(`feed-check: expires within ${warnDays} days: republish (docs/PUBLISHING.md, section 5)`);
    return 3;
  }
  return 0;
}

function fail(message: string): number {
  console.error(`feed-check: ${message}`);
  return 1;
}

main(process.argv.slice(2)).then((code) => (process.exitCode = code), (e: unknown) => {
  console.error(`feed-check: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});

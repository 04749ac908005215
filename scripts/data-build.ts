/**
 * npm run data:build [-- options]
 *
 * Validates data/ (schemas and every check in lib/dataset) and exits 1 listing all
 * problems; otherwise writes the snapshot bundled into the extension and, when a
 * signing key is available (or with --unsigned), a feed directory for a static host.
 * See docs/PUBLISHING.md.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  assembleDataset, contentSha256, createManifest, datasetFileName, DEFAULT_FEED_LIFETIME_DAYS, MAX_FEED_LIFETIME_DAYS, formatProblem, generateSigningKey, hasAgencyOrOfficial, importSigningKey,
  readPinnedKeys, serializeDataset, validateDataFiles, type PinnedKey, type SigningKey,
} from '../lib/dataset';
import { applyMerge, planMerge } from '../lib/own-incidents/merge';
import { datasetVersion, defaultDataDir, insideRepo, readDataFiles, readFeedKeysJson, repoRoot } from './data-files';

const USAGE = `usage: npm run data:build -- [--check] [--out DIR] [--snapshot FILE] [--unsigned] [--expires-days N] [--data DIR]
       npm run data:build -- --merge FILE [--data DIR]
       npm run data:build -- --new-key FILE

  --check          validate only; write nothing
  --out DIR        feed directory (default: feed/)
  --snapshot FILE  bundled snapshot (default: public/dataset/snapshot.json)
  --unsigned       write the feed without a signature (clients reject it; for testing a host)
  --expires-days N the signed manifest expires N days after it is written (default ${DEFAULT_FEED_LIFETIME_DAYS},
                   at most ${MAX_FEED_LIFETIME_DAYS}); clients refuse it after that, so republish before
  --data DIR       the data directory (default: data/)
  --merge FILE     validate a proposal file ({ "incidents": [...] }, as the extension's
                   "Export as proposal" writes it) against the data and file the records it
                   accepts into data/incidents/<campaign>.json for review; prints what it
                   merged and what it refused (exit 1 if anything was refused)
  --new-key FILE   generate a signing key pair: private key (PKCS#8 PEM) to FILE, outside
                   the repository; prints the public entry for data/feed-keys.json

Signing key: DATASET_SIGNING_KEY (PKCS#8 PEM or JWK JSON) or DATASET_SIGNING_KEY_FILE.
Version: DATASET_VERSION, else derived from the newest data commit and the content hash.`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const { values: o } = parseArgs({
    args: argv,
    options: {
      check: { type: 'boolean' }, unsigned: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
      out: { type: 'string' }, snapshot: { type: 'string' }, data: { type: 'string' }, 'new-key': { type: 'string' }, merge: { type: 'string' }, 'expires-days': { type: 'string' },
    },
  });
  if (o.help) return console.log(USAGE), 0;
  if (o['new-key'] !== undefined) return newKey(o['new-key']);
  if (o.merge !== undefined) return merge(o.merge, resolve(o.data ?? defaultDataDir));

  const lifetimeDays = Number(o['expires-days'] ?? DEFAULT_FEED_LIFETIME_DAYS);
  if (!Number.isInteger(lifetimeDays) || lifetimeDays < 1 || lifetimeDays > MAX_FEED_LIFETIME_DAYS) {
    throw new UsageError(`--expires-days must be a whole number of days from 1 to ${MAX_FEED_LIFETIME_DAYS}`);
  }
  const dataDir = resolve(o.data ?? defaultDataDir);
  const { content, sourceHosts, problems } = validateDataFiles(readDataFiles(dataDir));
  const pinned = await readPinnedKeys(readFeedKeysJson(dataDir));
  problems.push(...pinned.problems);
  if (problems.length > 0) {
    console.error(`data:build: ${problems.length} problem(s) in ${dataDir}; nothing written:`);
    for (const p of problems) console.error(`  ${formatProblem(p)}`);
    return 1;
  }
  const sha = await contentSha256(content);
  const { version, from } = datasetVersion(dataDir, sha);
  const dataset = assembleDataset(content, version);
  const text = serializeDataset(dataset);
  console.log(`data:build: valid — ${dataset.bases.length} bases, ${dataset.militias.length} militias, ${dataset.incidents.length} incidents; version ${version} (${from})`);
  const backed = dataset.incidents.filter((i) => hasAgencyOrOfficial(i.sources, sourceHosts)).length;
  console.log(`data:build: ${backed} of ${dataset.incidents.length} incidents (${percent(backed, dataset.incidents.length)}) cite a news agency or an official source`);
  if (o.check) return 0;

  const key = o.unsigned ? undefined : await signingKey(pinned.keys); // before writing anything: a bad key writes nothing
  const snapshot = resolve(o.snapshot ?? join(repoRoot, 'public/dataset/snapshot.json'));
  writeAtomically(snapshot, text);
  console.log(`data:build: wrote ${snapshot}`);

  if (!key && !o.unsigned) {
    console.error(`data:build: no signing key, feed not written. To write the feed, set DATASET_SIGNING_KEY or
DATASET_SIGNING_KEY_FILE to a P-256 private key kept outside the repository (npm run data:build -- --new-key FILE
creates one), or pass --unsigned for an unsigned feed that clients will refuse. See docs/PUBLISHING.md.`);
    return 0;
  }
  const out = resolve(o.out ?? join(repoRoot, 'feed'));
  const bytes = new TextEncoder().encode(text);
  const created = new Date();
  const manifest = await createManifest({ version, bytes, created, expires: new Date(created.getTime() + lifetimeDays * 86_400_000), key });
  writeAtomically(join(out, datasetFileName(version)), text);
  writeAtomically(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n'); // last: the manifest never names a missing file
  console.log(`data:build: wrote feed ${out} (${manifest.signature ? `signed by ${manifest.key_id}` : 'UNSIGNED'}; expires ${manifest.expires}: publish a re-signed manifest before then)`);
  return 0;
}

/** The signing key from the environment, checked to be pinned; undefined when none is configured. */
async function signingKey(pinned: readonly PinnedKey[]): Promise<SigningKey | undefined> {
  const file = process.env.DATASET_SIGNING_KEY_FILE;
  let text = process.env.DATASET_SIGNING_KEY;
  if (!text && file) {
    if (insideRepo(file)) throw new UsageError(`DATASET_SIGNING_KEY_FILE=${file} is inside the repository; keep private keys outside it`);
    if (!existsSync(file)) throw new UsageError(`DATASET_SIGNING_KEY_FILE=${file} does not exist`);
    text = readFileSync(file, 'utf8');
  }
  if (!text) return undefined;
  const key = await importSigningKey(text).catch((e: Error) => {
    throw new UsageError(`cannot use the signing key: ${e.message}`);
  });
  if (!pinned.some((k) => k.key_id === key.pinned.key_id)) {
    throw new UsageError(`the signing key ${key.pinned.key_id} is not pinned in data/feed-keys.json, so clients would reject the feed. Add this entry (and ship it in a release) first:\n${JSON.stringify(key.pinned, null, 2)}`);
  }
  return key;
}

async function newKey(file: string): Promise<number> {
  if (insideRepo(file)) throw new UsageError(`${file} is inside the repository; write private keys outside it (e.g. ~/.config/militia-base-reader/feed-key.pem)`);
  if (existsSync(file)) throw new UsageError(`${file} exists; not overwriting a key`);
  const { key, pkcs8Pem } = await generateSigningKey();
  mkdirSync(dirname(resolve(file)), { recursive: true });
  writeFileSync(file, pkcs8Pem, { mode: 0o600, flag: 'wx' });
  console.error(`data:build: wrote the private key to ${file} (mode 600). Add this entry to data/feed-keys.json:`);
  console.log(JSON.stringify(key.pinned, null, 2));
  return 0;
}

/**
 * --merge FILE: files the proposal's acceptable records into the data directory and
 * lists every record merged (with its file) and refused (with the reason and the
 * incident it duplicates). Writes nothing when nothing was accepted.
 */
function merge(file: string, dataDir: string): number {
  if (!existsSync(file)) throw new UsageError(`--merge ${file}: no such file`);
  const files = readDataFiles(dataDir);
  const plan = planMerge(readFileSync(file, 'utf8'), files);
  for (const changed of applyMerge(files, plan)) writeAtomically(join(dataDir, changed.path), changed.text);
  for (const a of plan.accepted) console.log(`data:build: merged ${a.incident.id}${a.from !== a.incident.id ? ` (was ${a.from})` : ''} into ${a.file}`);
  for (const r of plan.refused) console.error(`data:build: refused ${r.id}: ${r.reason}${r.existing ? ` [existing: ${r.existing}]` : ''}`);
  for (const w of plan.warnings) console.error(`data:build: to review: ${w}`);
  console.log(`data:build: ${plan.accepted.length} merged, ${plan.refused.length} refused from ${file}${plan.accepted.length > 0 ? '; review the diff, then run npm run data:build' : ''}`);
  return plan.refused.length > 0 ? 1 : 0;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${Math.round((part / whole) * 100)}%`;
}

function writeAtomically(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, text);
  chmodSync(`${file}.tmp`, 0o644);
  renameSync(`${file}.tmp`, file);
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    const badArgs = (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') === true;
    console.error(`data:build: ${e instanceof Error ? e.message : String(e)}`);
    if (badArgs) console.error(USAGE);
    process.exitCode = e instanceof UsageError || badArgs ? 2 : 1;
  },
);

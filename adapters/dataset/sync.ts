/**
 * Syncing from a feed (docs/PUBLISHING.md): the manifest is fetched with the
 * validators of the last good answer and its signature verified by a pinned key
 * before anything it says is acted on; then the dataset file it names is downloaded,
 * never past its signed size, and verified — size, SHA-256, JSON, schema, every
 * check data:build runs, and the matcher's size — and installed in one transaction
 * only if strictly newer.
 *
 * Contract: a sync either installs the whole new dataset or changes nothing but the
 * `sync` meta row, where every attempt records its time and, on failure, a specific
 * SyncErrorCode with details. Clips and settings are never touched. Nothing counts
 * as success unless a manifest signed by a pinned key and not past its signed
 * expiry says so: not a same-version manifest, not a 304 (the manifest it stands
 * for is kept and verified again), not a replayed old one. Feeds are reached over
 * https only (http on the loopback for tests), and redirects are never followed.
 */
import {
  compareVersions, formatProblem, isExpired, parseDatasetFile, runChecks, verifyManifest, verifyManifestSignature,
  type Dataset, type Manifest, type PinnedKey,
} from '@/lib/dataset';
import { utcToday } from '@/lib/dataset/calendar';
import { gazetteerEntries } from '@/lib/gazetteer/types';
import { createMentionFinder, normalizer } from '@/lib/mentions';
import type { DatasetDb, SyncMeta } from './db';
import { download } from './download';
import { manifestUrlOf } from './feed-url';
import { applyDataset, isQuotaError, readInstalled } from './store';
import type { SyncError } from './sync-errors';

export interface SyncLimits {
  readonly manifestBytes: number;
  readonly datasetBytes: number;
  /** Per request (manifest, then dataset file). */
  readonly timeoutMs: number;
}

/** The shipped dataset is ~0.5 MB; 32 MB leaves room for years of growth and stops a runaway file. */
export const DEFAULT_LIMITS: SyncLimits = { manifestBytes: 64 * 1024, datasetBytes: 32 * 1024 * 1024, timeoutMs: 30_000 };

export interface SyncOptions {
  readonly feedUrl: string;
  readonly pinnedKeys: readonly PinnedKey[];
  readonly limits?: SyncLimits;
  readonly fetch?: typeof fetch;
  /** Asked after a network error: false turns it into `no-permission`. */
  readonly hasPermission?: (manifestUrl: string) => Promise<boolean>;
  readonly now?: () => Date;
}

export type SyncReport =
  | { ok: true; outcome: 'applied'; version: string; dataset: Dataset }
  | { ok: true; outcome: 'up-to-date'; version: string }
  | { ok: false; error: SyncError };

/** `expires`: the signed expiry of the manifest this attempt verified, if any. */
type Attempt = SyncReport & { validators?: SyncMeta['validators']; expires?: string };

export async function readSyncMeta(db: DatasetDb): Promise<SyncMeta> {
  const row = await db.meta.get('sync');
  return row?.key === 'sync' ? row : { key: 'sync', lastAttemptAt: null, lastSuccessAt: null, lastError: null, validators: null, feedExpiresAt: null };
}

/**
 * When the feed went stale: the signed expiry of the last verified manifest, once
 * `now` is past it; null while it is valid or when no manifest was ever verified.
 */
export function feedStaleSince(meta: Pick<SyncMeta, 'feedExpiresAt'>, now: Date): string | null {
  const at = meta.feedExpiresAt ?? null;
  return at !== null && now.getTime() > Date.parse(at) ? at : null;
}

/** Runs one sync and records its outcome in the `sync` meta row. Never throws for a bad feed. */
export async function syncFeed(db: DatasetDb, options: SyncOptions): Promise<SyncReport> {
  const now = options.now?.() ?? new Date();
  const at = now.toISOString();
  const before = await readSyncMeta(db);
  const success = (validators: SyncMeta['validators'], expires: string): SyncMeta => ({ key: 'sync', lastAttemptAt: at, lastSuccessAt: at, lastError: null, validators, feedExpiresAt: expires });
  let result: Attempt;
  try {
    result = await attempt(db, options, now, before, success);
  } catch (e) {
    const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    result = { ok: false, error: { code: isQuotaError(e) ? 'quota' : 'storage', detail } };
  }
  if (!result.ok) {
    const failed: SyncMeta = { ...before, lastAttemptAt: at, lastError: { ...result.error, at }, feedExpiresAt: result.expires ?? before.feedExpiresAt ?? null };
    await db.meta.put(failed);
  } else if (result.outcome === 'up-to-date') {
    await db.meta.put(success(result.validators === undefined ? before.validators : result.validators, result.expires!));
  } // 'applied' wrote its sync row in the install transaction.
  const { validators: _, expires: __, ...report } = result;
  return report as SyncReport;
}

async function attempt(db: DatasetDb, o: SyncOptions, now: Date, before: SyncMeta, success: (v: SyncMeta['validators'], expires: string) => SyncMeta): Promise<Attempt> {
  const limits = o.limits ?? DEFAULT_LIMITS;
  const fail = (code: SyncError['code'], detail: string, expires?: string): Attempt => ({ ok: false, error: { code, detail }, expires });
  const manifestUrl = manifestUrlOf(o.feedUrl);
  if (!manifestUrl) return fail('bad-url', `not an https URL (http only on 127.0.0.1 or localhost): ${JSON.stringify(o.feedUrl)}`);
  const installed = await readInstalled(db);

  const prior = before.validators;
  const known = prior?.manifest && prior.url === manifestUrl && prior.version === installed?.version ? prior : null;
  const headers: Record<string, string> = {};
  if (known?.etag) headers['If-None-Match'] = known.etag;
  if (known?.lastModified) headers['If-Modified-Since'] = known.lastModified;
  const got = await download(manifestUrl, { headers, maxBytes: limits.manifestBytes, timeoutMs: limits.timeoutMs, fetch: o.fetch });
  if (!got.ok) {
    if (got.error.code === 'network' && o.hasPermission && !(await o.hasPermission(manifestUrl))) return fail('no-permission', got.error.detail);
    return got;
  }
  // A 304 stands for the manifest answered last time: verified again (its key may
  // have been unpinned since) and held to its expiry like a fresh one.
  let json: unknown;
  if (got.status === 304) {
    if (!installed || !known?.manifest) return fail('http-304', `${manifestUrl} answered 304 to a request without validators`);
    json = known.manifest;
  } else {
    json = parseJson(got.bytes);
    if (json === undefined) return fail('invalid-json', `the manifest at ${manifestUrl} is not JSON`);
  }
  const signed = await verifyManifestSignature(json, o.pinnedKeys);
  if (!signed.ok) return fail(signed.error, signed.detail);
  const manifest: Manifest = signed.manifest;
  if (isExpired(manifest, now)) {
    return fail('expired', `the manifest for ${manifest.version} expired at ${manifest.expires} (now ${now.toISOString()}); the feed has not been re-signed since, or an old manifest is being replayed`, manifest.expires);
  }
  const expires = manifest.expires;
  const validators = got.status === 304 ? known! : { url: manifestUrl, version: manifest.version, etag: got.etag, lastModified: got.lastModified, manifest };
  const order = installed ? compareVersions(manifest.version, installed.version) : 1;
  if (order === 0) return { ok: true, outcome: 'up-to-date', version: manifest.version, validators, expires };
  if (order < 0) return fail('not-newer', `the feed offers ${manifest.version}, older than the installed ${installed!.version}`, expires);
  if (got.status === 304) return fail('http-304', `${manifestUrl} answered 304, but the manifest it stands for is not the installed version`, expires);
  if (manifest.size > limits.datasetBytes) return fail('too-large', `the manifest announces ${manifest.size} bytes; the limit is ${limits.datasetBytes}`, expires);

  const fileUrl = new URL(manifest.file, manifestUrl).href;
  // Never read past the signed size: a longer answer is cut off, not buffered.
  const file = await download(fileUrl, { maxBytes: manifest.size, timeoutMs: limits.timeoutMs, fetch: o.fetch });
  if (!file.ok) {
    if (file.error.code === 'too-large') return fail('wrong-size', `${fileUrl} is longer than the signed ${manifest.size} bytes (${file.error.detail})`, expires);
    return { ...file, expires };
  }
  if (file.status === 304) return fail('http-304', `${fileUrl} answered 304 to a request without validators`, expires);
  const check = await verifyManifest(json, file.bytes, o.pinnedKeys);
  if (!check.ok) {
    const short = check.error === 'wrong-size' && file.bytes.length < manifest.size;
    return fail(short ? 'truncated' : check.error, check.detail, expires);
  }

  const text = decodeUtf8(file.bytes);
  if (text === null) return fail('invalid-json', `${fileUrl} is not UTF-8 text`, expires);
  const parsed = parseDatasetFile(text);
  if (!parsed.ok) return fail(parseJson(file.bytes) === undefined ? 'invalid-json' : 'schema', `${manifest.file}: ${parsed.error}`, expires);
  const dataset = parsed.dataset;
  if (dataset.version !== manifest.version) return fail('version-mismatch', `${manifest.file} holds version ${dataset.version}, the manifest says ${manifest.version}`, expires);
  const refused = refusal(dataset, now);
  if (refused) return fail('schema', `${manifest.file}: ${refused}`, expires);

  const origin = { kind: 'feed', url: o.feedUrl, keyId: manifest.key_id! } as const;
  const applied = await applyDataset(db, dataset, origin, { meta: [success(validators, expires)] });
  if (!applied.applied) return fail('not-newer', `version ${applied.installed.version} was installed meanwhile`, expires);
  return { ok: true, outcome: 'applied', version: dataset.version, dataset };
}

/**
 * Why a schema-valid dataset must not be installed, or null: every check data:build
 * runs (lib/dataset/checks.ts) except the source-host classification, whose table
 * is bundled with the extension rather than carried by the feed; then the matcher
 * its names compile to must stay within the automaton's size bound.
 */
export function refusal(dataset: Dataset, now: Date): string | null {
  const fold = (s: string) => normalizer().fold(s);
  const problems = runChecks(dataset, { today: utcToday(now), fold });
  if (problems.length > 0) return `${problems.length} problem(s) found by data:build's checks, first: ${formatProblem(problems[0])}`;
  try {
    createMentionFinder(gazetteerEntries(dataset.bases, dataset.militias));
  } catch (e) {
    if (e instanceof RangeError) return `its names cannot be matched: ${e.message}`;
    throw e;
  }
  return null;
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The JSON value of the bytes, or undefined if they are not UTF-8 JSON. */
function parseJson(bytes: Uint8Array): unknown {
  const text = decodeUtf8(bytes);
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

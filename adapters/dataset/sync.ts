/**
 * Syncing from a feed (docs/PUBLISHING.md): the manifest is fetched with the
 * validators of the last good answer, the dataset file it names is downloaded within
 * limits, then verified — size, SHA-256, signature by a pinned key, JSON, schema,
 * ids and references — and installed in one transaction only if strictly newer.
 *
 * Contract: a sync either installs the whole new dataset or changes nothing but the
 * `sync` meta row, where every attempt records its time and, on failure, a specific
 * SyncErrorCode with details. Clips and settings are never touched. An unverified
 * manifest can only ever stop a sync early (same or older version, too large);
 * only verified bytes are installed.
 */
import * as v from 'valibot';
import { compareVersions, formatProblem, ManifestSchema, parseDatasetFile, verifyManifest, type Dataset, type Manifest, type PinnedKey } from '@/lib/dataset';
import { checkReferences, checkUniqueIds } from '@/lib/dataset/checks';
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

type Attempt = SyncReport & { validators?: SyncMeta['validators'] };

export async function readSyncMeta(db: DatasetDb): Promise<SyncMeta> {
  const row = await db.meta.get('sync');
  return row?.key === 'sync' ? row : { key: 'sync', lastAttemptAt: null, lastSuccessAt: null, lastError: null, validators: null };
}

/** Runs one sync and records its outcome in the `sync` meta row. Never throws for a bad feed. */
export async function syncFeed(db: DatasetDb, options: SyncOptions): Promise<SyncReport> {
  const at = (options.now?.() ?? new Date()).toISOString();
  const before = await readSyncMeta(db);
  const success = (validators: SyncMeta['validators']): SyncMeta => ({ key: 'sync', lastAttemptAt: at, lastSuccessAt: at, lastError: null, validators });
  let result: Attempt;
  try {
    result = await attempt(db, options, before, success);
  } catch (e) {
    const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    result = { ok: false, error: { code: isQuotaError(e) ? 'quota' : 'storage', detail } };
  }
  if (!result.ok) {
    const failed: SyncMeta = { ...before, lastAttemptAt: at, lastError: { ...result.error, at } };
    await db.meta.put(failed);
  } else if (result.outcome === 'up-to-date') {
    await db.meta.put(success(result.validators === undefined ? before.validators : result.validators));
  } // 'applied' wrote its sync row in the install transaction.
  const { validators: _, ...report } = result;
  return report as SyncReport;
}

async function attempt(db: DatasetDb, o: SyncOptions, before: SyncMeta, success: (v: SyncMeta['validators']) => SyncMeta): Promise<Attempt> {
  const limits = o.limits ?? DEFAULT_LIMITS;
  const fail = (code: SyncError['code'], detail: string): Attempt => ({ ok: false, error: { code, detail } });
  const manifestUrl = manifestUrlOf(o.feedUrl);
  if (!manifestUrl) return fail('bad-url', `not an http(s) URL: ${JSON.stringify(o.feedUrl)}`);
  const installed = await readInstalled(db);

  const known = before.validators?.url === manifestUrl && before.validators.version === installed?.version ? before.validators : null;
  const headers: Record<string, string> = {};
  if (known?.etag) headers['If-None-Match'] = known.etag;
  if (known?.lastModified) headers['If-Modified-Since'] = known.lastModified;
  const got = await download(manifestUrl, { headers, maxBytes: limits.manifestBytes, timeoutMs: limits.timeoutMs, fetch: o.fetch });
  if (!got.ok) {
    if (got.error.code === 'network' && o.hasPermission && !(await o.hasPermission(manifestUrl))) return fail('no-permission', got.error.detail);
    return got;
  }
  if (got.status === 304) {
    if (!installed || !known) return fail('http-304', `${manifestUrl} answered 304 to a request without validators`);
    return { ok: true, outcome: 'up-to-date', version: installed.version };
  }
  const json = parseJson(got.bytes);
  if (json === undefined) return fail('invalid-json', `the manifest at ${manifestUrl} is not JSON`);
  const shape = v.safeParse(ManifestSchema, json);
  if (!shape.success) {
    const check = await verifyManifest(json, new Uint8Array(0), o.pinnedKeys); // reports the manifest's own problem
    return check.ok ? fail('malformed-manifest', 'manifest rejected') : fail(check.error, check.detail);
  }
  const manifest: Manifest = shape.output;
  const validators = { url: manifestUrl, version: manifest.version, etag: got.etag, lastModified: got.lastModified };
  const order = installed ? compareVersions(manifest.version, installed.version) : 1;
  if (order === 0) return { ok: true, outcome: 'up-to-date', version: manifest.version, validators };
  if (order < 0) return fail('not-newer', `the feed offers ${manifest.version}, older than the installed ${installed!.version}`);
  if (manifest.size > limits.datasetBytes) return fail('too-large', `the manifest announces ${manifest.size} bytes; the limit is ${limits.datasetBytes}`);

  const fileUrl = new URL(manifest.file, manifestUrl).href;
  const file = await download(fileUrl, { maxBytes: limits.datasetBytes, timeoutMs: limits.timeoutMs, fetch: o.fetch });
  if (!file.ok) return file;
  if (file.status === 304) return fail('http-304', `${fileUrl} answered 304 to a request without validators`);
  const check = await verifyManifest(json, file.bytes, o.pinnedKeys);
  if (!check.ok) {
    const short = check.error === 'wrong-size' && file.bytes.length < manifest.size;
    return fail(short ? 'truncated' : check.error, check.detail);
  }

  const text = decodeUtf8(file.bytes);
  if (text === null) return fail('invalid-json', `${fileUrl} is not UTF-8 text`);
  const parsed = parseDatasetFile(text);
  if (!parsed.ok) return fail(parseJson(file.bytes) === undefined ? 'invalid-json' : 'schema', `${manifest.file}: ${parsed.error}`);
  const dataset = parsed.dataset;
  if (dataset.version !== manifest.version) return fail('version-mismatch', `${manifest.file} holds version ${dataset.version}, the manifest says ${manifest.version}`);
  const problems = [...checkUniqueIds(dataset), ...checkReferences(dataset)];
  if (problems.length > 0) return fail('schema', `${problems.length} problem(s), first: ${formatProblem(problems[0])}`);

  const origin = { kind: 'feed', url: o.feedUrl, keyId: manifest.key_id! } as const;
  const applied = await applyDataset(db, dataset, origin, { meta: [success(validators)] });
  if (!applied.applied) return fail('not-newer', `version ${applied.installed.version} was installed meanwhile`);
  return { ok: true, outcome: 'applied', version: dataset.version, dataset };
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

/**
 * The feed: a directory any static host can serve, holding `manifest.json` and the
 * dataset file it names. The manifest's signature covers the canonical message
 *
 *     dataset-feed/2 \n version \n sha256 \n size \n file \n expires
 *
 * (UTF-8, `\n` = U+000A, no trailing newline), so a client that verified it knows
 * the dataset file's exact bytes for that version, and until when the publisher
 * vouches that it is the feed's current version: a manifest past `expires` is
 * refused, so whoever sits between client and host can replay an old manifest (or
 * answer 304) only until then (TUF's freeze attack). `created` is informational and
 * not signed; clients order feeds by `version` only.
 *
 * Format 1 (no `expires`) was never published with a pinned key; it is refused.
 */
import * as v from 'valibot';
import { sha256Hex, utf8 } from './digest';
import { VersionSchema } from './schema';
import { signMessage, verifyMessage, type PinnedKey, type SigningKey } from './signing';

export const FEED_FORMAT = 2;

/** How long a manifest stays valid when data:build is not told otherwise: republish (re-sign) within it. */
export const DEFAULT_FEED_LIFETIME_DAYS = 30;
/** The longest validity a client accepts: a manifest signed for longer is malformed (a key holder's slip would freeze clients for years). */
export const MAX_FEED_LIFETIME_DAYS = 366;
const DAY_MS = 24 * 60 * 60 * 1000;

export const ManifestSchema = v.pipe(
  v.strictObject({
    format: v.literal(FEED_FORMAT),
    version: VersionSchema,
    created: v.pipe(v.string(), v.maxLength(40), v.isoTimestamp()),
    /** Signed: after this instant the manifest no longer counts as the feed's current one. */
    expires: v.pipe(v.string(), v.maxLength(40), v.isoTimestamp()),
    size: v.pipe(v.number(), v.integer(), v.minValue(0)),
    sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits')),
    file: v.pipe(v.string(), v.maxLength(200)),
    /** Both null in an unsigned feed (data:build --unsigned), which clients reject. */
    key_id: v.nullable(v.pipe(v.string(), v.maxLength(100))),
    signature: v.nullable(v.pipe(v.string(), v.maxLength(200))),
  }),
  v.check((m) => m.file === datasetFileName(m.version), 'file must be dataset-<version>.json'),
  v.check((m) => Date.parse(m.expires) - Date.parse(m.created) <= MAX_FEED_LIFETIME_DAYS * DAY_MS, `expires must be at most ${MAX_FEED_LIFETIME_DAYS} days after created`),
);
export type Manifest = v.InferOutput<typeof ManifestSchema>;

export function datasetFileName(version: string): string {
  return `dataset-${version}.json`;
}

export function manifestMessage(m: Pick<Manifest, 'version' | 'sha256' | 'size' | 'file' | 'expires'>): Uint8Array<ArrayBuffer> {
  return utf8(`dataset-feed/${FEED_FORMAT}\n${m.version}\n${m.sha256}\n${m.size}\n${m.file}\n${m.expires}`);
}

/**
 * The manifest for a dataset file's bytes, signed when `key` is given; it expires
 * `expires`, by default DEFAULT_FEED_LIFETIME_DAYS after `created`.
 */
export async function createManifest(args: { version: string; bytes: Uint8Array<ArrayBuffer>; created: Date; expires?: Date; key?: SigningKey }): Promise<Manifest> {
  const expires = args.expires ?? new Date(args.created.getTime() + DEFAULT_FEED_LIFETIME_DAYS * DAY_MS);
  const unsigned = {
    format: FEED_FORMAT,
    version: args.version,
    created: args.created.toISOString(),
    expires: expires.toISOString(),
    size: args.bytes.length,
    sha256: await sha256Hex(args.bytes),
    file: datasetFileName(args.version),
  } as const;
  if (!args.key) return { ...unsigned, key_id: null, signature: null };
  return { ...unsigned, key_id: args.key.pinned.key_id, signature: await signMessage(args.key, manifestMessage(unsigned)) };
}

export type FeedError = 'malformed-manifest' | 'unsupported-format' | 'unsigned' | 'unknown-key' | 'bad-signature' | 'wrong-size' | 'wrong-hash';
export type FeedCheck = { ok: true; manifest: Manifest } | { ok: false; error: FeedError; detail: string };

/**
 * Whether the holder of a pinned key signed `manifest`. Checks, in order: its shape
 * and format, that it is signed, that its key is pinned, the signature. Never
 * throws. A client runs this before acting on anything the manifest says (a
 * version, an expiry, a 304 for it), then `isExpired`.
 */
export async function verifyManifestSignature(manifest: unknown, pinnedKeys: readonly PinnedKey[]): Promise<FeedCheck> {
  const fail = (error: FeedError, detail: string): FeedCheck => ({ ok: false, error, detail });
  if (typeof manifest === 'object' && manifest !== null && 'format' in manifest && manifest.format !== FEED_FORMAT) {
    return fail('unsupported-format', `feed format ${String(manifest.format)}; this version reads format ${FEED_FORMAT}`);
  }
  const parsed = v.safeParse(ManifestSchema, manifest);
  if (!parsed.success) return fail('malformed-manifest', `${v.getDotPath(parsed.issues[0]) ?? '(manifest)'}: ${parsed.issues[0].message}`);
  const m = parsed.output;
  if (m.key_id === null || m.signature === null) return fail('unsigned', 'the manifest carries no signature');
  const key = pinnedKeys.find((k) => k.key_id === m.key_id);
  if (!key) return fail('unknown-key', `key ${m.key_id} is not pinned`);
  if (!(await verifyMessage(key.jwk, manifestMessage(m), m.signature))) return fail('bad-signature', `signature does not verify with key ${m.key_id}`);
  return { ok: true, manifest: m };
}

/** True once `now` is past the manifest's signed expiry. */
export function isExpired(m: Pick<Manifest, 'expires'>, now: Date): boolean {
  return now.getTime() > Date.parse(m.expires);
}

/**
 * Whether `datasetBytes` are what the holder of a pinned key published as
 * `manifest.version`: `verifyManifestSignature`, then the size, then the SHA-256.
 * Never throws. On `ok`, the caller still compares `manifest.version` with what it
 * has (compareVersions), checks the expiry (isExpired) and parses the bytes
 * (parseDatasetFile).
 */
export async function verifyManifest(manifest: unknown, datasetBytes: Uint8Array<ArrayBuffer>, pinnedKeys: readonly PinnedKey[]): Promise<FeedCheck> {
  const fail = (error: FeedError, detail: string): FeedCheck => ({ ok: false, error, detail });
  const signed = await verifyManifestSignature(manifest, pinnedKeys);
  if (!signed.ok) return signed;
  const m = signed.manifest;
  if (datasetBytes.length !== m.size) return fail('wrong-size', `dataset file has ${datasetBytes.length} bytes, manifest says ${m.size}`);
  const sha = await sha256Hex(datasetBytes);
  if (sha !== m.sha256) return fail('wrong-hash', `dataset file SHA-256 is ${sha}, manifest says ${m.sha256}`);
  return { ok: true, manifest: m };
}

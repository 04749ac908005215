/**
 * Why a sync did not apply a feed. Each code has a plain-words explanation in
 * components/i18n/strings/dataset.ts (`syncError:<code>`; HTTP statuses other than
 * 404 share `syncError:http`); `detail` carries the technical specifics.
 */
export const SYNC_ERROR_CODES = [
  /** The feed URL is not an https URL (http only for 127.0.0.1 and localhost). */
  'bad-url',
  /** No feed URL is set (only ever returned, never recorded). */
  'no-feed',
  /** The extension may not reach the feed's host (optional permission not granted). */
  'no-permission',
  /** Connection refused, DNS failure, TLS error, or a CORS refusal. */
  'network',
  /** The feed's host answered with a redirect, which is never followed (it could lead to another origin or to http). */
  'redirect',
  /** No complete answer within the time limit. */
  'timeout',
  /** The connection ended before the announced or signed number of bytes arrived. */
  'truncated',
  /** The manifest or dataset file is larger than the download limit. */
  'too-large',
  /** Manifest or dataset file is not JSON (or not UTF-8). */
  'invalid-json',
  /** The manifest lacks a field or has a wrong one. */
  'malformed-manifest',
  /** The manifest is in a feed format this version cannot read. */
  'unsupported-format',
  'unsigned',
  'unknown-key',
  'bad-signature',
  /** The manifest's signed expiry has passed: the feed is stale, frozen or replayed. */
  'expired',
  /** The file is longer than the manifest says. */
  'wrong-size',
  'wrong-hash',
  /** Records fail the dataset schema or any of data:build's checks, or the names would make the matcher too large. */
  'schema',
  /** The dataset file's own version is not the manifest's. */
  'version-mismatch',
  /** The feed's version is older than the installed one. */
  'not-newer',
  /** The browser refused to store the data (disk full or quota). */
  'quota',
  /** The database failed in another way. */
  'storage',
] as const;

export type HttpErrorCode = `http-${number}`;
export type SyncErrorCode = (typeof SYNC_ERROR_CODES)[number] | HttpErrorCode;

export interface SyncError {
  readonly code: SyncErrorCode;
  /** Technical specifics, in English: shown under the plain message for bug reports. */
  readonly detail: string;
}

export const httpError = (status: number): SyncErrorCode => `http-${status}`;

/** The HTTP status in an `http-NNN` code, or null. */
export function httpStatusOf(code: SyncErrorCode): number | null {
  const m = /^http-(\d+)$/.exec(code);
  return m ? Number(m[1]) : null;
}

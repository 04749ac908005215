/**
 * The dataset service's messages: what extension pages and content scripts may ask
 * the background, and what each request is answered with. Importing this module
 * pulls in no database code, so content scripts can use `askDataset` cheaply.
 *
 * - `dataset/status` → DatasetStatus: version, counts, last sync, last error.
 * - `dataset/sync-now` → SyncNowReport: runs a sync (queued after any running one).
 * - `dataset/lookup` {entityId?} → LookupResult: an entity's summary and all its
 *   incidents, or every incident when `entityId` is absent.
 * - `dataset/publish` → {version}: makes sure the published data (lib/published.ts)
 *   is in storage, for a content script that found none; version null if no dataset.
 * Only the extension's own contexts are answered.
 */
import { browser } from 'wxt/browser';
import type { DatasetMeta, SyncMeta } from './db';
import type { LookupResult } from './lookup';
import type { SyncError } from './sync-errors';

export interface DatasetStatus {
  /** Null only before the first install has finished. */
  readonly dataset: Omit<DatasetMeta, 'key'> | null;
  readonly sync: Omit<SyncMeta, 'key' | 'validators'>;
  /** A sync is running now. */
  readonly syncing: boolean;
  /** Why the bundled snapshot could not be installed (e.g. the disk is full); null when it was. */
  readonly installError: string | null;
  /** When the periodic sync runs next (ms since the epoch); null when no feed is set. */
  readonly nextSyncAt: number | null;
  /** The signed expiry of the last verified manifest once it has passed (the feed is stale), else null. */
  readonly feedStaleSince: string | null;
  /** How many feed keys this build pins: 0 means it can never sync. */
  readonly feedKeys: number;
}

export type SyncNowReport = { ok: true; outcome: 'applied' | 'up-to-date'; version: string } | { ok: false; error: SyncError };

export type DatasetRequest =
  | { readonly type: 'dataset/status' }
  | { readonly type: 'dataset/sync-now' }
  | { readonly type: 'dataset/lookup'; readonly entityId?: string }
  | { readonly type: 'dataset/publish' };

export interface DatasetResponses {
  'dataset/status': DatasetStatus;
  'dataset/sync-now': SyncNowReport;
  'dataset/lookup': LookupResult;
  'dataset/publish': { readonly version: string | null };
}

export type DatasetRequestType = DatasetRequest['type'];
type RequestOf<T extends DatasetRequestType> = Extract<DatasetRequest, { type: T }>;

/** One function per request type: the background's implementation. */
export type DatasetHandlers = { readonly [T in DatasetRequestType]: (request: RequestOf<T>) => Promise<DatasetResponses[T]> };

/** True for a well-formed dataset request; anything else is not ours to answer. */
export function isDatasetRequest(message: unknown): message is DatasetRequest {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as { type?: unknown; entityId?: unknown };
  switch (m.type) {
    case 'dataset/status':
    case 'dataset/sync-now':
    case 'dataset/publish':
      return true;
    case 'dataset/lookup':
      return m.entityId === undefined || (typeof m.entityId === 'string' && m.entityId.length > 0 && m.entityId.length <= 200);
    default:
      return false;
  }
}

/** Calls the handler for `request`'s type. */
export function dispatchDatasetRequest<R extends DatasetRequest>(handlers: DatasetHandlers, request: R): Promise<DatasetResponses[R['type']]> {
  const handler = handlers[request.type] as unknown as (r: R) => Promise<DatasetResponses[R['type']]>;
  return handler(request);
}

/**
 * Broadcast by the background to extension pages after every install and sync
 * attempt, so an open options page refreshes its status. Not a request: no answer.
 */
export const DATASET_CHANGED = 'dataset/changed';

export function isDatasetChanged(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === DATASET_CHANGED;
}

/** Sends `request` to the background and resolves with its answer. */
export function askDataset<R extends DatasetRequest>(request: R): Promise<DatasetResponses[R['type']]> {
  return browser.runtime.sendMessage(request) as Promise<DatasetResponses[R['type']]>;
}

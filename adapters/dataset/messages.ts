/**
 * The dataset service's messages (adapters/messaging): what extension pages and
 * content scripts may ask the background, and what each request is answered with.
 * Importing this module pulls in no database code.
 *
 * - `dataset/status` → DatasetStatus: version, counts, last sync, last error.
 * - `dataset/sync-now` → SyncNowReport: runs a sync (queued after any running one).
 * - `dataset/lookup` {entityId?} → LookupResult: an entity's summary and all its
 *   incidents, or every incident when `entityId` is absent.
 * - `dataset/publish` → {version}: makes sure the published data (lib/published.ts)
 *   is in storage, for a content script that found none; version null if no dataset.
 * - `dataset/changed`: a notice after every install and sync attempt, so an open
 *   options page refreshes its status.
 * Only the extension's own contexts are answered.
 */
import { optionalId, toBackground, toPages, type NoFields, type Registry, type RequestTypesOf } from '@/adapters/messaging/define';
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

export const datasetMessages = {
  'dataset/status': toBackground<NoFields, DatasetStatus>(),
  'dataset/sync-now': toBackground<NoFields, SyncNowReport>(),
  'dataset/lookup': toBackground<{ readonly entityId?: string }, LookupResult>(({ entityId }) => optionalId(entityId)),
  'dataset/publish': toBackground<NoFields, { readonly version: string | null }>(),
  'dataset/changed': toPages(),
} satisfies Registry;

export type DatasetRequestType = RequestTypesOf<typeof datasetMessages>;

/**
 * What the background does with the dataset, independent of which browser event
 * asked: install the bundled snapshot, sync, publish, answer requests. Every
 * operation that writes runs in one queue, one at a time, so an install, a periodic
 * sync and a "Sync now" never interleave (install decides `force` before its
 * transaction; the queue keeps that decision valid).
 */
import { browser } from 'wxt/browser';
import type { PinnedKey } from '@/lib/dataset';
import { readSettings } from '@/adapters/settings';
import type { DatasetDb } from './db';
import { bundleNeeded, installBundled } from './install';
import { lookup } from './lookup';
import { notify, type Answers } from '@/adapters/messaging';
import type { DatasetRequestType, DatasetStatus, SyncNowReport } from './messages';
import { publish, publishedVersion } from './publish';
import { SYNC_ALARM } from './schedule';
import { readDataset, readInstalled } from './store';
import { feedStaleSince as staleSince, readSyncMeta, syncFeed, type SyncLimits } from './sync';

export interface DatasetControllerDeps {
  readonly db: DatasetDb;
  readonly pinnedKeys: readonly PinnedKey[];
  /** The bundled snapshot's text (public/dataset/snapshot.json). */
  readonly loadBundled: () => Promise<string>;
  readonly limits?: SyncLimits;
  readonly fetch?: typeof fetch;
  readonly hasPermission?: (url: string) => Promise<boolean>;
}

export interface DatasetController {
  /** Installs the bundled snapshot if newer (extension installed or updated), then publishes. */
  installBundledSnapshot(): Promise<void>;
  /** Installs the bundle if the database is empty or must fall back to it; publishes if storage lags the database. */
  ensureReady(): Promise<void>;
  /** Syncs from the configured feed and publishes what it applied. */
  syncNow(): Promise<SyncNowReport>;
  readonly handlers: Answers<DatasetRequestType>;
}

export function createDatasetController(deps: DatasetControllerDeps): DatasetController {
  const { db, pinnedKeys } = deps;
  const queue = serialQueue();
  let syncing = false;
  let installError: string | null = null;

  const publishInstalled = async () => {
    const dataset = await readDataset(db);
    if (dataset) await publish(dataset);
  };
  const install = async (always: boolean) => {
    const { feedUrl } = await readSettings();
    try {
      if (always || bundleNeeded(await readInstalled(db), { pinnedKeys, feedUrl })) {
        const result = await installBundled(db, await deps.loadBundled(), { pinnedKeys, feedUrl });
        installError = null;
        if (result.applied) return publishInstalled();
      }
    } catch (e) {
      installError = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      throw e;
    }
    const installed = await readInstalled(db);
    if (installed && (await publishedVersion()) !== installed.version) await publishInstalled();
  };

  const syncNow = async (): Promise<SyncNowReport> => {
    const { feedUrl } = await readSettings();
    if (feedUrl === '') return { ok: false, error: { code: 'no-feed', detail: 'no feed URL is set' } };
    syncing = true;
    notifyPages();
    try {
      const report = await syncFeed(db, { feedUrl, pinnedKeys, limits: deps.limits, fetch: deps.fetch, hasPermission: deps.hasPermission });
      if (!report.ok) return report;
      if (report.outcome === 'applied') await publish(report.dataset);
      return { ok: true, outcome: report.outcome, version: report.version };
    } finally {
      syncing = false;
      notifyPages();
    }
  };

  const status = async (): Promise<DatasetStatus> => {
    const installed = await readInstalled(db);
    const { key: _k, validators: _v, ...sync } = await readSyncMeta(db);
    const alarm = await browser.alarms.get(SYNC_ALARM);
    const dataset = installed ? (({ key: _, ...rest }) => rest)(installed) : null;
    const { feedUrl } = await readSettings();
    const feedStaleSince = feedUrl === '' ? null : staleSince(sync, new Date());
    return { dataset, sync, syncing, installError, nextSyncAt: alarm?.scheduledTime ?? null, feedStaleSince, feedKeys: pinnedKeys.length };
  };

  return {
    installBundledSnapshot: () => queue(() => install(true)).finally(notifyPages),
    ensureReady: () => queue(() => install(false)).finally(notifyPages),
    syncNow: () => queue(syncNow),
    handlers: {
      'dataset/status': status,
      'dataset/sync-now': () => queue(syncNow),
      'dataset/lookup': (r) => lookup(db, r.entityId),
      'dataset/publish': () => queue(async () => {
        await install(false);
        return { version: (await readInstalled(db))?.version ?? null };
      }),
    },
  };
}

/** Tells open extension pages (the options page) that the status may have changed; no page open is fine. */
function notifyPages(): void {
  notify('dataset/changed');
}

/** Runs tasks one after another; a failed task does not stop the ones queued after it. */
function serialQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

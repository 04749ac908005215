/**
 * The dataset service in the background: wires browser events to the controller.
 *
 * - Extension installed or updated → install the bundled snapshot (if newer), publish.
 * - Every start of the background → install the bundle if the database is empty or
 *   must fall back to it, publish if storage lags, and make sure the alarm exists.
 * - The sync alarm, or `dataset/sync-now` → sync from the feed, publish.
 * - Settings change: a new feed URL syncs at once, a removed one falls back to the
 *   bundle; either, or a new interval, reschedules the alarm.
 * Listeners are registered synchronously, as MV3 service workers require.
 */
import { browser } from 'wxt/browser';
import { listen } from '@/adapters/messaging';
import { readSettings, sanitizeSettings, SETTINGS_KEY, type Settings } from '@/adapters/settings';
import { createDatasetController, type DatasetController } from './controller';
import { openDatasetDb } from './db';
import { originPattern } from './feed-url';
import { pinnedFeedKeys } from './pinned-keys';
import { SYNC_ALARM, scheduleSync } from './schedule';
import { readSyncMeta } from './sync';

export function startDatasetService(): DatasetController {
  const db = openDatasetDb();
  const controller = createDatasetController({
    db,
    pinnedKeys: pinnedFeedKeys(),
    loadBundled: loadBundledSnapshot,
    hasPermission: (url) => browser.permissions.contains({ origins: [originPattern(url)] }),
  });
  const report = (what: string) => (e: unknown) => console.error(`dataset service: ${what} failed`, e);
  const reschedule = async (settings: Settings, reset: boolean) => {
    const { lastAttemptAt } = await readSyncMeta(db);
    await scheduleSync({ settings, lastAttemptAt, reset });
  };

  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'install' || details.reason === 'update') controller.installBundledSnapshot().catch(report('installing the bundled snapshot'));
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) controller.syncNow().catch(report('periodic sync'));
  });
  listen(controller.handlers);
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[SETTINGS_KEY];
    if (area !== 'local' || !change) return;
    const before = sanitizeSettings(change.oldValue);
    const after = sanitizeSettings(change.newValue);
    const feedChanged = before.feedUrl !== after.feedUrl;
    if (!feedChanged && before.syncIntervalHours === after.syncIntervalHours) return;
    reschedule(after, true).catch(report('scheduling'));
    if (feedChanged) (after.feedUrl === '' ? controller.ensureReady() : controller.syncNow()).catch(report('applying the new feed URL'));
  });

  controller.ensureReady().catch(report('preparing the dataset'));
  readSettings().then((s) => reschedule(s, false)).catch(report('scheduling'));
  return controller;
}

async function loadBundledSnapshot(): Promise<string> {
  // getURL is typed with the public files found at `wxt prepare`; the snapshot is generated later.
  const url = (browser.runtime.getURL as (path: string) => string)('/dataset/snapshot.json');
  const res = await fetch(url);
  if (!res.ok) throw new Error(`the bundled snapshot is missing (HTTP ${res.status}); run npm run data:build before building`);
  return res.text();
}

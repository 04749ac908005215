import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { assembleDataset, generateSigningKey, serializeDataset, type PinnedKey } from '../../../lib/dataset';
import { bundleNeeded, installBundled } from '../../../adapters/dataset/install';
import { applyDataset, readDataset, readInstalled } from '../../../adapters/dataset/store';
import { shipped } from '../../fixtures/shipped-data';
import { clips, dump, fillDiskDuringIncidentWrites, freshDb, smallDataset, withNewIncident } from '../../fixtures/dataset';

describe('installing the bundled snapshot', () => {
  let pinned: PinnedKey;
  beforeAll(async () => void (pinned = (await generateSigningKey()).key.pinned));
  const ctx = () => ({ pinnedKeys: [pinned], feedUrl: 'https://feed.example/' });
  const synced = () => ({ kind: 'feed', url: 'https://feed.example/', keyId: pinned.key_id }) as const;

  it('loads the shipped data into an empty database, records and version together', async () => {
    const { db } = freshDb();
    const dataset = assembleDataset(shipped().content, '2026.11.21.112012-ccc4c31b');
    const r = await installBundled(db, serializeDataset(dataset), ctx());
    expect(r.applied).toBe(true);
    expect(await readInstalled(db)).toMatchObject({ version: dataset.version, origin: 'bundled', feedUrl: null, keyId: null, counts: { bases: dataset.bases.length, militias: dataset.militias.length, incidents: dataset.incidents.length } });
    expect(await readDataset(db)).toEqual(dataset);
  });

  it('replaces an older dataset on update and never touches clips', async () => {
    const { db } = freshDb();
    await db.clips.bulkAdd(clips);
    await installBundled(db, serializeDataset(smallDataset('2026.1')), ctx());
    const newer = withNewIncident(smallDataset('2026.1'), '2026.2');
    expect((await installBundled(db, serializeDataset(newer), ctx())).applied).toBe(true);
    expect((await readDataset(db))?.incidents).toHaveLength(3);
    expect(await db.clips.toArray()).toEqual(clips);
  });

  it('never replaces a newer synced dataset with an older or equal bundle', async () => {
    const { db } = freshDb();
    await applyDataset(db, withNewIncident(smallDataset('x'), '2026.5'), synced());
    const before = await dump(db);
    expect(await installBundled(db, serializeDataset(smallDataset('2026.4')), ctx())).toMatchObject({ applied: false, installed: { version: '2026.5' } });
    expect(await installBundled(db, serializeDataset(smallDataset('2026.5-abc')), ctx())).toMatchObject({ applied: false });
    expect(await dump(db)).toBe(before);
  });

  it('falls back to the bundle, whatever its version, when the synced data was signed by a key no longer pinned', async () => {
    const { db } = freshDb();
    await applyDataset(db, withNewIncident(smallDataset('x'), '2026.5'), synced());
    expect(bundleNeeded(await readInstalled(db), { pinnedKeys: [], feedUrl: 'https://feed.example/' })).toBe('key-not-pinned');
    const r = await installBundled(db, serializeDataset(smallDataset('2026.4')), { pinnedKeys: [], feedUrl: 'https://feed.example/' });
    expect(r.applied).toBe(true);
    expect(await readInstalled(db)).toMatchObject({ version: '2026.4', origin: 'bundled' });
  });

  it('falls back to the bundle when the reader removed the feed URL', async () => {
    const { db } = freshDb();
    await applyDataset(db, smallDataset('2026.5'), synced());
    expect(bundleNeeded(await readInstalled(db), ctx())).toBeNull();
    expect(bundleNeeded(await readInstalled(db), { ...ctx(), feedUrl: '' })).toBe('feed-removed');
    expect((await installBundled(db, serializeDataset(smallDataset('2026.4')), { ...ctx(), feedUrl: '' })).applied).toBe(true);
  });

  it('rejects a broken snapshot and changes nothing', async () => {
    const { db } = freshDb();
    await installBundled(db, serializeDataset(smallDataset('2026.1')), ctx());
    const before = await dump(db);
    await expect(installBundled(db, '{"version":"2026.9","bases":[]}', ctx())).rejects.toThrow(/bundled snapshot is invalid/);
    expect(await dump(db)).toBe(before);
  });

  it('rolls back completely when the disk fills up half way through', async () => {
    const { db } = freshDb();
    await db.clips.bulkAdd(clips);
    await installBundled(db, serializeDataset(smallDataset('2026.1')), ctx());
    const before = await dump(db);
    // The entities are already replaced and the incidents cleared when the write fails.
    const restore = fillDiskDuringIncidentWrites(db);
    const error = await installBundled(db, serializeDataset(withNewIncident(smallDataset('x'), '2026.2')), ctx()).catch((e: unknown) => e);
    expect((error as Error).name).toBe('QuotaExceededError');
    restore();
    expect(await dump(db)).toBe(before);
  });
});

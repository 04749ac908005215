/**
 * The background's dataset operations and message handlers, called as plain
 * functions (fakeBrowser ignores promises returned by message listeners), against
 * fake-indexeddb, fakeBrowser's storage and alarms, and a real feed on 127.0.0.1.
 */
import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateSigningKey, serializeDataset, type SigningKey } from '../../../lib/dataset';
import { PUBLISHED_KEY, type PublishedData } from '../../../lib/published';
import { writeSettings } from '../../../adapters/settings';
import { createDatasetController } from '../../../adapters/dataset/controller';
import { parseRequest } from '../../../adapters/messaging';
import { applyDataset, readInstalled } from '../../../adapters/dataset/store';
import { serve, type TestServer } from '../../e2e/server';
import { clips, feedRoutes, freshDb, newIncident, signedFeed, smallDataset, withNewIncident } from '../../fixtures/dataset';

const published = async () => (await fakeBrowser.storage.local.get(PUBLISHED_KEY))[PUBLISHED_KEY] as PublishedData | undefined;

describe('the dataset controller', () => {
  let key: SigningKey;
  let server: TestServer;
  beforeAll(async () => {
    key = (await generateSigningKey()).key;
    server = await serve(feedRoutes(await signedFeed(withNewIncident(smallDataset('x'), '2026.2'), key)));
  });
  afterAll(() => server.close());
  beforeEach(() => fakeBrowser.reset());

  function controller(bundle = smallDataset('2026.1')) {
    const { db } = freshDb();
    const c = createDatasetController({ db, pinnedKeys: [key.pinned], loadBundled: async () => serializeDataset(bundle) });
    return { db, c };
  }

  it('on first start installs the bundled snapshot and publishes it for content scripts', async () => {
    const { db, c } = controller();
    expect(await published()).toBeUndefined();
    await c.ensureReady();
    expect((await readInstalled(db))?.version).toBe('2026.1');
    const p = await published();
    expect(p?.version).toBe('2026.1');
    expect(p?.gazetteer.map((e) => e.id).sort()).toEqual(['ain-al-asad', 'group-a', 'tower-22', 'umbrella-u']);
    expect(p?.summaries['tower-22'].incident_count).toBe(1);
  });

  it('republishes when storage lost the publication, and answers dataset/publish', async () => {
    const { c } = controller();
    await c.ensureReady();
    await fakeBrowser.storage.local.remove(PUBLISHED_KEY);
    expect(await c.handlers['dataset/publish']({ type: 'dataset/publish' })).toEqual({ version: '2026.1' });
    expect((await published())?.version).toBe('2026.1');
  });

  it('on an extension update installs a newer bundle and publishes it; an older one changes nothing', async () => {
    const { db } = freshDb();
    await db.clips.bulkAdd(clips);
    const load = { text: serializeDataset(smallDataset('2026.1')) };
    const c = createDatasetController({ db, pinnedKeys: [key.pinned], loadBundled: async () => load.text });
    await c.installBundledSnapshot();
    load.text = serializeDataset(withNewIncident(smallDataset('x'), '2026.3'));
    await c.installBundledSnapshot();
    expect((await published())?.version).toBe('2026.3');
    load.text = serializeDataset(smallDataset('2026.2'));
    await c.installBundledSnapshot();
    expect((await readInstalled(db))?.version).toBe('2026.3');
    expect(await db.clips.toArray()).toEqual(clips);
  });

  it('sync-now without a feed URL fetches nothing and says so', async () => {
    const { c } = controller();
    await c.ensureReady();
    const before = server.requests.length;
    expect(await c.handlers['dataset/sync-now']({ type: 'dataset/sync-now' })).toMatchObject({ ok: false, error: { code: 'no-feed' } });
    expect(server.requests.length).toBe(before);
  });

  it('sync-now applies the feed, publishes the new incident and reports it in status and lookup', async () => {
    const { c } = controller();
    await c.ensureReady();
    await writeSettings({ feedUrl: `${server.origin}/feed/` });
    expect(await c.handlers['dataset/sync-now']({ type: 'dataset/sync-now' })).toEqual({ ok: true, outcome: 'applied', version: '2026.2' });
    const p = await published();
    expect(p?.version).toBe('2026.2');
    expect(p?.summaries['tower-22'].recent.map((i) => i.id)).toContain(newIncident().id);

    const status = await c.handlers['dataset/status']({ type: 'dataset/status' });
    expect(status).toMatchObject({ dataset: { version: '2026.2', origin: 'feed', counts: { incidents: 3 } }, sync: { lastError: null }, syncing: false, installError: null });
    expect(status.sync.lastSuccessAt).not.toBeNull();

    const tower = await c.handlers['dataset/lookup']({ type: 'dataset/lookup', entityId: 'tower-22' });
    expect(tower.entity?.name_en).toBe('tower-22');
    expect(tower.incidents.map((i) => i.id)).toEqual([newIncident().id, '2024-01-28-tower-22-drone']);
    expect(tower.incidents[0].sites[0]).toEqual({ id: 'tower-22', name_en: 'tower-22', name_ar: 'قاعدة' });
    const group = await c.handlers['dataset/lookup']({ type: 'dataset/lookup', entityId: 'umbrella-u' });
    expect(group.incidents).toHaveLength(2); // attributed, not claimed
    const all = await c.handlers['dataset/lookup']({ type: 'dataset/lookup' });
    expect(all.entity).toBeNull();
    expect(all.incidents.map((i) => i.date)).toEqual(['2024-02-02', '2024-01-28', '2023-10-30']);
    expect(await c.handlers['dataset/lookup']({ type: 'dataset/lookup', entityId: 'nowhere' })).toEqual({ version: '2026.2', entity: null, incidents: [] });
  });

  it('falls back to the bundle when the reader removes the feed URL', async () => {
    const { db, c } = controller();
    await applyDataset(db, withNewIncident(smallDataset('x'), '2026.2'), { kind: 'feed', url: `${server.origin}/feed/`, keyId: key.pinned.key_id });
    await c.ensureReady(); // no feed URL set
    expect(await readInstalled(db)).toMatchObject({ version: '2026.1', origin: 'bundled' });
    expect((await published())?.version).toBe('2026.1');
  });

  it('reports a failed bundle install in status and keeps serving requests', async () => {
    const { db } = freshDb();
    const c = createDatasetController({ db, pinnedKeys: [], loadBundled: async () => 'not json' });
    await expect(c.ensureReady()).rejects.toThrow(/bundled snapshot is invalid/);
    const status = await c.handlers['dataset/status']({ type: 'dataset/status' });
    expect(status.dataset).toBeNull();
    expect(status.installError).toMatch(/bundled snapshot is invalid/);
    expect(await c.handlers['dataset/lookup']({ type: 'dataset/lookup', entityId: 'tower-22' })).toEqual({ version: null, entity: null, incidents: [] });
  });
});

describe('dataset requests', () => {
  it('are recognised only when well formed', () => {
    const isDatasetRequest = (m: unknown) => parseRequest(m)?.type.startsWith('dataset/') ?? false;
    expect(isDatasetRequest({ type: 'dataset/status' })).toBe(true);
    expect(isDatasetRequest({ type: 'dataset/lookup' })).toBe(true);
    expect(isDatasetRequest({ type: 'dataset/lookup', entityId: 'tower-22' })).toBe(true);
    expect(isDatasetRequest({ type: 'dataset/lookup', entityId: 42 })).toBe(false);
    expect(isDatasetRequest({ type: 'dataset/lookup', entityId: '' })).toBe(false);
    expect(isDatasetRequest({ type: 'dataset/drop-tables' })).toBe(false);
    expect(isDatasetRequest('dataset/status')).toBe(false);
    expect(isDatasetRequest(null)).toBe(false);
  });
});

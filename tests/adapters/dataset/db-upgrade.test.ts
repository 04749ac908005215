import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA, openDatasetDb, SCHEMA_HISTORY, type DatasetMeta, type IncidentRow } from '../../../adapters/dataset/db';
import { incidentRecord, readInstalled } from '../../../adapters/dataset/store';
import { clipsForPage, listClips } from '../../../adapters/clips/store';
import { sampleClips } from '../../fixtures/clips';
import { clips, freshDb, smallDataset } from '../../fixtures/dataset';

describe('the database schema', () => {
  it('keeps an explicit, strictly increasing history ending at the latest version', () => {
    const versions = SCHEMA_HISTORY.map((s) => s.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(LATEST_SCHEMA).toBe(4);
    // Every table of every release is still declared: dropping one would delete user data.
    for (const [i, s] of SCHEMA_HISTORY.entries()) {
      for (const table of Object.keys(SCHEMA_HISTORY[i - 1]?.stores ?? {})) expect(s.stores).toHaveProperty(table);
    }
  });

  it('upgrades a database written by schema 1 with clips in it: every clip is found, incidents gain their groups', async () => {
    const { db: v1, name } = freshDb(1);
    const dataset = smallDataset('2026.1');
    await v1.clips.bulkAdd(clips);
    // Rows as schema 1 wrote them: plain incident records, no `groups` field nor index.
    await v1.table('incidents').bulkAdd(dataset.incidents);
    await v1.entities.bulkAdd(dataset.bases.map((record) => ({ ...record, kind: 'base' as const })));
    const meta: DatasetMeta = { key: 'dataset', version: '2026.1', origin: 'bundled', feedUrl: null, keyId: null, installedAt: '2026-11-01T00:00:00.000Z', counts: { bases: 2, militias: 0, incidents: 2 } };
    await v1.meta.put(meta);
    expect(v1.verno).toBe(1);
    v1.close();

    const db = openDatasetDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA);
    expect(await db.clips.toArray()).toEqual(clips);
    expect(await db.clips.where('url').equals('https://www.aljazeera.net/news/1').primaryKeys()).toEqual(['clip-1', 'clip-3']);
    const rows: IncidentRow[] = await db.incidents.toArray();
    expect(rows.map((r) => r.groups)).toEqual([['group-a', 'umbrella-u'], ['group-a', 'umbrella-u']]);
    expect(rows.map(incidentRecord)).toEqual(dataset.incidents);
    expect(await db.incidents.where('groups').equals('umbrella-u').count()).toBe(2);
    expect((await readInstalled(db))?.version).toBe('2026.1');
    db.close();
  });

  it('upgrades a database written by schema 2 to 3: every clip kept as it was, clips indexed by their real fields', async () => {
    const { db: v2, name } = freshDb(2);
    const real = await sampleClips();
    await v2.clips.bulkAdd(clips); // rows of development builds: not clips, kept as they are
    await v2.clips.bulkAdd(real.map((c) => ({ ...c })));
    const dataset = smallDataset('2026.1');
    await v2.table('incidents').bulkAdd(dataset.incidents.map((i) => ({ ...i, groups: ['group-a'] })));
    v2.close();

    const db = openDatasetDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA);
    expect(await db.clips.count()).toBe(clips.length + real.length);
    for (const row of clips) expect(await db.clips.get(row.id)).toEqual(row);
    expect(await listClips(db)).toEqual(expect.arrayContaining(real));
    expect((await listClips(db)).length).toBe(real.length);
    expect((await db.clips.get('clip-article'))?.entity_ids).toEqual(['kataib-hezbollah', 'ain-al-asad', 'nujaba', 'victory', 'harir']);
    expect((await db.clips.where('entity_ids').equals('nujaba').primaryKeys()).sort()).toEqual(['clip-article', 'clip-selection']);
    expect((await db.clips.where('tags').equals('drones').primaryKeys()).sort()).toEqual(['clip-article', 'clip-selection']);
    expect(await db.clips.orderBy('captured_at').count()).toBe(real.length);
    expect((await clipsForPage(db, ['https://news.example.com/2024/01/20/article'])).map((c) => c.id).sort()).toEqual(['clip-article', 'clip-empty', 'clip-selection']);
    expect(await db.incidents.count()).toBe(dataset.incidents.length);
    db.close();
  });

  it('opens an empty database directly at the latest version', async () => {
    const { db } = freshDb();
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['clips', 'entities', 'incidents', 'meta', 'own_incidents']);
    db.close();
  });
});

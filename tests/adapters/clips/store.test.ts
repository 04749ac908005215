import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { clipsForPage, deleteClip, getClip, importClips, listClips, putClip, restoreClip, updateClip } from '../../../adapters/clips/store';
import { applyDataset } from '../../../adapters/dataset/store';
import { editClip } from '../../../lib/clips/create';
import type { Clip } from '../../../lib/clips/types';
import { exportJson } from '../../../lib/export';
import { clipOf, meta, sampleClips } from '../../fixtures/clips';
import { clips as legacyRows, freshDb, smallDataset } from '../../fixtures/dataset';

let samples: Clip[];
beforeAll(async () => {
  samples = await sampleClips();
});

const exportedAt = new Date('2024-03-01T00:00:00.000Z');
const dbWith = async (clips: readonly Clip[]) => {
  const { db } = freshDb();
  for (const c of clips) await putClip(db, c);
  return db;
};

describe('the clips table (adapters/clips/store.ts)', () => {
  it('stores clips losslessly, indexed by entity, tag, site and capture time, and lists them newest first', async () => {
    const older = await clipOf('قاعدة حرير', { id: 'older', now: new Date('2024-01-01T00:00:00.000Z') });
    const db = await dbWith([older, ...samples]);
    expect(await getClip(db, 'clip-selection')).toEqual(samples[0]);
    const listed = await listClips(db);
    expect(listed.map((c) => c.id).at(-1)).toBe('older');
    expect(listed.find((c) => c.id === 'clip-article')).toEqual(samples[1]);
    expect((await db.clips.where('entity_ids').equals('kataib-hezbollah').primaryKeys()).sort()).toEqual(['clip-article', 'clip-hostile']);
    expect((await db.clips.where('tags').equals('drones').primaryKeys()).sort()).toEqual(['clip-article', 'clip-selection', 'older']);
    expect(await db.clips.where('site').equals('أخبار المثال').count()).toBe(4);
    expect(await db.clips.where('captured_at').below('2024-01-02').primaryKeys()).toEqual(['older']);
    // The stored row carries the index field; what is read back is the clip alone.
    expect((await db.clips.get('clip-article'))?.entity_ids).toEqual(['kataib-hezbollah', 'ain-al-asad', 'nujaba', 'victory', 'harir']);
    expect(Object.keys((await getClip(db, 'clip-article'))!)).not.toContain('entity_ids');
  });

  it('finds the clips of a page by its address or its canonical URL, whichever the clip recorded', async () => {
    const a = await clipOf('قاعدة حرير', { id: 'a', metadata: meta({ url: 'https://n.example/x?utm=1', canonical_url: 'https://n.example/x' }) });
    const b = await clipOf('قاعدة حرير', { id: 'b', metadata: meta({ url: 'https://n.example/x', canonical_url: null }) });
    const c = await clipOf('قاعدة حرير', { id: 'c', metadata: meta({ url: 'https://other.example/', canonical_url: null }) });
    const db = await dbWith([a, b, c]);
    expect((await clipsForPage(db, ['https://n.example/x'])).map((x) => x.id).sort()).toEqual(['a', 'b']);
    expect((await clipsForPage(db, ['https://n.example/x?utm=2', 'https://n.example/x'])).map((x) => x.id).sort()).toEqual(['a', 'b']);
    expect(await clipsForPage(db, ['https://n.example/y'])).toEqual([]);
    expect(await clipsForPage(db, [])).toEqual([]);
  });

  it('edits notes and tags (normalised, updated_at set), and refuses an unknown id or a limit broken', async () => {
    const db = await dbWith(samples);
    const at = new Date('2024-02-01T00:00:00.000Z');
    const edited = await updateClip(db, 'clip-selection', { notes: 'جديد', tags: [' a ', 'a', 'ب'] }, at);
    expect(edited).toEqual(editClip(samples[0], { notes: 'جديد', tags: ['a', 'ب'] }, at));
    expect(await getClip(db, 'clip-selection')).toEqual(edited);
    await expect(updateClip(db, 'nope', { notes: 'x' })).rejects.toThrow(RangeError);
    await expect(updateClip(db, 'clip-selection', { notes: 'x'.repeat(100_001) })).rejects.toThrow(/notes/);
    expect(await getClip(db, 'clip-selection')).toEqual(edited);
  });

  it('deletes with undo: the deleted clip comes back exactly, unless its id was reused meanwhile', async () => {
    const db = await dbWith(samples);
    const gone = await deleteClip(db, 'clip-hostile');
    expect(gone).toEqual(samples[3]);
    expect(await getClip(db, 'clip-hostile')).toBeNull();
    expect(await deleteClip(db, 'clip-hostile')).toBeNull();
    expect(await restoreClip(db, gone!)).toBe(true);
    expect(await getClip(db, 'clip-hostile')).toEqual(samples[3]);
    expect(await restoreClip(db, gone!)).toBe(false);
    await expect(restoreClip(db, { ...gone!, url: 'javascript:alert(1)' })).rejects.toThrow(RangeError);
  });

  it('never returns rows that are not clips (written by development builds before schema 3), and keeps them', async () => {
    const { db } = freshDb();
    await db.clips.bulkAdd(legacyRows);
    await putClip(db, samples[0]);
    expect((await listClips(db)).map((c) => c.id)).toEqual(['clip-selection']);
    expect(await getClip(db, 'clip-1')).toBeNull();
    expect(await db.clips.count()).toBe(legacyRows.length + 1);
  });

  it('is not touched by a dataset install', async () => {
    const db = await dbWith(samples);
    await applyDataset(db, smallDataset('2026.1'), { kind: 'bundled' });
    await applyDataset(db, smallDataset('2026.2'), { kind: 'bundled' });
    expect(await listClips(db)).toEqual(await listClips(await dbWith(samples)));
  });
});

describe('importing a JSON export into the table', () => {
  it('merges by id in one go: new clips added, older ones updated, newer ones kept', async () => {
    const db = await dbWith(samples.slice(0, 2));
    const newer = editClip(samples[0], { notes: 'edited later' }, new Date('2025-01-01T00:00:00.000Z'));
    const older = editClip(samples[1], { notes: 'stale' }, new Date('2024-01-21T10:00:00.000Z'));
    await putClip(db, editClip(samples[1], { notes: 'mine' }, new Date('2024-06-01T00:00:00.000Z')));
    const r = await importClips(db, exportJson([newer, older, samples[2], samples[3]], { exportedAt }));
    // Neither the replacement nor the clip kept goes unsaid: both are named.
    const mine = (await getClip(db, 'clip-article'))!;
    expect(r).toEqual({ ok: true, added: 2, updated: 1, unchanged: 0, replaced: [{ id: samples[0].id, title: samples[0].title, updated_at: samples[0].updated_at }], kept: [{ id: mine.id, title: mine.title, updated_at: mine.updated_at }] });
    expect((await getClip(db, 'clip-selection'))?.notes).toBe('edited later');
    expect((await getClip(db, 'clip-article'))?.notes).toBe('mine');
    expect(await getClip(db, 'clip-hostile')).toEqual(samples[3]);
  });

  it('round-trips into an empty library with nothing lost', async () => {
    const db = await dbWith([]);
    expect(await importClips(db, exportJson(samples, { exportedAt }))).toEqual({ ok: true, added: 4, updated: 0, unchanged: 0, replaced: [], kept: [] });
    for (const c of samples) expect(await getClip(db, c.id)).toEqual(c);
  });

  it('refuses a corrupt or hostile file with a clear message, and changes nothing', async () => {
    const db = await dbWith(samples.slice(0, 1));
    const before = JSON.stringify(await db.clips.toArray());
    const good = JSON.parse(exportJson(samples, { exportedAt }));
    const tampered = structuredClone(good);
    tampered.clips[1].text += ' (edited)';
    const cases: [string, RegExp][] = [
      ['{"format": "militia-base-reader/clips", "version": 1, "exported_at": "2024-03-01T00:00:00.000Z", "clips": [', /not valid JSON/],
      ['{"format": "something-else"}', /not a clips export/],
      [JSON.stringify(tampered), /does not match its SHA-256/],
      [JSON.stringify(good).replace('"clips":[', '"clips":[{"__proto__":{"polluted":true}},'), /__proto__/],
      [JSON.stringify({ ...good, clips: [...good.clips, { ...good.clips[0], url: 'javascript:alert(1)', id: 'x' }] }), /http\(s\) URL/],
    ];
    for (const [text, message] of cases) {
      const r = await importClips(db, text);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error).toMatch(message);
      expect(JSON.stringify(await db.clips.toArray())).toBe(before);
    }
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('writes all or nothing: a write failing part-way (a full disk) leaves the table as it was', async () => {
    const db = await dbWith(samples.slice(0, 1));
    const before = JSON.stringify(await db.clips.toArray());
    const table = db.clips;
    const original = table.bulkPut;
    table.bulkPut = (async (rows: readonly unknown[]) => {
      await original.call(table, rows.slice(0, 1) as never);
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }) as unknown as typeof original;
    const r = await importClips(db, exportJson(samples.slice(1), { exportedAt }));
    table.bulkPut = original;
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/nothing was imported/);
    expect(JSON.stringify(await db.clips.toArray())).toBe(before);
  });
});

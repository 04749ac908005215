import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { LATEST_SCHEMA } from '../../../adapters/dataset/db';
import { applyDataset } from '../../../adapters/dataset/store';
import { clipsForPage, putClip } from '../../../adapters/clips/store';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { messageListener, parseRequest } from '../../../adapters/messaging';
import { createOwnIncidentHandlers, DELETE_REFUSED_ERROR, forSender, OTHER_SITE_ERROR, ownIncidentRequestHandlers } from '../../../adapters/own-incidents/service';
import { ALREADY_KEPT, deleteOwnIncident, listOwnIncidents, lookupOwnIncidents, QUOTA_ERROR, saveOwnIncident } from '../../../adapters/own-incidents/store';
import { sampleClips } from '../../fixtures/clips';
import { freshDb, smallDataset } from '../../fixtures/dataset';
import { draft, NOW } from '../../fixtures/own-incidents';

async function installedDb() {
  const { db, name } = freshDb();
  await applyDataset(db, smallDataset('2026.1'), { kind: 'bundled' });
  return { db, name };
}

describe('the own_incidents table', () => {
  it('is schema 4: a database of schema 3 with clips and a dataset upgrades with every clip and record kept and an empty table', async () => {
    expect(LATEST_SCHEMA).toBe(4);
    const { db: v3, name } = freshDb(3);
    const clips = await sampleClips();
    for (const c of clips) await putClip(v3, c);
    await applyDataset(v3, smallDataset('2026.1'), { kind: 'bundled' });
    const before = { clips: await v3.clips.toArray(), incidents: await v3.incidents.toArray(), entities: await v3.entities.toArray() };
    v3.close();

    const { openDatasetDb } = await import('../../../adapters/dataset/db');
    const db = openDatasetDb(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.clips.toArray()).toEqual(before.clips);
    expect(await db.incidents.toArray()).toEqual(before.incidents);
    expect(await db.entities.toArray()).toEqual(before.entities);
    expect(await clipsForPage(db, [clips[0].url])).not.toHaveLength(0);
    expect(await db.own_incidents.count()).toBe(0);
    expect((await saveOwnIncident(db, draft(), NOW)).ok).toBe(true);
    db.close();
  });
});

describe('saving, listing and deleting', () => {
  it('keeps a valid incident and lists it by site, by group and in all', async () => {
    const { db } = await installedDb();
    const saved = await saveOwnIncident(db, draft(), NOW);
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.id).toMatch(/^own-2026-11-18-ain-al-asad-/);
    expect(await listOwnIncidents(db)).toEqual([saved.incident]);
    expect(await listOwnIncidents(db, { site: 'ain-al-asad' })).toEqual([saved.incident]);
    expect(await listOwnIncidents(db, { group: 'group-a' })).toEqual([saved.incident]);
    expect(await listOwnIncidents(db, { site: 'tower-22' })).toEqual([]);
    expect(await listOwnIncidents(db, { group: 'umbrella-u' })).toEqual([]);
    // The row's derived `groups` never leaks into the record.
    expect(Object.keys(saved.incident)).not.toContain('groups');
  });

  it('gives two incidents kept the same millisecond at the same site different ids', async () => {
    const { db } = await installedDb();
    const a = await saveOwnIncident(db, draft(), NOW);
    const b = await saveOwnIncident(db, draft({ weapons: ['rocket'] }), NOW);
    expect(a.ok && b.ok && a.id !== b.id).toBe(true);
    expect(await db.own_incidents.count()).toBe(2);
  });

  it('refuses keeping the same attack of the same article twice, naming the one kept; another article may report it', async () => {
    const { db } = await installedDb();
    const first = await saveOwnIncident(db, draft(), NOW);
    if (!first.ok) throw new Error(first.error);
    const again = await saveOwnIncident(db, draft({ weapons: ['unknown'] }), new Date(NOW.getTime() + 1000));
    expect(again).toEqual({ ok: false, error: `${ALREADY_KEPT} (${first.id})`, existing: first.id });
    const elsewhere = await saveOwnIncident(db, draft({ article_url: 'https://other.example.com/report' }), NOW);
    expect(elsewhere.ok).toBe(true);
    expect(await db.own_incidents.count()).toBe(2);
  });

  it('replaces an own incident by id, keeping when it was first kept', async () => {
    const { db } = await installedDb();
    const first = await saveOwnIncident(db, draft(), NOW);
    if (!first.ok) throw new Error(first.error);
    const later = new Date(NOW.getTime() + 60_000);
    const edited = await saveOwnIncident(db, { ...first.incident, outcome: 'damage', corrected: ['outcome'] }, later);
    expect(edited.ok && edited.incident).toMatchObject({ id: first.id, outcome: 'damage', kept_at: NOW.toISOString(), corrected: ['outcome'] });
    expect(await db.own_incidents.count()).toBe(1);
  });

  it('refuses unknown sites and groups, and everything before a dataset is installed, storing nothing', async () => {
    const { db } = await installedDb();
    const site = await saveOwnIncident(db, draft({ sites: ['camp-nowhere'] }), NOW);
    expect(site).toEqual({ ok: false, error: 'sites: "camp-nowhere" is not a site of the installed dataset' });
    const group = await saveOwnIncident(db, draft({ claimed_by: ['nobody'] }), NOW);
    expect(group).toEqual({ ok: false, error: 'claimed_by: "nobody" is not a group of the installed dataset' });
    expect(await db.own_incidents.count()).toBe(0);
    const { db: empty } = freshDb();
    const none = await saveOwnIncident(empty, draft(), NOW);
    expect(none.ok).toBe(false);
    expect(!none.ok && none.error).toContain('No dataset is installed yet');
  });

  it('says the disk is full and loses nothing when the write fails for quota', async () => {
    const { db } = await installedDb();
    const kept = await saveOwnIncident(db, draft(), NOW);
    if (!kept.ok) throw new Error(kept.error);
    const put = vi.spyOn(db.own_incidents, 'put').mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const full = await saveOwnIncident(db, draft({ weapons: ['rocket'] }), new Date(NOW.getTime() + 5));
    put.mockRestore();
    expect(full).toEqual({ ok: false, error: QUOTA_ERROR });
    expect(await listOwnIncidents(db)).toEqual([kept.incident]);
    // Another failure is reported too, not thrown.
    const other = vi.spyOn(db.own_incidents, 'put').mockRejectedValueOnce(new Error('disk on fire'));
    const failed = await saveOwnIncident(db, draft({ weapons: ['mortar'] }), NOW);
    other.mockRestore();
    expect(!failed.ok && failed.error).toContain('nothing was changed (disk on fire)');
    expect(await db.own_incidents.count()).toBe(1);
  });

  it('deletes by id, and says when there was nothing to delete', async () => {
    const { db } = await installedDb();
    const kept = await saveOwnIncident(db, draft(), NOW);
    if (!kept.ok) throw new Error(kept.error);
    expect(await deleteOwnIncident(db, kept.id)).toEqual({ ok: true, deleted: true });
    expect(await deleteOwnIncident(db, kept.id)).toEqual({ ok: true, deleted: false });
    expect(await listOwnIncidents(db)).toEqual([]);
  });

  it('survives a dataset sync: a newer dataset installed, the own incidents still listed with names', async () => {
    const { db } = await installedDb();
    const kept = await saveOwnIncident(db, draft(), NOW);
    if (!kept.ok) throw new Error(kept.error);
    const synced = await applyDataset(db, smallDataset('2026.2'), { kind: 'feed', url: 'https://feed.example.org/', keyId: 'k' });
    expect(synced.applied).toBe(true);
    expect(await listOwnIncidents(db)).toEqual([kept.incident]);
    const listed = await lookupOwnIncidents(db, 'ain-al-asad');
    expect(listed.map((i) => [i.id, i.own, i.sites[0].name_ar])).toEqual([[kept.id, true, 'قاعدة']]);
    expect(await lookupOwnIncidents(db, 'group-a')).toHaveLength(1);
    expect(await lookupOwnIncidents(db, 'tower-22')).toEqual([]);
    expect(await lookupOwnIncidents(db)).toHaveLength(1);
  });
});

describe('messages', () => {
  it('accepts well-formed requests only', () => {
    const isOwnIncidentRequest = (m: unknown) => parseRequest(m)?.type.startsWith('own-incidents/') ?? false;
    expect(isOwnIncidentRequest({ type: 'own-incidents/save', incident: draft() })).toBe(true);
    expect(isOwnIncidentRequest({ type: 'own-incidents/list' })).toBe(true);
    expect(isOwnIncidentRequest({ type: 'own-incidents/list', site: 'ain-al-asad' })).toBe(true);
    expect(isOwnIncidentRequest({ type: 'own-incidents/lookup', entityId: 'tower-22' })).toBe(true);
    expect(isOwnIncidentRequest({ type: 'own-incidents/delete', id: 'own-x' })).toBe(true);
    expect(isOwnIncidentRequest({ type: 'own-incidents/save', incident: 'x' })).toBe(false);
    expect(isOwnIncidentRequest({ type: 'own-incidents/list', site: 'a', group: 'b' })).toBe(false);
    expect(isOwnIncidentRequest({ type: 'own-incidents/list', site: 3 })).toBe(false);
    expect(isOwnIncidentRequest({ type: 'own-incidents/delete' })).toBe(false);
    expect(isOwnIncidentRequest({ type: 'own-incidents/drop' })).toBe(false);
    expect(isOwnIncidentRequest(null)).toBe(false);
  });

  it('lets a content script keep only incidents of its own site, and never delete', () => {
    const tab = { url: 'https://news.example.org/2026/11/18/drones', tab: {} };
    const save = { type: 'own-incidents/save' as const, incident: draft() };
    expect(forSender(save, tab)).toBe(save);
    expect(forSender(save, { url: 'https://evil.example.com/', tab: {} })).toBeNull();
    expect(forSender({ type: 'own-incidents/delete', id: 'own-x' }, tab)).toBeNull();
    expect(forSender({ type: 'own-incidents/delete', id: 'own-x' }, {})).not.toBeNull();
    expect(forSender({ type: 'own-incidents/lookup', entityId: 'x' }, tab)).not.toBeNull();
    // An extension page in a tab (the incidents page) is the extension's: it may delete.
    // (Node gives chrome-extension: URLs no origin; an https origin stands for it, the comparison is the same.)
    const ext = 'https://extension.example';
    const del = { type: 'own-incidents/delete' as const, id: 'own-x' };
    expect(forSender(del, { url: `${ext}/incidents.html`, tab: {} }, ext)).toBe(del);
    expect(forSender(del, { url: 'https://news.example.org/', tab: {} }, ext)).toBeNull();
  });

  it('answers a refused save or delete with why, without asking the database', async () => {
    const never = async (): Promise<never> => Promise.reject(new Error('the database was asked'));
    const listener = messageListener(ownIncidentRequestHandlers({ 'own-incidents/save': never, 'own-incidents/list': never, 'own-incidents/lookup': never, 'own-incidents/delete': never }, 'https://extension.example'));
    const page = { id: fakeBrowser.runtime.id, url: 'https://news.example.org/2026/11/18/drones', tab: { id: 3 } as never };
    expect(await listener({ type: 'own-incidents/save', incident: draft() }, { ...page, url: 'https://evil.example.com/' })).toEqual({ ok: false, error: OTHER_SITE_ERROR });
    expect(OTHER_SITE_ERROR).toBe('a page may only keep incidents of its own articles');
    expect(await listener({ type: 'own-incidents/delete', id: 'own-x' }, page)).toEqual({ ok: false, error: DELETE_REFUSED_ERROR });
    await expect(listener({ type: 'own-incidents/lookup' }, page)).rejects.toThrow('the database was asked');
  });

  it('handlers answer and tell pages after a change, not after a refusal', async () => {
    const { db } = await installedDb();
    const notify = vi.fn();
    const h = createOwnIncidentHandlers(db, notify, () => NOW);
    const refused = await h['own-incidents/save']({ type: 'own-incidents/save', incident: draft({ sites: ['nowhere'] }) });
    expect(refused.ok).toBe(false);
    expect(notify).not.toHaveBeenCalled();
    const saved = await h['own-incidents/save']({ type: 'own-incidents/save', incident: draft() });
    expect(saved.ok).toBe(true);
    expect(notify).toHaveBeenCalledTimes(1);
    expect(await h['own-incidents/list']({ type: 'own-incidents/list', site: 'ain-al-asad' })).toHaveLength(1);
    expect(await h['own-incidents/lookup']({ type: 'own-incidents/lookup' })).toHaveLength(1);
    if (!saved.ok) return;
    expect(await h['own-incidents/delete']({ type: 'own-incidents/delete', id: saved.id })).toEqual({ ok: true, deleted: true });
    expect(notify).toHaveBeenCalledTimes(2);
    expect(await h['own-incidents/delete']({ type: 'own-incidents/delete', id: saved.id })).toEqual({ ok: true, deleted: false });
    expect(notify).toHaveBeenCalledTimes(2);
  });
});

/**
 * The audit's feed findings (issue 10): without the signing key, nobody can make a
 * client record «up to date» — not with a same-version manifest (unsigned, or
 * signed by another key), not with a 304, not with a replayed old manifest past its
 * signed expiry; feeds are https only (http on the loopback), redirects are not
 * followed, the download stops at the signed size, and a signed dataset that fails
 * any of data:build's checks is refused with the installed one untouched.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSigningKey, serializeDataset, type SigningKey } from '../../../lib/dataset';
import type { DatasetDb } from '../../../adapters/dataset/db';
import { manifestUrlOf } from '../../../adapters/dataset/feed-url';
import { readInstalled } from '../../../adapters/dataset/store';
import { feedStaleSince, readSyncMeta, syncFeed, type SyncLimits } from '../../../adapters/dataset/sync';
import { serve, type TestServer } from '../../e2e/server';
import { dump, newIncident, installedDb, installedVersion, newer, signedFeed, smallDataset, withNewIncident, type Feed } from '../../fixtures/dataset';

const limits: SyncLimits = { manifestBytes: 16 * 1024, datasetBytes: 256 * 1024, timeoutMs: 2_000 };
const DAY = 24 * 60 * 60 * 1000;

describe('a feed cannot be frozen or stretched without the key', () => {
  let server: TestServer;
  let other: TestServer;
  let key: SigningKey;
  let stranger: SigningKey;
  let cases = 0;
  beforeAll(async () => {
    server = await serve({});
    other = await serve({});
    key = (await generateSigningKey()).key;
    stranger = (await generateSigningKey()).key;
  });
  afterAll(async () => {
    await server.close();
    await other.close();
  });

  function host(feed: Feed, on = server): string {
    const dir = `/freeze-${++cases}/`;
    on.set(`${dir}manifest.json`, { body: JSON.stringify(feed.manifest) });
    on.set(`${dir}${feed.manifest.file}`, { body: feed.bytes });
    return `${on.origin}${dir}`;
  }
  const sync = (db: DatasetDb, feedUrl: string, extra: { now?: Date; pinned?: SigningKey[]; fetch?: typeof fetch } = {}) =>
    syncFeed(db, { feedUrl, pinnedKeys: (extra.pinned ?? [key]).map((k) => k.pinned), limits, now: extra.now && (() => extra.now!), fetch: extra.fetch });

  /** The sync failed with `code`, recorded it, kept the data and clips, and recorded no success. */
  async function refused(db: DatasetDb, r: Awaited<ReturnType<typeof sync>>, code: string, before: string, lastSuccessAt: string | null = null) {
    expect(r).toMatchObject({ ok: false, error: { code } });
    expect(await dump(db)).toBe(before);
    expect(await readSyncMeta(db)).toMatchObject({ lastSuccessAt, lastError: { code } });
  }

  it('an unsigned manifest of the installed version is refused, not recorded as up to date', async () => {
    const db = await installedDb();
    const before = await dump(db);
    await refused(db, await sync(db, host(await signedFeed(smallDataset(installedVersion), undefined))), 'unsigned', before);
  });

  it('a manifest of the installed version signed by a key that is not pinned is refused', async () => {
    const db = await installedDb();
    const before = await dump(db);
    await refused(db, await sync(db, host(await signedFeed(smallDataset(installedVersion), stranger))), 'unknown-key', before);
  });

  it('a genuine manifest of the installed version replayed past its signed expiry: expired, and the feed reads stale since then', async () => {
    const db = await installedDb();
    const before = await dump(db);
    const expires = new Date(Date.now() - 2 * DAY);
    const feed = await signedFeed(smallDataset(installedVersion), key, undefined, { created: new Date(Date.now() - 32 * DAY), expires });
    await refused(db, await sync(db, host(feed)), 'expired', before);
    const meta = await readSyncMeta(db);
    expect(feedStaleSince(meta, new Date())).toBe(expires.toISOString());
  });

  it('a genuine newer manifest replayed past its expiry is refused before its file is fetched', async () => {
    const db = await installedDb();
    const before = await dump(db);
    const feed = await signedFeed(newer(), key, undefined, { created: new Date(Date.now() - 40 * DAY), expires: new Date(Date.now() - DAY) });
    const url = host(feed);
    const requestsBefore = server.requests.length;
    await refused(db, await sync(db, url), 'expired', before);
    expect(server.requests.slice(requestsBefore).every((p) => p.endsWith('manifest.json'))).toBe(true);
  });

  it('a 304 counts only while the manifest it stands for still verifies and has not expired', async () => {
    const db = await installedDb();
    const feed = await signedFeed(newer(), key);
    const dir = `/freeze-${++cases}/`;
    server.set(`${dir}${feed.manifest.file}`, { body: feed.bytes });
    server.set(`${dir}manifest.json`, (req, res) => {
      if (req.headers['if-none-match'] === '"v2"') return void res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'application/json', etag: '"v2"' }).end(JSON.stringify(feed.manifest));
    });
    const url = `${server.origin}${dir}`;
    expect(await sync(db, url)).toMatchObject({ ok: true, outcome: 'applied' });
    const success = (await readSyncMeta(db)).lastSuccessAt;
    expect(await sync(db, url)).toMatchObject({ ok: true, outcome: 'up-to-date', version: '2026.2' });
    expect(feedStaleSince(await readSyncMeta(db), new Date())).toBeNull();
    const before = await dump(db);
    const afterExpiry = new Date(Date.parse(feed.manifest.expires) + 1000);
    const late = await sync(db, url, { now: afterExpiry });
    expect(late).toMatchObject({ ok: false, error: { code: 'expired' } });
    expect(await dump(db)).toBe(before);
    expect((await readSyncMeta(db)).lastSuccessAt).not.toBe(afterExpiry.toISOString());
    expect(feedStaleSince(await readSyncMeta(db), afterExpiry)).toBe(feed.manifest.expires);
    // The key that signed it is no longer pinned (a release removed it): a 304 cannot keep it alive.
    expect(await sync(db, url, { pinned: [stranger] })).toMatchObject({ ok: false, error: { code: 'unknown-key' } });
    expect((await readSyncMeta(db)).lastSuccessAt).not.toBeNull();
    expect(success).not.toBeNull();
  });

  it('refuses plain http except on the loopback', async () => {
    const db = await installedDb();
    const before = await dump(db);
    let asked = 0;
    const spy = (async () => {
      asked++;
      throw new TypeError('no network in this test');
    }) as typeof fetch;
    await refused(db, await sync(db, 'http://feed.example/feed/', { fetch: spy }), 'bad-url', before);
    expect(asked).toBe(0);
    expect(manifestUrlOf('http://localhost:8080/feed')).toBe('http://localhost:8080/feed/manifest.json');
    expect(manifestUrlOf('http://[::1]/feed/')).toBe('http://[::1]/feed/manifest.json');
    expect(manifestUrlOf('http://127.0.0.1.example.org/feed/')).toBeNull();
    expect(manifestUrlOf('https://user:pass@feed.example/')).toBeNull();
    expect(await sync(db, host(await signedFeed(newer(), key)))).toMatchObject({ ok: true, outcome: 'applied' }); // http://127.0.0.1
  });

  it('does not follow a redirect, even to a valid feed on another origin', async () => {
    const db = await installedDb();
    const before = await dump(db);
    const target = host(await signedFeed(newer(), key), other);
    const dir = `/freeze-${++cases}/`;
    server.set(`${dir}manifest.json`, (_req, res) => void res.writeHead(302, { location: `${target}manifest.json` }).end());
    const otherBefore = other.requests.length;
    await refused(db, await sync(db, `${server.origin}${dir}`), 'redirect', before);
    expect(other.requests.length).toBe(otherBefore);
  });

  it('stops reading the dataset file at its signed size', async () => {
    const db = await installedDb();
    const before = await dump(db);
    const feed = await signedFeed(newer(), key);
    const url = host(feed);
    let pulled = 0;
    const chunk = new Uint8Array(16 * 1024).fill(0x20);
    const endless = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const u = String(input);
      if (u.endsWith('manifest.json')) return fetch(input, init);
      const body = new ReadableStream<Uint8Array>({
        pull(c) {
          pulled += chunk.length;
          if (pulled > 4 * 1024 * 1024) c.close();
          else c.enqueue(chunk);
        },
      }, { highWaterMark: 0 });
      return new Response(body, { status: 200 });
    }) as typeof fetch;
    await refused(db, await sync(db, url, { fetch: endless }), 'wrong-size', before);
    expect(pulled).toBeLessThanOrEqual(feed.manifest.size + 2 * chunk.length);
  });

  it('refuses a signed dataset that fails another of data:build\'s checks, keeping the installed one', async () => {
    const db = await installedDb();
    const before = await dump(db);
    const future = { ...newIncident('2099-01-01-tower-22-rocket'), date: '2099-01-01', campaign: undefined };
    const r = await sync(db, host(await signedFeed(withNewIncident(smallDataset(installedVersion), '2026.2', future), key)));
    await refused(db, r, 'schema', before);
    expect(r.ok ? '' : r.error.detail).toMatch(/\[dates\] 2099-01-01-tower-22-rocket: date 2099-01-01 is in the future/);
    expect((await readInstalled(db))?.version).toBe(installedVersion);
  });

  it('refuses a signed dataset with an alias of 30,000 distinct characters', async () => {
    const db = await installedDb();
    const before = await dump(db);
    const d = newer();
    const huge = Array.from({ length: 30_000 }, (_, i) => String.fromCharCode(0x4e00 + i)).join('');
    const hostile = { ...d, bases: d.bases.map((b, n) => (n === 0 ? { ...b, aliases: [...b.aliases, { text: huge, lang: 'ar' as const }] } : b)) };
    const r = await syncFeed(db, { feedUrl: host(await signedFeed(hostile, key, serializeDataset(hostile))), pinnedKeys: [key.pinned], limits: { ...limits, datasetBytes: 1024 * 1024 } });
    await refused(db, r, 'schema', before);
  });
});

/**
 * Sync against a real HTTP server on 127.0.0.1 (tests/e2e/server.ts) with Node's
 * fetch and fake-indexeddb: every bad feed leaves the installed dataset and the
 * clips byte-for-byte intact and records a specific error; the good feed applies.
 */
import 'fake-indexeddb/auto';
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetFileName, generateSigningKey, manifestMessage, serializeDataset, type Dataset, type Manifest, type SigningKey } from '../../../lib/dataset';
import { signMessage } from '../../../lib/dataset/signing';
import type { DatasetDb } from '../../../adapters/dataset/db';
import { readDataset } from '../../../adapters/dataset/store';
import { readSyncMeta, syncFeed, type SyncLimits } from '../../../adapters/dataset/sync';
import { serve, type Route, type TestServer } from '../../e2e/server';
import { clips, dump, fillDiskDuringIncidentWrites, newIncident, installedDb, installedVersion, newer, signedFeed, smallDataset, withNewIncident, type Feed } from '../../fixtures/dataset';

const limits: SyncLimits = { manifestBytes: 16 * 1024, datasetBytes: 64 * 1024, timeoutMs: 400 };

describe('sync from a feed on 127.0.0.1', () => {
  let server: TestServer;
  let key: SigningKey;
  let stranger: SigningKey;
  const stalled: ServerResponse[] = [];
  let cases = 0;
  beforeAll(async () => {
    server = await serve({});
    key = (await generateSigningKey()).key;
    stranger = (await generateSigningKey()).key;
  });
  afterAll(async () => {
    for (const res of stalled) res.destroy();
    await server.close();
  });


  /** Serves a feed under a fresh directory and returns that directory's URL; `routes` override or add. */
  function host(feed: Feed | null, routes: Record<string, Route> = {}): string {
    const dir = `/case-${++cases}/`;
    if (feed) {
      server.set(`${dir}manifest.json`, { body: JSON.stringify(feed.manifest) });
      server.set(`${dir}${feed.manifest.file}`, { body: feed.bytes });
    }
    for (const [path, route] of Object.entries(routes)) server.set(`${dir}${path}`, route);
    return `${server.origin}${dir}`;
  }
  const sync = (db: DatasetDb, feedUrl: string, l = limits) => syncFeed(db, { feedUrl, pinnedKeys: [key.pinned], limits: l });

  it('applies a good feed: the new incident is installed, clips untouched, validators kept', async () => {
    const db = await installedDb();
    const feed = await signedFeed(newer(), key);
    const url = host(feed);
    const r = await sync(db, url);
    expect(r).toMatchObject({ ok: true, outcome: 'applied', version: '2026.2' });
    const installed = await readDataset(db);
    expect(installed?.incidents.map((i) => i.id)).toContain(newIncident().id);
    expect(await db.incidents.where('groups').equals('group-a').count()).toBe(3);
    expect(await db.clips.toArray()).toEqual(clips);
    expect(await db.meta.get('dataset')).toMatchObject({ version: '2026.2', origin: 'feed', feedUrl: url, keyId: key.pinned.key_id });
    const meta = await readSyncMeta(db);
    expect(meta.lastError).toBeNull();
    expect(meta.lastSuccessAt).not.toBeNull();
    expect(meta.validators).toMatchObject({ url: `${url}manifest.json`, version: '2026.2' });
  });

  it('asks with If-None-Match and If-Modified-Since; a 304 is "up to date" and downloads nothing', async () => {
    const db = await installedDb();
    const feed = await signedFeed(newer(), key);
    const seen: (string | undefined)[][] = [];
    const etag = '"m-2026.2"';
    const lastModified = 'Sat, 21 Nov 2026 11:00:00 GMT';
    const url = host(feed, {
      'manifest.json': (req, res) => {
        seen.push([req.headers['if-none-match'], req.headers['if-modified-since']]);
        if (req.headers['if-none-match'] === etag) return void res.writeHead(304).end();
        res.writeHead(200, { 'content-type': 'application/json', etag, 'last-modified': lastModified }).end(JSON.stringify(feed.manifest));
      },
    });
    expect(await sync(db, url)).toMatchObject({ ok: true, outcome: 'applied' });
    const requestsBefore = server.requests.length;
    expect(await sync(db, url)).toEqual({ ok: true, outcome: 'up-to-date', version: '2026.2' });
    expect(server.requests.slice(requestsBefore)).toEqual([new URL(`${url}manifest.json`).pathname]);
    expect(seen).toEqual([[undefined, undefined], [etag, lastModified]]);
  });

  it('treats the same version as up to date without downloading the dataset file', async () => {
    const db = await installedDb();
    const url = host(await signedFeed(smallDataset(installedVersion), key));
    const requestsBefore = server.requests.length;
    expect(await sync(db, url)).toEqual({ ok: true, outcome: 'up-to-date', version: installedVersion });
    expect(server.requests.slice(requestsBefore).every((p) => p.endsWith('manifest.json'))).toBe(true);
  });

  it('accepts the manifest URL itself as the feed URL', async () => {
    const db = await installedDb();
    const url = host(await signedFeed(newer(), key));
    expect(await sync(db, `${url}manifest.json`)).toMatchObject({ ok: true, outcome: 'applied' });
  });

  const tamper = (bytes: Buffer) => Buffer.from(bytes.toString('utf8').replace('A new rocket attack.', 'A new rocket attacK.'));
  const flipSignature = (feed: Feed): Feed => {
    const sig = Buffer.from(feed.manifest.signature!, 'base64');
    sig[3] ^= 0x01;
    return { ...feed, manifest: { ...feed.manifest, signature: sig.toString('base64') } };
  };
  const withWeapon = (d: Dataset): Dataset => ({ ...d, incidents: d.incidents.map((i, n) => (n === 0 ? { ...i, weapons: ['laser' as never] } : i)) });
  const withSite = (d: Dataset, site: string): Dataset => ({ ...d, incidents: d.incidents.map((i, n) => (n === 0 ? { ...i, sites: [site] } : i)) });
  const halfThenClose = (bytes: Buffer) => (_req: unknown, res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(bytes.length) });
    res.write(bytes.subarray(0, bytes.length >> 1), () => setTimeout(() => res.destroy(), 20));
  };
  const halfThenEnd = (bytes: Buffer) => (_req: unknown, res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'application/json' }); // chunked: no length announced
    res.end(bytes.subarray(0, bytes.length >> 1));
  };
  const never = (_req: unknown, res: ServerResponse) => void stalled.push(res);
  const stallAfterHalf = (bytes: Buffer) => (_req: unknown, res: ServerResponse) => {
    stalled.push(res);
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(bytes.length) });
    res.write(bytes.subarray(0, bytes.length >> 1));
  };
  const file = (f: Feed) => f.manifest.file;
  /** The feed's manifest with `fields` changed and signed again by the pinned key (what only the key holder can do). */
  const resigned = async (f: Feed, fields: Partial<Manifest>): Promise<Manifest> => {
    const m = { ...f.manifest, ...fields };
    return { ...m, signature: await signMessage(key, manifestMessage(m)) };
  };

  /** Each bad feed: how to serve it, the error it must report. */
  const badFeeds: { name: string; code: string; url: () => Promise<string>; limits?: SyncLimits }[] = [
    { name: 'wrong hash (a byte changed, same length)', code: 'wrong-hash', url: async () => { const f = await signedFeed(newer(), key); return host({ ...f, bytes: tamper(f.bytes) }); } },
    { name: 'bad signature', code: 'bad-signature', url: async () => host(flipSignature(await signedFeed(newer(), key))) },
    { name: 'unknown key', code: 'unknown-key', url: async () => host(await signedFeed(newer(), stranger)) },
    { name: 'unsigned feed', code: 'unsigned', url: async () => host(await signedFeed(newer(), undefined)) },
    { name: 'invalid JSON manifest', code: 'invalid-json', url: async () => host(null, { 'manifest.json': { body: '{"format": 1, "version": ' } }) },
    { name: 'invalid JSON dataset file (correctly signed)', code: 'invalid-json', url: async () => host(await signedFeed(newer(), key, serializeDataset(newer()).slice(0, 200))) },
    { name: 'dataset file not UTF-8 (correctly signed)', code: 'invalid-json', url: async () => host(await signedFeed(newer(), key, Uint8Array.from([0x7b, 0xff, 0xfe, 0x7d]))) },
    { name: 'manifest missing its hash', code: 'malformed-manifest', url: async () => { const f = await signedFeed(newer(), key); const { sha256: _, ...m } = f.manifest; return host(null, { 'manifest.json': { body: JSON.stringify(m) } }); } },
    { name: 'manifest of a future format', code: 'unsupported-format', url: async () => { const f = await signedFeed(newer(), key); return host(null, { 'manifest.json': { body: JSON.stringify({ ...f.manifest, format: 3 }) } }); } },
    { name: 'schema-invalid record (correctly signed)', code: 'schema', url: async () => host(await signedFeed(newer(), key, serializeDataset(withWeapon(newer())))) },
    { name: 'incident naming a site that does not exist', code: 'schema', url: async () => host(await signedFeed(withSite(newer(), 'nowhere'), key)) },
    { name: 'two incidents with one id', code: 'schema', url: async () => { const d = newer(); return host(await signedFeed({ ...d, incidents: [...d.incidents, d.incidents[0]] }, key)); } },
    { name: 'dataset file of another version', code: 'version-mismatch', url: async () => host(await signedFeed(newer('2026.3'), key, serializeDataset(newer('2026.2')))) },
    { name: 'truncated download (connection closed)', code: 'truncated', url: async () => { const f = await signedFeed(newer(), key); return host(null, { 'manifest.json': { body: JSON.stringify(f.manifest) }, [file(f)]: halfThenClose(f.bytes) }); } },
    { name: 'truncated download (short body, no length)', code: 'truncated', url: async () => { const f = await signedFeed(newer(), key); return host(null, { 'manifest.json': { body: JSON.stringify(f.manifest) }, [file(f)]: halfThenEnd(f.bytes) }); } },
    { name: 'longer file than signed', code: 'wrong-size', url: async () => { const f = await signedFeed(newer(), key); return host(f, { [file(f)]: { body: Buffer.concat([f.bytes, Buffer.from(' ')]) } }); } },
    { name: 'manifest 404', code: 'http-404', url: async () => host(null) },
    { name: 'dataset file 404', code: 'http-404', url: async () => { const f = await signedFeed(newer(), key); return host(null, { 'manifest.json': { body: JSON.stringify(f.manifest) } }); } },
    { name: 'server error 500', code: 'http-500', url: async () => host(null, { 'manifest.json': { status: 500, body: 'oops' } }) },
    { name: 'server that never answers', code: 'timeout', url: async () => host(null, { 'manifest.json': never }) },
    { name: 'download that stalls half way', code: 'timeout', url: async () => { const f = await signedFeed(newer(), key); return host(null, { 'manifest.json': { body: JSON.stringify(f.manifest) }, [file(f)]: stallAfterHalf(f.bytes) }); } },
    { name: 'oversized file (announced by the manifest)', code: 'too-large', limits: { ...limits, datasetBytes: 1000 }, url: async () => host(await signedFeed(newer(), key)) },
    { name: 'file longer than its signed size (the stream is cut there)', code: 'wrong-size', limits: { ...limits, datasetBytes: 1000 }, url: async () => { const f = await signedFeed(newer(), key); const m = await resigned(f, { size: 900 }); return host(null, { 'manifest.json': { body: JSON.stringify(m) }, [file(f)]: (_q, res) => { res.writeHead(200); res.end(f.bytes); } }); } },
    { name: 'file whose Content-Length passes its signed size', code: 'wrong-size', limits: { ...limits, datasetBytes: 1000 }, url: async () => { const f = await signedFeed(newer(), key); const m = await resigned(f, { size: 900 }); return host(null, { 'manifest.json': { body: JSON.stringify(m) }, [file(f)]: { body: f.bytes } }); } },
    { name: 'manifest whose size was raised after signing', code: 'bad-signature', url: async () => { const f = await signedFeed(newer(), key); return host(null, { 'manifest.json': { body: JSON.stringify({ ...f.manifest, size: f.manifest.size + 1 }) } }); } },
    { name: 'oversized manifest', code: 'too-large', url: async () => host(null, { 'manifest.json': { body: 'x'.repeat(limits.manifestBytes + 1) } }) },
    { name: 'older version', code: 'not-newer', url: async () => host(await signedFeed(withNewIncident(smallDataset('x'), '2026.0'), key)) },
    { name: 'nothing listening', code: 'network', url: async () => { const s = await serve({}); await s.close(); return `${s.origin}/feed/`; } },
    { name: 'not an http(s) URL', code: 'bad-url', url: async () => 'ftp://127.0.0.1/feed/' },
  ];

  for (const bad of badFeeds) {
    it(`rejects ${bad.name}: ${bad.code}, data and clips intact`, async () => {
      const db = await installedDb();
      const before = await dump(db);
      const r = await sync(db, await bad.url(), bad.limits);
      expect(r).toMatchObject({ ok: false, error: { code: bad.code } });
      expect(r.ok ? '' : r.error.detail).not.toBe('');
      expect(await dump(db)).toBe(before);
      expect((await readSyncMeta(db)).lastError).toMatchObject({ code: bad.code });
    });
  }

  it('rolls back a sync the disk cannot hold: quota, nothing half-applied', async () => {
    const db = await installedDb();
    const before = await dump(db);
    const restore = fillDiskDuringIncidentWrites(db);
    const r = await sync(db, host(await signedFeed(newer(), key)));
    restore();
    expect(r).toMatchObject({ ok: false, error: { code: 'quota' } });
    expect(await dump(db)).toBe(before);
    expect((await readSyncMeta(db)).lastError?.code).toBe('quota');
  });

  it('keeps the last success across a failure, and a later good sync clears the error', async () => {
    const db = await installedDb();
    await sync(db, host(await signedFeed(newer(), key)));
    const success = (await readSyncMeta(db)).lastSuccessAt;
    await sync(db, host(null, { 'manifest.json': { status: 500, body: '' } }));
    expect(await readSyncMeta(db)).toMatchObject({ lastSuccessAt: success, lastError: { code: 'http-500' } });
    expect(await sync(db, host(await signedFeed(withNewIncident(newer(), '2026.3', newIncident('2024-02-02-tower-22-rocket-2')), key)))).toMatchObject({ ok: true, outcome: 'applied' });
    expect((await readSyncMeta(db)).lastError).toBeNull();
    expect(datasetFileName('2026.3')).toBe('dataset-2026.3.json');
  });
});

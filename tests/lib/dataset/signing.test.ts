import { describe, expect, it } from 'vitest';
import { createManifest, generateSigningKey, importSigningKey, readPinnedKeys, verifyManifest, type SigningKey } from '../../../lib/dataset';

const bytes = new TextEncoder().encode('{"version":"2026.11.21.1","bases":[],"militias":[],"incidents":[]}\n');
const signed = (key: SigningKey) => createManifest({ version: '2026.11.21.1', bytes, created: new Date('2026-11-21T00:00:00Z'), key });

describe('feed manifests', async () => {
  const { key, pkcs8Pem } = await generateSigningKey();
  const other = (await generateSigningKey()).key;
  const pinned = [key.pinned];

  it('describe the dataset file and verify with the pinned key', async () => {
    const m = await signed(key);
    expect(m).toMatchObject({ format: 2, version: '2026.11.21.1', size: bytes.length, file: 'dataset-2026.11.21.1.json', key_id: key.pinned.key_id });
    expect(m.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await verifyManifest(m, bytes, pinned)).toEqual({ ok: true, manifest: m });
  });

  it('survive a JSON round trip, as served by a static host', async () => {
    const m = JSON.parse(JSON.stringify(await signed(key)));
    expect((await verifyManifest(m, bytes, pinned)).ok).toBe(true);
  });

  it('reject tampered bytes of the same length: wrong-hash', async () => {
    const tampered = bytes.slice();
    tampered[10] ^= 1;
    expect(await verifyManifest(await signed(key), tampered, pinned)).toMatchObject({ ok: false, error: 'wrong-hash' });
  });

  it('reject a truncated file: wrong-size', async () => {
    expect(await verifyManifest(await signed(key), bytes.slice(1), pinned)).toMatchObject({ ok: false, error: 'wrong-size' });
  });

  it('reject a signature by a key that is not pinned: unknown-key', async () => {
    expect(await verifyManifest(await signed(other), bytes, pinned)).toMatchObject({ ok: false, error: 'unknown-key' });
  });

  it('reject a flipped signature bit, a signature by another key under the pinned id, and edited fields: bad-signature', async () => {
    const m = await signed(key);
    const sig = Uint8Array.from(atob(m.signature!), (c) => c.charCodeAt(0));
    sig[5] ^= 0x80;
    const flipped = { ...m, signature: btoa(String.fromCharCode(...sig)) };
    expect(await verifyManifest(flipped, bytes, pinned)).toMatchObject({ ok: false, error: 'bad-signature' });
    const forged = { ...(await signed(other)), key_id: key.pinned.key_id };
    expect(await verifyManifest(forged, bytes, pinned)).toMatchObject({ ok: false, error: 'bad-signature' });
    expect(await verifyManifest({ ...m, signature: 'not base64!' }, bytes, pinned)).toMatchObject({ ok: false, error: 'bad-signature' });
    // A manifest re-pointed at other bytes with their own hash still fails: the hash is signed.
    const other_bytes = new TextEncoder().encode('{}');
    const repointed = { ...(await createManifest({ version: '2026.11.21.1', bytes: other_bytes, created: new Date() })), key_id: m.key_id, signature: m.signature };
    expect(await verifyManifest(repointed, other_bytes, pinned)).toMatchObject({ ok: false, error: 'bad-signature' });
  });

  it('reject unsigned, malformed and future-format manifests', async () => {
    const unsigned = await createManifest({ version: '2026.11.21.1', bytes, created: new Date() });
    expect(await verifyManifest(unsigned, bytes, pinned)).toMatchObject({ ok: false, error: 'unsigned' });
    const m = await signed(key);
    expect(await verifyManifest({ ...m, file: '../etc/passwd' }, bytes, pinned)).toMatchObject({ ok: false, error: 'malformed-manifest' });
    expect(await verifyManifest({ ...m, version: 'latest' }, bytes, pinned)).toMatchObject({ ok: false, error: 'malformed-manifest' });
    expect(await verifyManifest('manifest', bytes, pinned)).toMatchObject({ ok: false, error: 'malformed-manifest' });
    expect(await verifyManifest({ ...m, format: 1 }, bytes, pinned)).toMatchObject({ ok: false, error: 'unsupported-format' });
  });

  it('import the private key as PKCS#8 PEM or JWK with the same key id', async () => {
    expect((await importSigningKey(pkcs8Pem)).pinned).toEqual(key.pinned);
    const jwk = await globalThis.crypto.subtle.exportKey('jwk', key.privateKey);
    const fromJwk = await importSigningKey(JSON.stringify(jwk));
    expect(fromJwk.pinned).toEqual(key.pinned);
    expect(await verifyManifest(await signed(fromJwk), bytes, pinned)).toMatchObject({ ok: true });
    await expect(importSigningKey('-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----')).rejects.toThrow(/openssl pkcs8/);
    await expect(importSigningKey(JSON.stringify({ ...jwk, d: undefined }))).rejects.toThrow(/private key/);
  });

  it('pinned keys must carry their own thumbprint as key_id', async () => {
    expect((await readPinnedKeys([key.pinned, other.pinned])).problems).toEqual([]);
    const wrong = await readPinnedKeys([{ ...key.pinned, key_id: other.pinned.key_id }]);
    expect(wrong.problems.map((p) => p.message)).toEqual([expect.stringMatching(/is not the thumbprint of its jwk/)]);
    expect((await readPinnedKeys([key.pinned, key.pinned])).problems).toHaveLength(1);
    expect((await readPinnedKeys({ keys: [] })).problems).toHaveLength(1);
  });
});

import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MBR_NAMESPACE, sha1, uuidV5, uuidV5Sync } from '../../../lib/export/uuid';

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

describe('SHA-1 and UUIDv5 computed synchronously', () => {
  it('gives the FIPS 180 test vectors', () => {
    const enc = new TextEncoder();
    expect(hex(sha1(enc.encode('abc')))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(hex(sha1(new Uint8Array(0)))).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    expect(hex(sha1(enc.encode('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe('84983e441c3bd26ebaae4aa1f95129e5e54670f1');
  });

  it('agrees with WebCrypto on every length across the block boundaries, Arabic included', async () => {
    for (let n = 0; n < 140; n++) {
      const data = new TextEncoder().encode('ق'.repeat(n >> 1) + 'x'.repeat(n & 1));
      expect(hex(sha1(data))).toBe(hex(new Uint8Array(await webcrypto.subtle.digest('SHA-1', data))));
    }
  });

  it('UUIDv5: the RFC reference value, the same sync and async, refused namespaces', async () => {
    expect(uuidV5Sync('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    expect(await uuidV5('incident|2024-01-28-tower-22-drone')).toBe(uuidV5Sync('incident|2024-01-28-tower-22-drone', MBR_NAMESPACE));
    expect(() => uuidV5Sync('x', 'not-a-uuid')).toThrow(RangeError);
  });
});

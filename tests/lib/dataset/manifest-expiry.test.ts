/** The manifest's expiry is signed (issue 10): it cannot be stretched without the key, nor set years ahead with it. */
import { describe, expect, it } from 'vitest';
import { createManifest, generateSigningKey, isExpired, MAX_FEED_LIFETIME_DAYS, verifyManifestSignature } from '../../../lib/dataset';
import { manifestMessage } from '../../../lib/dataset/manifest';
import { signMessage } from '../../../lib/dataset/signing';

const bytes = new TextEncoder().encode('{"version":"2026.12.1","bases":[],"militias":[],"incidents":[]}\n');
const created = new Date('2026-12-01T00:00:00Z');
const DAY = 86_400_000;

describe('manifest expiry', async () => {
  const { key } = await generateSigningKey();
  const pinned = [key.pinned];

  it('defaults to 30 days after creation, and is part of what is signed', async () => {
    const m = await createManifest({ version: '2026.12.1', bytes, created, key });
    expect(m.expires).toBe('2026-12-31T00:00:00.000Z');
    expect(new TextDecoder().decode(manifestMessage(m))).toBe(`dataset-feed/2\n2026.12.1\n${m.sha256}\n${m.size}\ndataset-2026.12.1.json\n2026-12-31T00:00:00.000Z`);
    expect(await verifyManifestSignature(m, pinned)).toMatchObject({ ok: true });
    expect(await verifyManifestSignature({ ...m, expires: '2027-12-01T00:00:00.000Z' }, pinned)).toMatchObject({ ok: false, error: 'bad-signature' });
  });

  it('is over once its instant has passed', async () => {
    const m = await createManifest({ version: '2026.12.1', bytes, created, key });
    expect(isExpired(m, new Date(Date.parse(m.expires)))).toBe(false);
    expect(isExpired(m, new Date(Date.parse(m.expires) + 1))).toBe(true);
  });

  it(`refuses, even correctly signed, an expiry more than ${MAX_FEED_LIFETIME_DAYS} days after creation`, async () => {
    const far = await createManifest({ version: '2026.12.1', bytes, created, expires: new Date(created.getTime() + (MAX_FEED_LIFETIME_DAYS + 1) * DAY), key });
    expect(await verifyManifestSignature(far, pinned)).toMatchObject({ ok: false, error: 'malformed-manifest' });
    const resigned = { ...far, signature: await signMessage(key, manifestMessage(far)) };
    expect(await verifyManifestSignature(resigned, pinned)).toMatchObject({ ok: false, error: 'malformed-manifest' });
  });

  it('refuses a format 1 manifest (no expiry)', async () => {
    const m = await createManifest({ version: '2026.12.1', bytes, created, key });
    const { expires: _, ...old } = { ...m, format: 1 };
    expect(await verifyManifestSignature(old, pinned)).toMatchObject({ ok: false, error: 'unsupported-format' });
  });
});

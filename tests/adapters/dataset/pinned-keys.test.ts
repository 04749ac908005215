import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateSigningKey } from '../../../lib/dataset';
import { pinnedFeedKeys } from '../../../adapters/dataset/pinned-keys';
import feedKeys from '../../../data/feed-keys.json';

describe('the feed keys the extension trusts', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('are data/feed-keys.json, and a WXT_E2E_FEED_KEYS variable is ignored outside e2e builds', async () => {
    const { key } = await generateSigningKey();
    vi.stubEnv('WXT_E2E_FEED_KEYS', JSON.stringify([key.pinned]));
    vi.stubEnv('MODE', 'production');
    expect(pinnedFeedKeys()).toEqual(feedKeys);
  });

  it('include the throwaway test key in an e2e build', async () => {
    const { key } = await generateSigningKey();
    vi.stubEnv('WXT_E2E_FEED_KEYS', JSON.stringify([key.pinned]));
    vi.stubEnv('MODE', 'e2e');
    expect(pinnedFeedKeys()).toEqual([...feedKeys, key.pinned]);
  });
});

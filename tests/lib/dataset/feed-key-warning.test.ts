/** A build says plainly when it ships without a feed key (issue 10): wxt.config.ts prints this warning. */
import { describe, expect, it } from 'vitest';
import { feedKeyWarning, generateSigningKey } from '../../../lib/dataset';
import feedKeys from '../../../data/feed-keys.json';

describe('the build-time feed key warning', () => {
  it('warns when no key is pinned, and is silent once one is', async () => {
    expect(feedKeyWarning([], 'production')).toMatch(/^this build pins no feed key .* it will never sync/);
    const { key } = await generateSigningKey();
    expect(feedKeyWarning([key.pinned], 'production')).toBeNull();
    expect(feedKeyWarning([{ key_id: 'x' }], 'production')).not.toBeNull(); // a malformed entry pins nothing
  });

  it('counts the throwaway test key only in an e2e build', () => {
    expect(feedKeyWarning([], 'e2e', '[{"key_id":"k"}]')).toBeNull();
    expect(feedKeyWarning([], 'production', '[{"key_id":"k"}]')).not.toBeNull();
  });

  it('matches what data/feed-keys.json pins today', () => {
    expect(feedKeyWarning(feedKeys, 'production') === null).toBe((feedKeys as unknown[]).length > 0);
  });
});

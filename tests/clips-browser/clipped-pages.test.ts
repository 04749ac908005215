import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { CLIPPED_PAGES_KEY, mayHaveClips, publishClippedPages } from '../../adapters/clips/clipped-pages';
import { databaseLibrary } from '../../adapters/clips/library';
import { createClipHandlers } from '../../adapters/clips/service';
import { putClip } from '../../adapters/clips/store';
import { pageKey, pageKeys } from '../../lib/clips/page-keys';
import { ARTICLE, clipOf, finder, meta } from '../clips/fixtures';
import { freshDb } from '../dataset/fixtures';

const A = 'https://news.example/2024/a.html';
const A_CANONICAL = 'https://news.example/a';
const B = 'https://news.example/2024/b.html';

describe('which pages have clips, without asking the background (clipped-pages.ts, page-keys.ts)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keys an address by a 32-bit hash: stable, distinct for near addresses, sorted and once each', () => {
    expect(pageKey(A)).toMatch(/^[0-9a-f]{8}$/);
    expect(pageKey(A)).toBe(pageKey(`${A}`));
    expect(pageKey(A)).not.toBe(pageKey(B));
    expect(pageKeys([B, A, B, ''])).toEqual([pageKey(A), pageKey(B)].sort());
  });

  it('publishes the keys of every clip URL and canonical URL; a page learns whether to ask', async () => {
    const { db } = freshDb();
    await putClip(db, await clipOf(ARTICLE.split('\n')[0]!, { metadata: meta({ url: A, canonical_url: A_CANONICAL }) }));
    await publishClippedPages(db);
    const stored = (await fakeBrowser.storage.local.get(CLIPPED_PAGES_KEY))[CLIPPED_PAGES_KEY];
    expect(stored).toEqual({ version: 1, keys: pageKeys([A, A_CANONICAL]) });
    // No URL is stored, only keys.
    expect(JSON.stringify(stored)).not.toContain('news.example');
    expect(await mayHaveClips([A])).toBe(true);
    expect(await mayHaveClips([B, A_CANONICAL])).toBe(true);
    expect(await mayHaveClips([B])).toBe(false);
  });

  it('asks the background when nothing, or nothing readable, is published', async () => {
    expect(await mayHaveClips([B])).toBe(true);
    await fakeBrowser.storage.local.set({ [CLIPPED_PAGES_KEY]: { version: 2, keys: 'x' } });
    expect(await mayHaveClips([B])).toBe(true);
  });

  it('is published again when the background saves a clip and when the library deletes one', async () => {
    const { db } = freshDb();
    const handlers = createClipHandlers(db, () => undefined);
    const text = ARTICLE.split('\n')[0]!;
    const r = await handlers['clips/save']({ type: 'clips/save', draft: { text, mentions: finder.find(text), metadata: meta({ url: B, canonical_url: null }), via: 'selection', page: null } });
    if (!r.ok) throw new Error(r.error);
    expect(await mayHaveClips([B])).toBe(true);
    expect(await mayHaveClips([A])).toBe(false);
    await databaseLibrary(db, () => undefined).remove(r.clip.id);
    expect(await mayHaveClips([B])).toBe(false);
  });
});

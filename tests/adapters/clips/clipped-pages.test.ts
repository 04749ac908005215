import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { CLIPPED_PAGES_KEY, clippedPagesPublisher, mayHaveClips, publishClippedPages } from '../../../adapters/clips/clipped-pages';
import { createClipHandlers } from '../../../adapters/clips/service';
import { deleteClip, putClip } from '../../../adapters/clips/store';
import { pageKey, pageKeys } from '../../../lib/clips/page-keys';
import { ARTICLE, clipOf, finder, meta } from '../../fixtures/clips';
import { freshDb } from '../../fixtures/dataset';
import { macrotask, waitFor } from '../../fixtures/wait';

const A = 'https://news.example/2024/a.html';
const A_CANONICAL = 'https://news.example/a';
const B = 'https://news.example/2024/b.html';
const text = ARTICLE.split('\n')[0]!;
const local = () => fakeBrowser.storage.local;

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
    await putClip(db, await clipOf(text, { metadata: meta({ url: A, canonical_url: A_CANONICAL }) }));
    await publishClippedPages(db);
    const stored = (await local().get(CLIPPED_PAGES_KEY))[CLIPPED_PAGES_KEY];
    expect(stored).toEqual({ version: 1, keys: pageKeys([A, A_CANONICAL]) });
    // No URL is stored, only keys.
    expect(JSON.stringify(stored)).not.toContain('news.example');
    expect(await mayHaveClips([A])).toBe(true);
    expect(await mayHaveClips([B, A_CANONICAL])).toBe(true);
    expect(await mayHaveClips([B])).toBe(false);
  });

  it('asks the background when nothing, or nothing readable, is published', async () => {
    expect(await mayHaveClips([B])).toBe(true);
    await local().set({ [CLIPPED_PAGES_KEY]: { version: 2, keys: 'x' } });
    expect(await mayHaveClips([B])).toBe(true);
  });

  it('is published when the background saves a clip, and again when asked after a deletion', async () => {
    const { db } = freshDb();
    const publish = clippedPagesPublisher(db);
    const handlers = createClipHandlers(db, () => undefined, publish);
    const r = await handlers['clips/save']({ type: 'clips/save', draft: { text, mentions: finder.find(text), metadata: meta({ url: B, canonical_url: null }), via: 'selection', page: null } });
    if (!r.ok) throw new Error(r.error);
    expect(await mayHaveClips([B])).toBe(true);
    expect(await mayHaveClips([A])).toBe(false);
    await deleteClip(db, r.clip.id); // the library, which then says `clips/changed`
    await publish();
    expect(await mayHaveClips([B])).toBe(false);
  });

  it('publishes one at a time: a slow publish never overwrites a newer list', async () => {
    const { db } = freshDb();
    await putClip(db, await clipOf(text, { metadata: meta({ url: A, canonical_url: null }) }));
    // The first write to storage waits until released.
    let release!: () => void;
    let first = true;
    const slow = {
      get: local().get.bind(local()),
      remove: local().remove.bind(local()),
      set: async (items: Record<string, unknown>) => {
        if (first) {
          first = false;
          await new Promise<void>((r) => (release = r));
        }
        await local().set(items);
      },
    } as unknown as typeof fakeBrowser.storage.local;
    const publish = clippedPagesPublisher(db, slow);
    const p1 = publish(); // reads {A}, then waits to write
    await waitFor(() => release !== undefined); // until the first write is held
    await putClip(db, await clipOf(text, { metadata: meta({ url: B, canonical_url: null }) }));
    const p2 = publish(); // asked meanwhile: runs again after the first, not beside it
    for (let k = 0; k < 20; k++) await macrotask(); // turns of the event loop for a wrong second write to start
    release();
    await Promise.all([p1, p2]);
    expect(await mayHaveClips([B])).toBe(true);
    expect(await mayHaveClips([A])).toBe(true);
  });

  it('removes the keys when a publish fails, so that pages ask the background', async () => {
    const { db } = freshDb();
    await putClip(db, await clipOf(text, { metadata: meta({ url: A, canonical_url: null }) }));
    await publishClippedPages(db);
    expect(await mayHaveClips([B])).toBe(false);
    const failing = { get: local().get.bind(local()), remove: local().remove.bind(local()), set: async () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')) } as unknown as typeof fakeBrowser.storage.local;
    await putClip(db, await clipOf(text, { metadata: meta({ url: B, canonical_url: null }) }));
    await clippedPagesPublisher(db, failing)();
    expect(await mayHaveClips([B])).toBe(true);
  });
});

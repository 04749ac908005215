/**
 * Saving the same passage or article twice (adapters/clips/service.ts): the second
 * save stores nothing and names the clip already saved, so that the page can offer
 * to open it; a save the analyst confirms (`again`) is stored.
 */
import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { libraryPath, type ClipDraft } from '../../../adapters/clips/messages';
import { parseRequest } from '../../../adapters/messaging';
import { createClipHandlers, DUPLICATE_ERROR, forSender } from '../../../adapters/clips/service';
import { listClips } from '../../../adapters/clips/store';
import { ARTICLE, finder, meta } from '../../fixtures/clips';
import { freshDb } from '../../fixtures/dataset';

const paragraph = ARTICLE.split('\n')[0]!;
const draft = (over: Partial<ClipDraft> = {}): ClipDraft => ({ text: paragraph, mentions: finder.find(paragraph), metadata: meta(), via: 'popover', page: null, ...over });

describe('duplicate clips', () => {
  beforeEach(() => fakeBrowser.reset());

  it('does not save the same passage of the same page twice, and names the clip saved', async () => {
    const { db } = freshDb();
    const handlers = createClipHandlers(db, () => undefined, async () => undefined);
    const first = await handlers['clips/save']({ type: 'clips/save', draft: draft() });
    if (!first.ok) throw new Error(first.error);
    const second = await handlers['clips/save']({ type: 'clips/save', draft: draft({ via: 'selection' }) });
    expect(second).toEqual({ ok: false, error: DUPLICATE_ERROR, duplicate: { id: first.clip.id, title: first.clip.title, captured_at: first.clip.captured_at } });
    expect((await listClips(db)).map((c) => c.id)).toEqual([first.clip.id]);
  });

  it('knows the page by its canonical URL too, and a fragment changes nothing', async () => {
    const { db } = freshDb();
    const handlers = createClipHandlers(db, () => undefined, async () => undefined);
    const first = await handlers['clips/save']({ type: 'clips/save', draft: draft({ via: 'article', text: ARTICLE, mentions: finder.find(ARTICLE) }) });
    if (!first.ok) throw new Error(first.error);
    // The same article reached through another address with the same canonical URL.
    const again = await handlers['clips/save']({ type: 'clips/save', draft: draft({ via: 'article', text: ARTICLE, mentions: finder.find(ARTICLE), metadata: meta({ url: 'https://news.example.com/amp/article#top' }) }) });
    expect(again.ok).toBe(false);
    expect(!again.ok && again.duplicate?.id).toBe(first.clip.id);
  });

  it('saves another passage of the page, the same text from another page, and a confirmed second save', async () => {
    const { db } = freshDb();
    const handlers = createClipHandlers(db, () => undefined, async () => undefined);
    const other = ARTICLE.split('\n')[1]!;
    const results = [
      await handlers['clips/save']({ type: 'clips/save', draft: draft() }),
      await handlers['clips/save']({ type: 'clips/save', draft: draft({ text: other, mentions: finder.find(other) }) }),
      await handlers['clips/save']({ type: 'clips/save', draft: draft({ metadata: meta({ url: 'https://other.example.org/a', canonical_url: null }) }) }),
      await handlers['clips/save']({ type: 'clips/save', draft: draft({ again: true }) }),
    ];
    expect(results.map((r) => r.ok)).toEqual([true, true, true, true]);
    expect(await listClips(db)).toHaveLength(4);
  });

  it('opens the library at the clip already saved, when a page asks', async () => {
    const { db } = freshDb();
    const opened: string[] = [];
    const handlers = createClipHandlers(db, () => undefined, async () => undefined, async (id) => void opened.push(libraryPath(id)));
    const request = { type: 'clips/open', id: 'clip-1' } as const;
    expect(parseRequest(request)).toEqual(request);
    expect(parseRequest({ type: 'clips/open', id: '../options.html' })).toBeNull();
    expect(forSender(request, { url: 'https://news.example.com/a', tab: {} })).toEqual(request);
    expect(await handlers['clips/open'](request)).toBe(true);
    expect(opened).toEqual(['/library.html#clip=clip-1']);
    const failing = createClipHandlers(db, () => undefined, async () => undefined, async () => Promise.reject(new Error('no tabs')));
    expect(await failing['clips/open'](request)).toBe(false);
  });
});

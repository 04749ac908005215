/**
 * Saves and tab opens are limited per sender tab (issue 10, audit: a page's script
 * clicked «Save clip» once per mention and «All incidents» 25 times, 25 tabs).
 */
import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClipDraft } from '../../../adapters/clips/messages';
import { messageListener } from '../../../adapters/messaging';
import { clipRequestHandlers, createClipHandlers } from '../../../adapters/clips/service';
import { listClips } from '../../../adapters/clips/store';
import { pageRequestHandlers } from '../../../adapters/page/service';
import { SenderLimits, TOO_FAST_ERROR } from '../../../adapters/sender-limits';
import { RateLimiter } from '../../../lib/rate-limit';
import { ARTICLE, finder, meta } from '../../fixtures/clips';
import { freshDb } from '../../fixtures/dataset';

const lines = ARTICLE.split('\n').filter((l) => l.trim() !== '');
const draft = (i: number): ClipDraft => {
  const text = `${lines[i % lines.length]} (${i})`;
  return { text, mentions: finder.find(text), metadata: meta(), via: 'popover', page: null };
};
const fromTab = (id: number) => ({ id: fakeBrowser.runtime.id, tab: { id, index: 0 } as never, url: meta().url });

describe('RateLimiter', () => {
  it('lets a burst of `capacity` pass, then one per refill, per key', () => {
    let t = 0;
    const limiter = new RateLimiter({ capacity: 3, perSecond: 1 }, () => t);
    expect(Array.from({ length: 5 }, () => limiter.take(1))).toEqual([true, true, true, false, false]);
    expect(limiter.take(2)).toBe(true);
    t = 999;
    expect(limiter.take(1)).toBe(false);
    t = 1000;
    expect(limiter.take(1)).toBe(true);
    t = 60_000;
    expect(Array.from({ length: 4 }, () => limiter.take(1))).toEqual([true, true, true, false]);
  });
});

describe('the background limits each tab', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('saves five clips from a tab at once, refuses the sixth with a clear message, and lets a person save at their pace', async () => {
    const { db } = freshDb();
    let t = 0;
    const listen = messageListener(clipRequestHandlers(createClipHandlers(db, () => undefined, async () => undefined, async () => undefined), new SenderLimits(() => t)));
    const answers = [];
    for (let i = 0; i < 25; i++) answers.push(await listen({ type: 'clips/save', draft: draft(i) }, fromTab(1)));
    expect(answers.filter((a) => (a as { ok: boolean }).ok)).toHaveLength(5);
    expect(answers[5]).toEqual({ ok: false, error: TOO_FAST_ERROR });
    expect(await listClips(db)).toHaveLength(5);
    // Another tab has its own bucket; the analyst's library page (no tab) none.
    expect(await listen({ type: 'clips/save', draft: draft(30) }, fromTab(2))).toMatchObject({ ok: true });
    expect(await listen({ type: 'clips/save', draft: draft(31) }, { id: fakeBrowser.runtime.id })).toMatchObject({ ok: true });
    // One save every few seconds passes.
    for (let i = 0; i < 5; i++) {
      t += 3000;
      expect(await listen({ type: 'clips/save', draft: draft(40 + i) }, fromTab(1))).toMatchObject({ ok: true });
    }
  });

  it('opens the library three times from a tab in a second, not 25', async () => {
    const { db } = freshDb();
    const opened: string[] = [];
    const listen = messageListener(clipRequestHandlers(createClipHandlers(db, () => undefined, async () => undefined, async (id) => void opened.push(id)), new SenderLimits(() => 0)));
    const answers = await Promise.all(Array.from({ length: 25 }, () => listen({ type: 'clips/open', id: 'abc' }, fromTab(1))));
    expect(answers.filter((a) => a === true)).toHaveLength(3);
    expect(opened).toHaveLength(3);
  });

  it('opens an entity\'s incidents three times from a tab in a second, not 25', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    const onPageMessage = messageListener(pageRequestHandlers);
    const answers = await Promise.all(Array.from({ length: 25 }, () => onPageMessage({ type: 'page/open-incidents', entityId: 'ain-al-asad' }, fromTab(9))));
    expect(answers.filter((a) => a === true)).toHaveLength(3);
    expect(create).toHaveBeenCalledTimes(3);
    // The popup (an extension page, no tab) is not limited.
    await onPageMessage({ type: 'page/open-incidents', entityId: 'ain-al-asad' }, { id: fakeBrowser.runtime.id });
    expect(create).toHaveBeenCalledTimes(4);
  });
});

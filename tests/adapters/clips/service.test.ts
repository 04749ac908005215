import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ClipDraft } from '../../../adapters/clips/messages';
import { createClipHandlers } from '../../../adapters/clips/service';
import { getClip, listClips } from '../../../adapters/clips/store';
import { parseRequest } from '../../../adapters/messaging';
import { textSha256 } from '../../../lib/clips/create';
import { ARTICLE, finder, meta } from '../../fixtures/clips';
import { freshDb } from '../../fixtures/dataset';

const page = `العنوان\n${ARTICLE}`;
const text = ARTICLE.split('\n')[0]!;
const draft = (over: Partial<ClipDraft> = {}): ClipDraft => ({ text, mentions: finder.find(text), metadata: meta(), via: 'selection', page: { text: page, start: page.indexOf(text) }, ...over });

describe('the clip service in the background (adapters/clips/service.ts)', () => {
  it('builds a clip from a page draft: provenance hash, W3C selectors, mentions; stores it and tells the pages', async () => {
    const { db } = freshDb();
    let told = 0;
    const handlers = createClipHandlers(db, () => void told++);
    const r = await handlers['clips/save']({ type: 'clips/save', draft: draft() });
    if (!r.ok) throw new Error(r.error);
    const clip = r.clip;
    expect(clip.text).toBe(text);
    expect(clip.text_sha256).toBe(await textSha256(text));
    expect(clip.passage?.selectors[1]).toEqual({ type: 'TextPositionSelector', start: page.indexOf(text), end: page.indexOf(text) + text.length });
    expect(clip.passage?.selectors[0]).toMatchObject({ type: 'TextQuoteSelector', exact: text, prefix: 'العنوان\n' });
    expect(clip.mentions.map((m) => m.entity.id)).toEqual(['kataib-hezbollah', 'ain-al-asad']);
    expect(clip.mentions[0].selectors[0]).toMatchObject({ type: 'TextQuoteSelector', exact: 'كتائب حزب الله', prefix: 'قصفت ' });
    expect({ url: clip.url, canonical: clip.canonical_url, title: clip.title, site: clip.site, author: clip.author, published: clip.published, lang: clip.lang, via: clip.via })
      .toEqual({ url: meta().url, canonical: meta().canonical_url, title: meta().title, site: meta().site, author: meta().author, published: meta().published, lang: 'ar', via: 'selection' });
    expect(await getClip(db, clip.id)).toEqual(clip);
    expect(told).toBe(1);
    expect(await handlers['clips/for-page']({ type: 'clips/for-page', urls: [meta().canonical_url!] })).toEqual([clip]);
  });

  it('refuses a draft that is not a clip (not an http(s) page, a mention not in the text, a passage not in the page), storing nothing', async () => {
    const { db } = freshDb();
    const handlers = createClipHandlers(db, () => undefined);
    const bad: ClipDraft[] = [
      draft({ metadata: meta({ url: 'javascript:alert(1)' }) }),
      draft({ mentions: [{ ...finder.find(text)[0]!, start: 0 }] }),
      draft({ page: { text: page, start: 0 } }),
      draft({ text: 'x'.repeat(1_000_001), mentions: [], page: null }),
    ];
    for (const d of bad) {
      const r = await handlers['clips/save']({ type: 'clips/save', draft: d });
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error).not.toBe('');
    }
    expect(await listClips(db)).toEqual([]);
  });

  it('recognises well-formed requests only', () => {
    const isClipRequest = (m: unknown) => parseRequest(m)?.type.startsWith('clips/') ?? false;
    const isPageRequest = (m: unknown) => parseRequest(m)?.type.startsWith('page/') ?? false;
    expect(isClipRequest({ type: 'clips/save', draft: draft() })).toBe(true);
    expect(isClipRequest({ type: 'clips/save', draft: { ...draft(), page: null } })).toBe(true);
    expect(isClipRequest({ type: 'clips/save', draft: { ...draft(), via: 'evil' } })).toBe(false);
    expect(isClipRequest({ type: 'clips/save', draft: { ...draft(), text: 1 } })).toBe(false);
    expect(isClipRequest({ type: 'clips/save' })).toBe(false);
    expect(isClipRequest({ type: 'clips/for-page', urls: ['https://a.example/'] })).toBe(true);
    expect(isClipRequest({ type: 'clips/for-page', urls: 'https://a.example/' })).toBe(false);
    expect(isClipRequest({ type: 'clips/delete', id: 'x' })).toBe(false);
    expect(isPageRequest({ type: 'page/clip', via: 'selection' })).toBe(true);
    expect(isPageRequest({ type: 'page/clip', via: 'article' })).toBe(true);
    expect(isPageRequest({ type: 'page/clip', via: 'popover' })).toBe(false);
  });
});

describe('what a content script may ask (forSender)', () => {
  it('keeps a page to its own site: clips of its origin only, saves of its origin only; extension pages are not limited', async () => {
    const { forSender } = await import('../../../adapters/clips/service');
    const tab = { id: 1 };
    const sender = { url: 'https://news.example.com/2024/01/20/article?id=7', tab };
    const urls = ['https://news.example.com/a', 'https://other.example/secret', 'javascript:alert(1)'];
    expect(forSender({ type: 'clips/for-page', urls }, sender)).toEqual({ type: 'clips/for-page', urls: ['https://news.example.com/a'] });
    expect(forSender({ type: 'clips/for-page', urls }, {})).toEqual({ type: 'clips/for-page', urls });
    expect(forSender({ type: 'clips/save', draft: draft() }, sender)).not.toBeNull();
    expect(forSender({ type: 'clips/save', draft: draft({ metadata: meta({ url: 'https://other.example/x' }) }) }, sender)).toBeNull();
    expect(forSender({ type: 'clips/save', draft: draft() }, { tab })).toBeNull();
  });
});

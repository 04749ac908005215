import { createHash } from 'node:crypto';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { anchor } from '../../../lib/anchoring';
import { createClip, editClip, normalizeTags } from '../../../lib/clips/create';
import { ClipSchema } from '../../../lib/clips/types';
import { ARTICLE, clipOf, finder, meta, sampleClips } from '../../fixtures/clips';

describe('createClip', () => {
  it('keeps the metadata, the text, its SHA-256 and each mention with its selectors', async () => {
    const clip = await clipOf(ARTICLE, { id: 'c1' });
    expect(clip).toMatchObject({ id: 'c1', url: meta().url, canonical_url: meta().canonical_url, title: meta().title, site: meta().site, author: meta().author,
      published: meta().published, lang: 'ar', via: 'article', captured_at: '2024-01-21T10:00:00.000Z', updated_at: '2024-01-21T10:00:00.000Z', passage: null });
    expect(clip.text_sha256).toBe(createHash('sha256').update(ARTICLE, 'utf8').digest('hex'));
    expect(clip.mentions.map((m) => m.entity.id)).toEqual(['kataib-hezbollah', 'ain-al-asad', 'nujaba', 'victory', 'harir', 'ain-al-asad']);
    for (const m of clip.mentions) {
      const [quote, position] = m.selectors;
      expect(ARTICLE.slice(m.start, m.end)).toBe(m.exact);
      expect(position).toEqual({ type: 'TextPositionSelector', start: m.start, end: m.end });
      expect(quote.exact).toBe(m.exact);
      expect(ARTICLE.slice(m.start - quote.prefix.length, m.end + quote.suffix.length)).toBe(quote.prefix + m.exact + quote.suffix);
    }
    expect(v.is(ClipSchema, clip)).toBe(true);
  });

  it('locates a selection in the page, so it can be re-anchored there', async () => {
    const [clip] = await sampleClips();
    const page = `العنوان\n${ARTICLE}\nاقرأ أيضاً`;
    const start = page.indexOf(clip!.text);
    expect(clip!.passage!.selectors[1]).toEqual({ type: 'TextPositionSelector', start, end: start + clip!.text.length });
    expect(clip!.passage!.code_point_start).toBe(start);
    const edited = 'شريط الأخبار العاجلة\n' + page;
    const a = anchor(edited, clip!.passage!.selectors)!;
    expect(edited.slice(a.start, a.end)).toBe(clip!.text);
  });

  it('counts the passage start in code points when the page has emoji', async () => {
    const page = '😀😀 ' + ARTICLE;
    const clip = await clipOf(ARTICLE, {}, { text: page, start: 5 });
    expect(clip.passage!.selectors[1].start).toBe(5);
    expect(clip.passage!.code_point_start).toBe(3);
  });

  it('defaults to a random UUID and the current time', async () => {
    const a = await createClip({ text: 'نص', mentions: [], metadata: meta(), via: 'selection' });
    const b = await createClip({ text: 'نص', mentions: [], metadata: meta(), via: 'selection' });
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.id).not.toBe(b.id);
    expect(Date.now() - Date.parse(a.captured_at)).toBeLessThan(60_000);
    expect(a).toMatchObject({ notes: '', tags: [] });
  });

  it('refuses mentions outside the text, a page that does not contain it, and non-http URLs', async () => {
    const text = 'قاعدة عين الأسد';
    const [m] = finder.find(text);
    await expect(createClip({ text: 'نص آخر', mentions: [m!], metadata: meta(), via: 'popover' })).rejects.toThrow(/not in the clipped text/);
    await expect(createClip({ text, mentions: [], metadata: meta(), via: 'selection', page: { text: 'غير ذلك', start: 0 } })).rejects.toThrow(/not the page's text/);
    await expect(createClip({ text, mentions: [], metadata: meta({ url: 'javascript:alert(1)' }), via: 'popover' })).rejects.toThrow(/url: must be an http\(s\) URL/);
  });

  it('drops repeated mentions and sorts them', async () => {
    const text = 'عين الأسد وكتائب حزب الله';
    const ms = finder.find(text);
    const clip = await createClip({ text, mentions: [...ms].reverse().concat(ms), metadata: meta(), via: 'popover' });
    expect(clip.mentions.map((m) => m.start)).toEqual(ms.map((m) => m.start));
  });
});

describe('editClip', () => {
  it('changes notes and tags and moves updated_at, never before captured_at', async () => {
    const clip = await clipOf('نص', { id: 'e1' });
    const edited = editClip(clip, { notes: 'جديد', tags: [' a  b ', 'a b', '', 'c\u0000d'] }, new Date('2024-02-01T00:00:00.000Z'));
    expect(edited).toMatchObject({ notes: 'جديد', tags: ['a b', 'c d'], updated_at: '2024-02-01T00:00:00.000Z', captured_at: clip.captured_at, text: clip.text });
    expect(editClip(clip, { notes: 'x' }, new Date('2000-01-01T00:00:00.000Z')).updated_at).toBe(clip.captured_at);
  });
});

describe('normalizeTags', () => {
  it('trims, collapses, drops empty and repeated tags, keeps order', () => {
    expect(normalizeTags(['  طائرات  مسيرة ', 'x', 'طائرات مسيرة', '   ', 'y'])).toEqual(['طائرات مسيرة', 'x', 'y']);
  });
});

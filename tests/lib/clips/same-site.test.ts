/**
 * A page's canonical URL is trusted only on the page's own site (issue 10, audit:
 * a hostile page saved 120 clips aimed at another site through its canonical URL).
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createClipHandlers } from '../../../adapters/clips/service';
import { createClip } from '../../../lib/clips/create';
import { extractMetadata } from '../../../lib/clips/metadata';
import { isSameSite, registrableDomain } from '../../../lib/clips/same-site';
import { freshDb } from '../../fixtures/dataset';
import { ARTICLE, finder, meta } from '../../fixtures/clips';

describe('registrableDomain / isSameSite', () => {
  it('takes the public suffix and one label', () => {
    expect(registrableDomain('www.bbc.com')).toBe('bbc.com');
    expect(registrableDomain('arabic.rt.com')).toBe('rt.com');
    expect(registrableDomain('www.alquds.co.uk')).toBe('alquds.co.uk');
    expect(registrableDomain('www.aa.com.tr')).toBe('aa.com.tr');
    expect(registrableDomain('news.gov.iq')).toBe('news.gov.iq');
    expect(registrableDomain('evil.github.io')).toBe('evil.github.io');
    expect(registrableDomain('127.0.0.1')).toBe('127.0.0.1');
    expect(registrableDomain('localhost')).toBe('localhost');
  });

  it('says same site for subdomains of one site only, same scheme', () => {
    expect(isSameSite('https://www.bbc.com/arabic/a', 'https://feeds.bbc.com/x')).toBe(true);
    expect(isSameSite('https://alquds.co.uk/a', 'https://www.alquds.co.uk/b')).toBe(true);
    expect(isSameSite('https://evil.co.uk/a', 'https://alquds.co.uk/a')).toBe(false);
    expect(isSameSite('https://evil.example/a', 'https://www.aljazeera.net/a')).toBe(false);
    expect(isSameSite('https://evil.github.io/a', 'https://news.github.io/a')).toBe(false);
    expect(isSameSite('http://www.bbc.com/a', 'https://www.bbc.com/a')).toBe(false);
    expect(isSameSite('javascript:alert(1)', 'https://www.bbc.com/a')).toBe(false);
  });
});

const text = ARTICLE.split('\n')[0]!;

describe('a canonical URL on another site', () => {
  it('is not read from a page', () => {
    const doc = (href: string, og?: string) => ({
      title: 't',
      documentElement: null,
      querySelectorAll: (sel: string) => (sel === 'link[rel]' ? [{ getAttribute: (a: string) => (a === 'rel' ? 'canonical' : a === 'href' ? href : null) }] : sel === 'meta' && og ? [{ getAttribute: (a: string) => (a === 'property' ? 'og:url' : a === 'content' ? og : null) }] : []),
    });
    expect(extractMetadata(doc('https://www.aljazeera.net/news/1') as never, 'https://evil.example/x').canonical_url).toBeNull();
    expect(extractMetadata(doc('https://www.aljazeera.net/news/1', 'https://evil.example/y') as never, 'https://evil.example/x').canonical_url).toBe('https://evil.example/y');
    expect(extractMetadata(doc('https://amp.news.example.com/a') as never, 'https://news.example.com/a').canonical_url).toBe('https://amp.news.example.com/a');
  });

  it('is dropped when a clip is built: the clip cites the page it was read on', async () => {
    const clip = await createClip({ text, mentions: [], metadata: meta({ url: 'https://evil.example/a', canonical_url: 'https://news.example.com/2024/01/20/article' }), via: 'selection' });
    expect(clip.url).toBe('https://evil.example/a');
    expect(clip.canonical_url).toBeNull();
    const own = await createClip({ text, mentions: [], metadata: meta(), via: 'selection' });
    expect(own.canonical_url).toBe(meta().canonical_url);
  });

  it('never makes a clip saved by one site appear on another', async () => {
    const { db } = freshDb();
    const handlers = createClipHandlers(db, () => undefined, async () => undefined);
    const target = 'https://news.example.com/2024/01/20/article';
    const r = await handlers['clips/save']({ type: 'clips/save', draft: { text, mentions: finder.find(text), metadata: meta({ url: 'https://evil.example/a', canonical_url: target }), via: 'popover', page: null } });
    expect(r.ok).toBe(true);
    expect(await handlers['clips/for-page']({ type: 'clips/for-page', urls: [target] })).toEqual([]);
  });
});

describe('exports', () => {
  it('cite the page the text was read on, with its canonical URL beside it', async () => {
    const { markdownNote } = await import('../../../lib/export/markdown');
    const { exportHtmlReport } = await import('../../../lib/export/html-report');
    const { stixBundle } = await import('../../../lib/export/stix');
    const clip = await createClip({ text, mentions: finder.find(text), metadata: meta({ url: 'https://news.example.com/amp/7', canonical_url: 'https://www.news.example.com/story/7', site: 'Reuters' }), via: 'selection' });
    // The page's name for itself comes with the host it was read on.
    expect(markdownNote(clip)).toContain('Source: [Reuters (news.example.com)](<https://news.example.com/amp/7>)\nCanonical: <https://www.news.example.com/story/7>');
    const html = exportHtmlReport([clip], { exportedAt: new Date('2024-03-01T00:00:00.000Z') });
    expect(html.indexOf('href="https://news.example.com/amp/7"')).toBeGreaterThan(0);
    expect(html.indexOf('href="https://news.example.com/amp/7"')).toBeLessThan(html.indexOf('href="https://www.news.example.com/story/7"'));
    const report = (await stixBundle([clip], { exportedAt: new Date('2024-03-01T00:00:00.000Z') })).objects.find((o) => o.type === 'report') as unknown as { external_references: { url: string }[] };
    expect(report.external_references.map((r) => r.url)).toEqual(['https://news.example.com/amp/7', 'https://www.news.example.com/story/7']);
  });
});

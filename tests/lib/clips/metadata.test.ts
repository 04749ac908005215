import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { extractMetadata, normalizePublished, type DocumentLike } from '../../../lib/clips/metadata';

const URL_ = 'https://www.news.example.com/world/2024/01/20/story.html?utm=x';

function parse(head: string, htmlAttrs = 'lang="ar" dir="rtl"'): DocumentLike {
  const window = new Window({ url: URL_ });
  return new window.DOMParser().parseFromString(`<!DOCTYPE html><html ${htmlAttrs}><head>${head}</head><body><p>نص</p></body></html>`, 'text/html') as unknown as DocumentLike;
}

describe('extractMetadata', () => {
  it('reads Open Graph, article and link tags', () => {
    const doc = parse(`
      <title>عنوان الصفحة | الموقع</title>
      <link rel="canonical" href="/world/story">
      <meta property="og:title" content="  هجوم على   عين الأسد ">
      <meta property="og:site_name" content="الموقع الإخباري">
      <meta name="author" content="أحمد علي">
      <meta property="article:published_time" content="2024-01-20T09:30:00+03:00">`);
    expect(extractMetadata(doc, URL_)).toEqual({
      url: URL_,
      canonical_url: 'https://www.news.example.com/world/story',
      title: 'هجوم على عين الأسد',
      site: 'الموقع الإخباري',
      author: 'أحمد علي',
      published: '2024-01-20T06:30:00.000Z',
      lang: 'ar',
    });
  });

  it('reads JSON-LD (NewsArticle in an @graph, authors as objects) before author meta tags', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'not this' },
        { '@type': ['NewsArticle'], headline: 'عنوان من JSON-LD', datePublished: '2024-01-19', inLanguage: 'ar-IQ',
          author: [{ '@type': 'Person', name: 'سارة' }, { name: 'https://example.com/author/1' }, 'محمد'], publisher: { '@type': 'Organization', name: 'ناشر' },
          mainEntityOfPage: { '@id': 'https://news.example.com/canonical' } },
      ],
    };
    const doc = parse(`<title>t</title><meta name="author" content="meta author">
      <script type="application/ld+json">{ broken json </script>
      <script type="application/ld+json">${JSON.stringify(ld)}</script>`, '');
    const m = extractMetadata(doc, URL_);
    expect(m.title).toBe('عنوان من JSON-LD');
    expect(m.author).toBe('سارة, محمد');
    expect(m.published).toBe('2024-01-19');
    expect(m.site).toBe('ناشر');
    expect(m.lang).toBe('ar-IQ');
    expect(m.canonical_url).toBe('https://news.example.com/canonical');
  });

  it('falls back to <title>, the host name and og:locale; skips non-http canonical URLs and URL authors', () => {
    const doc = parse(`<title>  العنوان  </title><link rel="canonical" href="javascript:alert(1)">
      <meta property="og:url" content="data:text/html,x"><meta property="article:author" content="https://facebook.com/x">
      <meta property="og:locale" content="ar_AR">`, '');
    const m = extractMetadata(doc, URL_);
    expect(m).toMatchObject({ title: 'العنوان', site: 'news.example.com', canonical_url: null, author: null, published: null, lang: 'ar-AR' });
  });

  it('keeps no fragment in the canonical URL (pages look their clips up without one)', () => {
    const m = extractMetadata(parse('<title>x</title><link rel="canonical" href="/world/story#main">', ''), URL_);
    expect(m.canonical_url).toBe(new URL('/world/story', URL_).href);
  });

  it('keeps hostile metadata as plain text, cut to a bounded length', () => {
    const doc = parse(`<title>x</title><meta property="og:title" content="&lt;script&gt;alert(1)&lt;/script&gt;${'ب'.repeat(600)}">`);
    const m = extractMetadata(doc, URL_);
    expect(m.title.startsWith('<script>alert(1)</script>')).toBe(true);
    expect(m.title.length).toBe(500);
  });

  it('refuses pages that are not http(s)', () => {
    expect(() => extractMetadata(parse(''), 'file:///etc/passwd')).toThrow(RangeError);
    expect(() => extractMetadata(parse(''), 'javascript:alert(1)')).toThrow(RangeError);
  });
});

describe('normalizePublished', () => {
  it('keeps days, converts times to UTC and refuses anything else', () => {
    expect(normalizePublished('2024-01-20')).toBe('2024-01-20');
    expect(normalizePublished('2024-01-20T09:30:00+0300')).toBe('2024-01-20T06:30:00.000Z');
    expect(normalizePublished('2024-01-20 09:30')).toBe('2024-01-20T09:30:00.000Z');
    expect(normalizePublished('2024-01-20T09:30:00.123456Z')).toBe('2024-01-20T09:30:00.123Z');
    for (const bad of ['2024-02-30', '20 January 2024', 'yesterday', '', '2024-01-20T25:00:00Z']) expect(normalizePublished(bad)).toBeNull();
  });
});

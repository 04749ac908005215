/**
 * A page's metadata for a clip: canonical URL, title, site, author, publication
 * date and language, read from the document's <meta>/<link> tags, its JSON-LD
 * (schema.org NewsArticle and kin) and <html lang>. Takes a minimal DOM-like
 * interface, so content scripts pass `document` and tests pass a happy-dom one;
 * nothing here renders, fetches or executes anything from the page.
 *
 * Precedence, first non-empty wins:
 * - canonical_url: <link rel=canonical>, og:url, JSON-LD url — http(s) only, resolved against the page URL,
 *   on the page's own site (same-site.ts: a page's claim to be another site's article is ignored);
 * - title: og:title, twitter:title, JSON-LD headline, <title>;
 * - site: og:site_name, application-name, JSON-LD publisher.name, the host name without `www.`;
 * - author: JSON-LD author(s), author / article:author / dc.creator / parsely-author / sailthru.author meta (URLs skipped);
 * - published: article:published_time, JSON-LD datePublished, itemprop/name datePublished, pubdate, publishdate,
 *   date, dc.date, dc.date.issued, parsely-pub-date, sailthru.date — normalised by `normalizePublished`;
 * - lang: <html lang>, content-language, JSON-LD inLanguage, og:locale (`ar_AR` → `ar-AR`).
 */
import { isHttpUrl } from '../dataset/urls';
import { articleFromJsonLd, type JsonLdArticle } from './metadata-jsonld';
import { isSameSite } from './same-site';

export interface MetaElement {
  getAttribute(name: string): string | null;
  readonly textContent: string | null;
}

/** What is read of a document: `document` itself satisfies it. */
export interface DocumentLike {
  readonly title: string;
  readonly documentElement: { getAttribute(name: string): string | null } | null;
  querySelectorAll(selectors: 'meta' | 'link[rel]' | 'script[type]'): ArrayLike<MetaElement> & Iterable<MetaElement>;
}

export interface PageMetadata {
  readonly url: string;
  readonly canonical_url: string | null;
  readonly title: string;
  readonly site: string | null;
  readonly author: string | null;
  readonly published: string | null;
  readonly lang: string | null;
}

/** Metadata longer than this is cut: a page controls it. */
const MAX_FIELD = 500;

/** @throws {RangeError} if `url` is not an http(s) URL (only web pages are clipped). */
export function extractMetadata(doc: DocumentLike, url: string): PageMetadata {
  if (!isHttpUrl(url)) throw new RangeError(`not an http(s) page URL: ${JSON.stringify(url.slice(0, 200))}`);
  const meta = metaTags(doc);
  const ld: JsonLdArticle = articleFromJsonLd([...doc.querySelectorAll('script[type]')]
    .filter((s) => (s.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json')
    .map((s) => s.textContent ?? ''));
  const first = (...values: (string | null | undefined)[]) => values.map(clean).find((x) => x !== null) ?? null;
  const canonicalLink = [...doc.querySelectorAll('link[rel]')].find((l) => (l.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'));
  // A page's address, as the clip's `url` and the pages that look clips up have it: without a fragment.
  const resolve = (href: string | null | undefined) => {
    if (!href) return null;
    try {
      const parsed = new URL(href.trim(), url);
      parsed.hash = '';
      const u = parsed.href;
      return isHttpUrl(u) ? u : null;
    } catch {
      return null;
    }
  };
  // A canonical URL on another site is not where the text was read: ignored.
  const sameSite = (u: string | null): u is string => u !== null && isSameSite(u, url);
  const notUrl = (s: string | undefined) => (s && !/^https?:\/\//i.test(s.trim()) ? s : undefined);
  const published = [meta.get('article:published_time'), ld.datePublished, meta.get('datepublished'), meta.get('pubdate'), meta.get('publishdate'),
    meta.get('date'), meta.get('dc.date'), meta.get('dc.date.issued'), meta.get('parsely-pub-date'), meta.get('sailthru.date')]
    .map((d) => (d ? normalizePublished(d) : null)).find((d) => d !== null) ?? null;
  const locale = meta.get('og:locale')?.replace('_', '-');
  const lang = [doc.documentElement?.getAttribute('lang'), meta.get('content-language')?.split(',')[0], ld.inLanguage, locale]
    .map((l) => l?.trim()).find((l) => l && /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(l)) ?? null;
  return {
    url,
    canonical_url: [canonicalLink?.getAttribute('href'), meta.get('og:url'), ld.url].map(resolve).find(sameSite) ?? null,
    title: first(meta.get('og:title'), meta.get('twitter:title'), ld.headline, doc.title) ?? url,
    site: first(meta.get('og:site_name'), meta.get('application-name'), ld.publisher, new URL(url).hostname.replace(/^www\./, '')),
    author: first(ld.author, notUrl(meta.get('author')), notUrl(meta.get('article:author')), meta.get('dc.creator'), meta.get('parsely-author'), meta.get('sailthru.author')),
    published,
    lang,
  };
}

/**
 * A date as a clip stores it: `YYYY-MM-DD` when only the day is given, else the
 * instant in UTC (`toISOString()`); null when it is not an ISO 8601 / RFC 3339 date.
 * A time without a zone is read as UTC.
 */
export function normalizePublished(s: string): string | null {
  const t = s.trim();
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (day) {
    const d = new Date(`${t}T00:00:00.000Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(t) ? t : null;
  }
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(t);
  if (!m) return null;
  const zone = m[3] ? (m[3].toUpperCase() === 'Z' ? 'Z' : m[3].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : 'Z';
  const time = m[2]!.replace(/(\.\d{3})\d+$/, '$1');
  const d = new Date(`${m[1]}T${time}${zone}`);
  return Number.isNaN(d.getTime()) || d.getUTCFullYear() < 1000 ? null : d.toISOString();
}

/** <meta> content by lowercased name, property, itemprop or http-equiv; the first of each wins. */
function metaTags(doc: DocumentLike): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of doc.querySelectorAll('meta')) {
    const content = m.getAttribute('content');
    if (content === null) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = m.getAttribute(attr)?.trim().toLowerCase();
      if (key && !out.has(key)) out.set(key, content);
    }
  }
  return out;
}

/** Trimmed, white space collapsed, cut to MAX_FIELD; null when empty. */
function clean(s: string | null | undefined): string | null {
  if (typeof s !== 'string') return null;
  const t = s.replace(/[\s\p{Cc}]+/gu, ' ').trim();
  return t === '' ? null : t.slice(0, MAX_FIELD);
}

/**
 * What the clips end-to-end test serves and checks its downloads with: a hostile
 * page, seed 004's selected passage and an edited copy of its page, an RFC 4180
 * CSV reader and RFC 7946 checks for GeoJSON.
 */
import { newsPageHtml, type Seed } from '../fixtures/news-pages';
import type { Json } from '../fixtures/web-annotation-validator';
import { seeds } from './page-support';

export const XSS = 'window.mbrXss=1';
export const FORMULA = '=HYPERLINK("http://evil.example","x")';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A page whose title, metadata and text carry script, handlers, javascript: URLs and formulas (as text: the page itself runs none). */
export const HOSTILE_TEXT = `${FORMULA} <script>${XSS}</script> قصفت كتائب حزب الله قاعدة عين الأسد <img src=x onerror="${XSS}"> @SUM(1+1)`;
export const hostilePage = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>${esc(`${FORMULA} <script>${XSS}</script>`)}</title>
<meta property="og:title" content="${esc(`${FORMULA} <script>${XSS}</script> <img src=x onerror="${XSS}">`)}">
<meta name="author" content="${esc(`<img src=x onerror="${XSS}">`)}">
<meta property="og:site_name" content="${esc(`javascript:${XSS}`)}">
<link rel="canonical" href="${esc(`javascript:${XSS}`)}">
</head><body><article id="article"><h1>خبر</h1>
<p id="hostile">${esc(HOSTILE_TEXT)} <a href="javascript:${XSS}">رابط</a></p>
</article></body></html>`;

/** Seed 004's paragraph naming Kata'ib Hezbollah, and the passage of it the analyst selects. */
export const seed004 = seeds.find((s) => s.slug === '004')!;
export const block = seed004.blocks.findIndex((b) => b.text.includes('كتائب حزب الله'));
const paragraph = seed004.blocks[block]!.text;
export const SELECTED = paragraph.slice(0, paragraph.indexOf('بإسرائيل') + 'بإسرائيل'.length);
/** The same article re-published with edits: a sentence before the passage, a word inside it; its canonical URL is the original's. */
export function editedCopy(origin: string): string {
  const blocks = seed004.blocks.map((b, i) => (i === block ? { ...b, text: `وفي سياق متصل، ${b.text.replace('يشعرون', 'ربما يشعرون')}` } : b));
  const seed: Seed = { ...seed004, blocks };
  return newsPageHtml(seed, { related: seeds }).replace('<meta charset="utf-8">', `<meta charset="utf-8"><link rel="canonical" href="${origin}/news/004.html">`);
}

/** RFC 7946 problems of a FeatureCollection of Points (§3.1.2, §3.2, §3.3, §4: no crs). */
export function geoJsonProblems(doc: Json): string[] {
  const p: string[] = [];
  if (doc.type !== 'FeatureCollection' || !Array.isArray(doc.features)) p.push('not a FeatureCollection (§3.3)');
  if ('crs' in doc) p.push('crs is not RFC 7946 (§4)');
  for (const f of doc.features ?? []) {
    if (f.type !== 'Feature' || !('properties' in f) || !('geometry' in f)) p.push(`feature ${f.id}: not a Feature (§3.2)`);
    if (f.id !== undefined && typeof f.id !== 'string' && typeof f.id !== 'number') p.push(`feature ${f.id}: id (§3.2)`);
    const g = f.geometry;
    if (g?.type !== 'Point' || !Array.isArray(g.coordinates) || g.coordinates.length < 2) p.push(`feature ${f.id}: not a Point (§3.1.2)`);
    else {
      const [lon, lat] = g.coordinates;
      if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) p.push(`feature ${f.id}: [lon, lat] out of range (§3.1.1)`);
    }
  }
  return p;
}

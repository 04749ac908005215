import { Window } from 'happy-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Clip } from '../../../lib/clips/types';
import { exportHtmlReport, REPORT_CSP } from '../../../lib/export/html-report';
import { dataset, HOSTILE, sampleClips } from '../../fixtures/clips';

let clips: Clip[];
let html: string;
let doc: Document;
beforeAll(async () => {
  clips = await sampleClips();
  html = exportHtmlReport(clips, { exportedAt: new Date('2024-03-01T00:00:00.000Z'), dataset });
  const window = new Window({ url: 'https://report.invalid/' });
  doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
});

describe('HTML report', () => {
  it('is a standalone right-to-left Arabic page with a strict CSP and inline CSS only', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(doc.documentElement.getAttribute('dir')).toBe('rtl');
    expect(doc.documentElement.getAttribute('lang')).toBe('ar');
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(csp?.getAttribute('content')).toBe(REPORT_CSP);
    expect(REPORT_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(doc.querySelectorAll('link, script, iframe, object, embed, form, base, img, svg, meta[http-equiv="refresh"]')).toHaveLength(0);
    expect(doc.querySelectorAll('style')).toHaveLength(1);
  });

  it('runs nothing from hostile clips: no script, no on* attribute, no javascript: link', () => {
    expect(html.toLowerCase()).not.toContain('<script');
    expect(html.toLowerCase()).not.toContain('<img');
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) {
        expect(attr.toLowerCase().startsWith('on'), `${el.tagName} ${attr}`).toBe(false);
        const value = (el.getAttribute(attr) ?? '').replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
        expect(value.startsWith('javascript:') || value.startsWith('data:') || value.startsWith('vbscript:'), `${el.tagName} ${attr}=${value}`).toBe(false);
      }
    }
    for (const a of doc.querySelectorAll('a[href]')) expect(a.getAttribute('href')).toMatch(/^(https?:\/\/|#)/);
  });

  it('shows every hostile string as text, exactly', () => {
    const hostile = doc.getElementById('clip-clip-hostile')!;
    const clip = clips[3]!;
    expect(hostile.querySelector('h2')!.textContent).toBe(clip.title);
    expect(hostile.querySelector('.text')!.textContent).toBe(clip.text);
    expect(hostile.querySelector('.notes-text')!.textContent).toBe(clip.notes);
    for (const h of HOSTILE.slice(0, 3)) expect(hostile.textContent).toContain(h);
    // The page URL is linked as the URL parser serialises it; the site name is text.
    const source = hostile.querySelector('dl a')!;
    expect(source.getAttribute('href')).toBe('https://evil.example.com/a?q=%3Cscript%3Ealert(1)%3C/script%3E%22%27');
    // The page's own name for itself, then the host the text was read on.
    expect(source.textContent).toBe('javascript:alert(1) (evil.example.com)');
  });

  it('marks each mention with its entity and kind, text unchanged', () => {
    for (const clip of clips) {
      const article = doc.getElementById(`clip-${clip.id}`)!;
      expect(article.querySelector('.text')!.textContent).toBe(clip.text);
      const marks = [...article.querySelectorAll('mark')];
      expect(marks.map((m) => [m.getAttribute('data-entity'), m.textContent, m.classList.contains(clip.mentions[marks.indexOf(m)]!.entity.kind)])).toEqual(clip.mentions.map((m) => [m.entity.id, m.exact, true]));
    }
  });

  it('ends with an appendix of the entities and their incidents; only http(s) sources are links', () => {
    const appendix = doc.getElementById('entities')!;
    const ids = [...appendix.querySelectorAll('article.entity')].map((a) => a.id);
    expect(ids).toEqual(['entity-nujaba', 'entity-victory', 'entity-harir', 'entity-kataib-hezbollah', 'entity-ain-al-asad']);
    // An incident is written in full once, under the first entity that has it; later ones link to it.
    const asad = doc.getElementById('entity-ain-al-asad')!;
    const seen = [...asad.querySelectorAll('tbody tr')];
    expect(seen.map((r) => [r.className, r.querySelector('a')!.getAttribute('href')])).toEqual([['seen', '#incident-2024-01-20-ain-al-asad-rocket'], ['seen', '#incident-2023-10-25-ain-al-asad-drone']]);
    expect(doc.querySelectorAll('tr[id]')).toHaveLength(new Set([...doc.querySelectorAll('tr[id]')].map((r) => r.id)).size);
    const rows = [doc.getElementById('incident-2024-01-20-ain-al-asad-rocket')!];
    expect(rows[0]!.closest('article')!.id).toBe('entity-kataib-hezbollah');
    const cells = [...rows[0]!.querySelectorAll('td')].map((c) => c.textContent);
    expect(cells[0]).toBe('20 يناير 2024');
    expect(rows[0]!.querySelector('time')!.getAttribute('datetime')).toBe('2024-01-20');
    expect(cells[1]).toBe('صواريخ، طائرة مسيّرة');
    expect(cells[2]).toBe('كتائب حزب الله');
    expect(cells[4]).toBe('لا قتلى، جريحان');
    const sources = rows[0]!.querySelectorAll('td:last-child a');
    expect(sources).toHaveLength(1);
    expect(rows[0]!.querySelector('td:last-child')!.textContent).toContain('javascript:alert(1)');
    expect(doc.getElementById('entity-harir')!.textContent).toContain('لا حوادث مسجلة');
  });

  it('works without a dataset, naming the entities from the clips', () => {
    const bare = exportHtmlReport(clips, { exportedAt: new Date() });
    const d = new (new Window()).DOMParser().parseFromString(bare, 'text/html') as unknown as Document;
    expect(d.getElementById('entity-ain-al-asad')!.textContent).toContain('غير موجود في البيانات الحالية');
  });
});

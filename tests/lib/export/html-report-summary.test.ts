/**
 * The HTML report as a reader gets it: a header date people can read (never an ISO
 * string for the bidi algorithm to reorder), a summary first, Arabic counts with
 * their plural forms, Latin runs isolated, the text of each clip before its
 * metadata, and print styles.
 */
import { Window } from 'happy-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Clip } from '../../../lib/clips/types';
import { exportHtmlReport } from '../../../lib/export/html-report';
import { count, formatDay, formatMoment, formatPeriod } from '../../../lib/export/report-format';
import { dataset, sampleClips } from '../../fixtures/clips';

const exportedAt = new Date('2026-12-04T14:08:57.613Z');
let clips: Clip[];
let html: string;
let doc: Document;
const parse = (s: string) => new (new Window()).DOMParser().parseFromString(s, 'text/html') as unknown as Document;
beforeAll(async () => {
  clips = await sampleClips();
  html = exportHtmlReport(clips, { exportedAt, dataset });
  doc = parse(html);
});

describe('report header date', () => {
  it('is a readable Arabic date and time in UTC, with the ISO value only in datetime', () => {
    const time = doc.querySelector('header time')!;
    expect(time.textContent).toBe('4 ديسمبر 2026 في 2:08 م UTC');
    expect(time.getAttribute('datetime')).toBe('2026-12-04T14:08:57.613Z');
    expect(time.parentElement!.tagName).toBe('BDI');
    expect(doc.querySelector('header')!.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}|T\d{2}:/);
    expect(formatMoment(exportedAt)).toBe('4 ديسمبر 2026 في 2:08 م UTC');
  });

  it('shows no raw timestamp anywhere people read', () => {
    const body = doc.body.cloneNode(true) as HTMLElement;
    for (const sha of body.querySelectorAll('.sha')) sha.remove();
    expect(body.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    for (const t of doc.querySelectorAll('time')) expect(t.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}/);
  });
});

describe('report summary', () => {
  it('comes first, with the period, the clips, the entities with counts and the incidents cited', () => {
    const summary = doc.querySelector('section.summary')!;
    expect(summary.compareDocumentPosition(doc.querySelector('main')!) & 4).toBe(4);
    const rows = Object.fromEntries([...summary.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling!.textContent]));
    expect(rows['الفترة']).toBe('20 يناير 2024');
    expect(rows['المقتطفات']).toBe('4 مقتطفات (موقعان)');
    const entities = [...summary.querySelectorAll('.entity-counts li')].map((li) => li.textContent);
    expect(entities[0]).toBe('قاعدة عين الأسد Ain al-Asad Air Base (قاعدة): 3 إشارات — مقتطفان');
    expect(entities).toHaveLength(5);
    expect(summary.querySelector('.entity-counts a')!.getAttribute('href')).toBe('#entity-ain-al-asad');
    expect(rows['الحوادث المذكورة في الملحق']).toContain('3 حوادث');
    const cited = [...summary.querySelectorAll('.incidents-cited a')].map((a) => a.getAttribute('href'));
    expect(cited).toEqual(['#incident-2024-01-20-ain-al-asad-rocket', '#incident-2023-11-02-victory-rocket', '#incident-2023-10-25-ain-al-asad-drone']);
    for (const href of cited) expect(doc.getElementById(href!.slice(1))).not.toBeNull();
  });

  it('isolates Latin names in the Arabic text', () => {
    for (const name of ['Ain al-Asad Air Base', "Kata'ib Hezbollah"]) {
      const bdi = [...doc.querySelectorAll('bdi')].find((b) => b.textContent === name);
      expect(bdi, name).toBeDefined();
      expect(bdi!.getAttribute('dir')).toBe('ltr');
    }
  });

  it('counts in Arabic with the six plural forms', () => {
    expect([0, 1, 2, 3, 11, 100].map((n) => count('clips', n))).toEqual(['لا مقتطفات', 'مقتطف واحد', 'مقتطفان', '3 مقتطفات', '11 مقتطفاً', '100 مقتطف']);
    expect([0, 1, 2, 3, 11, 100].map((n) => count('incidents', n))).toEqual(['لا حوادث', 'حادثة واحدة', 'حادثتان', '3 حوادث', '11 حادثةً', '100 حادثة']);
    expect(formatPeriod('2024-01-01', '2024-01-20')).toBe('1–20 يناير 2024');
    expect(formatDay('2024-01-05', 'month')).toBe('يناير 2024');
    expect(formatDay('not a date')).toBe('not a date');
  });

  it('says a report without clips or entities plainly', () => {
    const empty = parse(exportHtmlReport([], { exportedAt }));
    const rows = [...empty.querySelectorAll('.summary dd')].map((dd) => dd.textContent);
    expect(rows).toEqual(['لا مقتطفات', 'لا كيانات', 'لا حوادث']);
  });
});

describe('a clip in the report', () => {
  it('puts the text before its notes and metadata', () => {
    const article = doc.getElementById('clip-clip-selection')!;
    expect([...article.children].map((c) => c.tagName.toLowerCase() + (c.className ? `.${c.className}` : ''))).toEqual(['h2', 'div.text', 'section.notes', 'dl.meta']);
    expect(article.querySelector('dl.meta time')!.textContent).toBe('20 يناير 2024');
    expect(article.classList.contains('short')).toBe(true);
  });

  it('prints clips on from one another, keeps short ones whole, and starts the appendix on a new page', () => {
    const css = doc.querySelector('style')!.textContent!;
    expect(css).toMatch(/@page\{size:A4/);
    expect(css).toMatch(/article\.clip\.short\{break-inside:avoid/);
    const print = css.slice(css.indexOf('@media print'));
    expect(print).toContain('.appendix{break-before:page');
    expect(print).not.toMatch(/article\.clip\{[^}]*break-(before|after):page/);
  });
});

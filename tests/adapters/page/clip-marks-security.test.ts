// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://news.example/2024/a.html" }
/**
 * Clip marks the page cannot read, and re-anchoring off the main path (issue 10):
 * the passages never enter the page's highlight registry (`CSS.highlights`, which
 * page scripts enumerate), they are drawn in a closed shadow root; a change batch
 * re-anchors only the clips whose marked text it changed, in the region around
 * them, one clip per slice.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClipMarks, type Schedule } from '../../../adapters/page/clip-marks';
import { ClipText } from '../../../adapters/page/clip-text';
import { readText } from '../../../adapters/page/page-text';
import { createClip } from '../../../lib/clips/create';
import type { Clip } from '../../../lib/clips/types';
import { finder } from '../../fixtures/clips';

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

const P1 = 'وقالت حركة النجباء إنها استهدفت قاعدة فكتوريا قرب مطار بغداد، فيما لم تُسجل إصابات في قاعدة حرير.';
const P2 = 'وأضاف المصدر أن الهجوم على عين الأسد هو الثالث هذا الأسبوع بحسب بيان الفصائل المسلحة.';
const P3 = 'وفي سياق متصل أعلنت القوات الأمريكية أنها ردت على مصادر النيران في منطقة القائم الحدودية.';
const html = `<main><h1>هجوم جديد</h1>\n<section id="a"><p id="p1">${P1}</p></section>\n<section id="b"><p id="p2">${P2}</p></section>\n<section id="c"><p id="p3">${P3}</p></section></main>`;
const meta = { url: 'https://news.example/2024/a.html', canonical_url: null, title: 't', site: null, author: null, published: null, lang: 'ar' };

const clipOf = async (passage: string): Promise<Clip> => {
  const clean = new ClipText(readText(document.body).text).text;
  return createClip({ text: passage, mentions: finder.find(passage), metadata: meta, via: 'selection', page: { text: clean, start: clean.indexOf(passage) } });
};

let slices = 0;
const counted: Schedule = (task) => {
  slices++;
  setTimeout(task, 0);
};
const textOf = (r: AbstractRange | null) => {
  if (!r) return null;
  const live = document.createRange();
  live.setStart(r.startContainer, r.startOffset);
  live.setEnd(r.endContainer, r.endOffset);
  return live.toString();
};

describe('clip marks', () => {
  let marks: ClipMarks;
  beforeEach(() => {
    Object.assign(globalThis, { Highlight: FakeHighlight, CSS: { highlights: new Map() } });
    document.body.innerHTML = html;
    slices = 0;
  });
  afterEach(() => marks?.dispose());

  it('put no passage in the page-readable highlight registry, and draw in a closed shadow root', async () => {
    const clip = await clipOf(P2);
    marks = new ClipMarks(true, counted);
    const [m] = await marks.paint(document.body, [clip]);
    expect(textOf(m!.range)).toBe(P2);
    // What a page script can enumerate: nothing of the clip.
    const registry = CSS.highlights as unknown as Map<string, Set<AbstractRange>>;
    expect(registry.has('mbr-clip')).toBe(false);
    for (const h of registry.values()) for (const r of h) expect(textOf(r)).not.toContain(P2.slice(0, 20));
    // The extension's host is there, its contents closed to the page.
    const hosts = [...document.documentElement.children].filter((e) => e !== document.head && e !== document.body);
    expect(hosts).toHaveLength(1);
    expect((hosts[0] as HTMLElement).shadowRoot).toBeNull();
    expect(hosts[0]!.textContent).toBe('');
  });

  it('anchor one clip per slice, never all in one task', async () => {
    const clips = await Promise.all([P1, P2, P3].map(clipOf));
    marks = new ClipMarks(false, counted);
    const found = await marks.paint(document.body, clips);
    expect(found.map((m) => textOf(m.range))).toEqual([P1, P2, P3]);
    expect(slices).toBeGreaterThanOrEqual(3);
  });

  it('re-anchor nothing after a change that does not touch a marked passage', async () => {
    const clip = await clipOf(P2);
    marks = new ClipMarks(false, counted);
    const [before] = await marks.paint(document.body, [clip]);
    slices = 0;
    document.getElementById('p1')!.append(' وتابع المراسل.');
    document.getElementById('c')!.append(document.createElement('p'));
    const [after] = await marks.refresh(document.body, [document.getElementById('a')!, document.getElementById('c')!]);
    expect(slices).toBe(0);
    expect(after!.range).toBe(before!.range);
  });

  it('re-anchor a clip whose passage changed, in the region around it', async () => {
    const clip = await clipOf(P2);
    marks = new ClipMarks(false, counted);
    await marks.paint(document.body, [clip]);
    const p2 = document.getElementById('p2')!;
    p2.textContent = P2.replace('الهجوم على', 'الهجوم الصاروخي على');
    const [m] = await marks.refresh(document.body, [p2]);
    expect(textOf(m!.range)).toContain('الهجوم الصاروخي على عين الأسد');
    // The page re-renders the section: new nodes, same text.
    const b = document.getElementById('b')!;
    b.innerHTML = `<p>${P2}</p>`;
    const [again] = await marks.refresh(document.body, [b]);
    expect(textOf(again!.range)).toBe(P2);
  });

  it('find a clip that was missing when the part of the page holding it is added', async () => {
    const clip = await clipOf(P3);
    document.getElementById('c')!.remove();
    marks = new ClipMarks(false, counted);
    expect((await marks.paint(document.body, [clip]))[0]!.range).toBeNull();
    const c = document.createElement('section');
    c.innerHTML = `<p>${P3}</p>`;
    document.querySelector('main')!.append(c);
    const [m] = await marks.refresh(document.body, [c]);
    expect(textOf(m!.range)).toBe(P3);
  });
});

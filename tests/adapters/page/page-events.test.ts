// @vitest-environment happy-dom
/**
 * The page side of «This article reports» (adapters/page/page-events.ts): the
 * events of the article from the painted mentions and the page's publication date
 * (else today, said so), nothing while the reader is off, and the evidence marked
 * on request without a change to the page's DOM.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseRequest } from '../../../adapters/messaging';
import { Annotator } from '../../../adapters/page/annotator';
import { createPageFinder } from '../../../adapters/page/engine/page-finder';
import { MentionIndex } from '../../../adapters/page/mention-index';
import { dayOf, EVIDENCE_HIGHLIGHT, localToday, PageEvents, statedDay } from '../../../adapters/page/page-events';
import type { Painter } from '../../../adapters/page/painter';
import { Slicer } from '../../../adapters/page/slicer';
import type { MentionFinder } from '../../../lib/mentions';
import { shippedPublished } from '../../fixtures/page-fixtures';

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}
Object.assign(globalThis, { Highlight: FakeHighlight, CSS: { highlights: new Map() } });

const painter: Painter = { mode: 'highlight', add: () => undefined, remove: () => undefined, clear: () => undefined, setCurrent: () => undefined, setColours: () => undefined, dispose: () => undefined };

// Our own sentences: a drone attack on a known base, then a recalled one.
const lead = 'استهدفت المقاومة الإسلامية في العراق فجر اليوم قاعدة حرير بطائرتين مسيرتين، دون وقوع إصابات.';
const recalled = 'وفي 28 يناير الماضي قتل ثلاثة جنود أمريكيين في هجوم بطائرة مسيرة على البرج 22.';

function showPage(meta: string): void {
  document.head.innerHTML = `<title>خبر</title>${meta}`;
  document.body.innerHTML = `<header><nav><a href="/">الرئيسية</a></nav></header><main><article><h1>هجوم على قاعدة حرير</h1><p id="lead">${lead}</p><p id="recalled">${recalled}</p><p>وقال مصدر أمني إن الدفاعات الجوية تصدت للهجوم بعد منتصف الليل بقليل وإن الأضرار اقتصرت على مبان خالية.</p></article></main><footer>حقوق النشر</footer>`;
}

describe('the events of the page (page-events.ts)', () => {
  let finder: MentionFinder;
  let index: MentionIndex;
  beforeAll(() => void (finder = createPageFinder(shippedPublished().gazetteer)));
  beforeEach(() => void (index = new MentionIndex()));
  const scan = () => new Annotator(finder, painter, index, new Slicer(Infinity)).scan([document.body]);
  const session = (running = true) => new PageEvents({ running: () => (running ? { index, finder } : null), today: () => '2026-12-04' });

  it('answers its requests only', () => {
    const isPageRequest = (m: unknown) => parseRequest(m) !== null;
    expect(isPageRequest({ type: 'page/events' })).toBe(true);
    expect(isPageRequest({ type: 'page/show-event', index: 0 })).toBe(true);
    expect(isPageRequest({ type: 'page/show-event', index: -1 })).toBe(false);
    expect(isPageRequest({ type: 'page/show-event', index: 1.5 })).toBe(false);
    expect(isPageRequest({ type: 'page/show-event' })).toBe(false);
  });

  it('reads the events from the painted mentions and the publication date of the page', async () => {
    showPage('<meta property="article:published_time" content="2024-02-05T06:10:00Z">');
    await scan();
    const r = session().compute();
    if (!r.ok) throw new Error(r.reason);
    expect(r.published).toBe('2024-02-05');
    expect(r.publishedFrom).toBe('page');
    const main = r.events.find((e) => e.role === 'main')!;
    expect(main).toMatchObject({ kind: 'attack', sites: ['harir-air-base'], date: '2024-02-05', weapons: ['drone'], claimed_by: ['islamic-resistance-in-iraq'] });
    expect(main.evidence_text).toContain('قاعدة حرير');
    expect(r.names['harir-air-base']?.kind).toBe('base');
    expect(r.names['islamic-resistance-in-iraq']?.kind).toBe('militia');
    const recalledEvent = r.events.find((e) => e.sites.includes('tower-22'))!;
    expect(recalledEvent).toMatchObject({ role: 'background', date: '2024-01-28' });
    expect(r.url).toBe(document.location.href.replace(/#.*$/, ''));
  });

  it('falls back to today without a publication date, and says so', async () => {
    showPage('');
    await scan();
    const r = session().compute();
    if (!r.ok) throw new Error(r.reason);
    expect(r).toMatchObject({ published: '2026-12-04', publishedFrom: 'today' });
    expect(r.events.find((e) => e.role === 'main')?.date).toBe('2026-12-04');
  });

  it('reports nothing while the reader is off, and no events where the page reports none', async () => {
    showPage('');
    expect(session(false).compute()).toEqual({ ok: false, reason: 'off' });
    document.body.innerHTML = '<main><article><p>زار وفد من الحكومة قاعدة عين الأسد الجوية للاطلاع على سير العمل في مشاريع الإعمار في المحافظة.</p></article></main>';
    await scan();
    const r = session().compute();
    expect(r.ok && r.events).toEqual([]);
  });

  it('marks the evidence for a while without changing the page, and says when it cannot', async () => {
    showPage('');
    await scan();
    const s = session();
    const r = s.compute();
    if (!r.ok) throw new Error(r.reason);
    const html = document.body.innerHTML;
    const i = r.events.findIndex((e) => e.role === 'main');
    expect(s.show(i)).toBe(true);
    const marked = [...(CSS.highlights.get(EVIDENCE_HIGHLIGHT) as unknown as Set<Range>)];
    expect(marked).toHaveLength(1);
    expect(marked[0].toString()).toContain('قاعدة حرير');
    expect(document.body.innerHTML).toBe(html);
    expect(s.show(99)).toBe(false);
    s.dispose();
    expect(CSS.highlights.has(EVIDENCE_HIGHLIGHT)).toBe(false);
  });

  it('reads the day of publication as the page writes it, in its own time zone', async () => {
    // Published at 01:00 in Baghdad: still the day before in UTC, yet «فجر اليوم» is this day.
    showPage('<meta property="article:published_time" content="2024-02-05T01:10:00+03:00">');
    expect(statedDay(document)).toBe('2024-02-05');
    await scan();
    const r = session().compute();
    expect(r.ok && r.published).toBe('2024-02-05');
    showPage('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-01-29T00:30:00+03:00"}</script>');
    expect(statedDay(document)).toBe('2024-01-29');
    showPage('<meta name="pubdate" content="2024-02-31"><meta name="date" content="yesterday">');
    expect(statedDay(document)).toBeNull();
  });

  it('takes the calendar day of a publication date, and today in the local time zone', () => {
    expect(dayOf('2024-02-05')).toBe('2024-02-05');
    expect(dayOf('2024-02-05T06:10:00.000Z')).toBe('2024-02-05');
    expect(dayOf(null)).toBeNull();
    expect(localToday(new Date(2026, 0, 9, 23, 30))).toBe('2026-01-09');
  });
});


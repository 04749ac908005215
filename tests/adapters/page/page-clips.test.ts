// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://news.example/2024/a.html#comments" }
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClipDraft } from '../../../adapters/clips/messages';
import { ClipMarks } from '../../../adapters/page/clip-marks';
import { ClipText } from '../../../adapters/page/clip-text';
import { MentionIndex, type PageMention } from '../../../adapters/page/mention-index';
import { OffsetMap } from '../../../adapters/page/offset-map';
import { PageClips } from '../../../adapters/page/page-clips';
import { readText } from '../../../adapters/page/page-text';
import { createClip } from '../../../lib/clips/create';
import type { Clip } from '../../../lib/clips/types';
import { finder } from '../../fixtures/clips';

const P1 = 'وقالت حركة النجباء إنها استهدفت قاعدة فكتوريا قرب مطار بغداد، فيما لم تُسجل إصابات في قاعدة حرير.';
const P2 = 'وأضاف المصدر أن الهجوم على عين الأسد هو الثالث هذا الأسبوع بحسب بيان الفصائل المسلحة.';
const html = (p1: string, p2: string) => `<main><h1>هجوم جديد</h1>\n  <p id="p1">${p1}</p>\n  <p id="p2">${p2}</p></main>`;
const rangeText = (r: AbstractRange) => {
  const live = document.createRange();
  live.setStart(r.startContainer, r.startOffset);
  live.setEnd(r.endContainer, r.endOffset);
  return live.toString();
};

function paint(): { index: MentionIndex; mentions: PageMention[] } {
  const page = readText(document.body);
  const map = new OffsetMap(page);
  const mentions = finder.find(page.text).map((mention, i) => {
    const span = map.span(mention.start, mention.end)!;
    return { ...span, id: i + 1, mention, range: document.createRange() };
  });
  const index = new MentionIndex();
  index.add(mentions);
  return { index, mentions };
}

describe('re-anchoring saved clips on the page (clip-marks.ts)', () => {
  it('marks the passage at its place, and again after words are inserted near it and inside it', async () => {
    document.body.innerHTML = html(P1, P2);
    const clean = new ClipText(readText(document.body).text).text;
    const passage = P2.slice(0, 60);
    const clip = await createClip({ text: passage, mentions: finder.find(passage), metadata: { url: 'https://n.example/a', canonical_url: null, title: 't', site: null, author: null, published: null, lang: 'ar' }, via: 'selection', page: { text: clean, start: clean.indexOf(passage) } });
    const marks = new ClipMarks();
    const [m] = await marks.paint(document.body, [clip]);
    expect(m).toMatchObject({ clipId: clip.id, score: 1 });
    expect(rangeText(m.range!)).toBe(passage);

    // The site edits its article: a sentence before, a word inside the passage.
    document.body.innerHTML = html(`${P1} وتابع المراسل.`, P2.replace('الهجوم على', 'الهجوم الصاروخي على'));
    const [e] = await marks.paint(document.body, [clip]);
    expect(e.range).not.toBeNull();
    expect(e.score).toBeGreaterThan(0.5);
    expect(rangeText(e.range!)).toContain('الهجوم الصاروخي على عين الأسد');
    // Gone from the page: not marked.
    document.body.innerHTML = html(P1, 'نص آخر تماماً لا علاقة له بالخبر.');
    expect((await marks.paint(document.body, [clip]))[0]).toMatchObject({ range: null, score: 0 });
    marks.dispose();
  });
});

describe('clips in the content script (page-clips.ts)', () => {
  let saved: ClipDraft[];
  let stored: Clip[];
  let running: boolean;
  let painted: ReturnType<typeof paint>;
  let clips: PageClips;
  beforeEach(() => {
    document.body.innerHTML = html(P1, P2);
    saved = [];
    stored = [];
    running = true;
    painted = paint();
    clips = new PageClips({
      running: () => (running ? { index: painted.index, finder } : null),
      published: async () => ({ version: 'v', gazetteer: [], summaries: {} }),
      save: async (draft) => {
        saved.push(draft);
        const clip = await createClip(draft);
        stored.push(clip);
        return { ok: true, clip };
      },
      forPage: async (urls) => stored.filter((c) => urls.includes(c.url)),
    });
  });
  afterEach(() => clips?.stop());

  const select = (node: Node, from: number, to: number) => {
    const r = document.createRange();
    r.setStart(node, from);
    r.setEnd(node, to);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(r);
  };

  it('saves the selection with the painted mentions in it and the page address without its fragment', async () => {
    const text = document.getElementById('p1')!.firstChild!;
    select(text, 0, 47);
    const r = await clips.capture('selection');
    expect(r).toMatchObject({ ok: true, title: 'https://news.example/2024/a.html' });
    expect(saved[0].text).toBe(P1.slice(0, 47).trim());
    expect(saved[0].metadata.url).toBe('https://news.example/2024/a.html');
    expect(saved[0].mentions.map((m) => m.entity.id)).toEqual(['nujaba', 'victory']);
  });

  it('says so when nothing is selected, and captures with the reader off (the engine then reads the selection)', async () => {
    document.getSelection()!.removeAllRanges();
    expect(await clips.capture('selection')).toEqual({ ok: false, reason: 'no-selection' });
    running = false;
    select(document.getElementById('p2')!.firstChild!, 0, P2.length);
    const r = await clips.capture('selection');
    expect(r.ok).toBe(true);
    // The published gazetteer is empty here: the engine finds nothing, and nothing fails.
    expect(saved.at(-1)!.mentions).toEqual([]);
  });

  it("saves a mention's paragraph, and marks the page's saved clips when started", async () => {
    const m = painted.mentions.find((x) => x.mention.entity.id === 'ain-al-asad')!;
    const r = await clips.saveMention(m);
    expect(r.ok).toBe(true);
    expect(saved[0]).toMatchObject({ text: P2, via: 'popover' });
    const marks = await clips.start();
    expect(marks.map((x) => [x.clipId, x.range && rangeText(x.range)])).toEqual([[stored[0].id, P2]]);
  });

  it('asks the background for the page\'s clips only where the published keys say it has some', async () => {
    let asked = 0;
    let checked: readonly string[] = [];
    const withKeys = (has: boolean) =>
      new PageClips({
        running: () => null,
        published: async () => ({ version: 'v', gazetteer: [], summaries: {} }),
        forPage: async () => {
          asked++;
          return [];
        },
        mayHaveClips: async (urls) => {
          checked = urls;
          return has;
        },
      });
    const none = withKeys(false);
    await none.start(false);
    none.stop();
    expect(asked).toBe(0);
    expect(checked).toEqual(['https://news.example/2024/a.html']); // the address without its fragment
    const some = withKeys(true);
    await some.start(false);
    some.stop();
    expect(asked).toBe(1);
  });

  it('reports a refused save', async () => {
    const failing = new PageClips({ running: () => ({ index: painted.index, finder }), published: async () => ({ version: 'v', gazetteer: [], summaries: {} }), save: async () => ({ ok: false, error: 'disk full' }) });
    expect(await failing.saveMention(painted.mentions[0])).toEqual({ ok: false, reason: 'failed', detail: 'disk full' });
  });

  it('names the clip already saved when the background refuses a duplicate', async () => {
    const existing = { id: 'clip-1', title: 'T', captured_at: '2026-01-01T00:00:00.000Z' };
    const twice = new PageClips({ running: () => ({ index: painted.index, finder }), published: async () => ({ version: 'v', gazetteer: [], summaries: {} }), save: async () => ({ ok: false, error: 'already', duplicate: existing }) });
    expect(await twice.saveMention(painted.mentions[0])).toEqual({ ok: false, reason: 'duplicate', existing, detail: 'already' });
  });
});

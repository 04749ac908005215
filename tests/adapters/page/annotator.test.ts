// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { Annotator } from '../../../adapters/page/annotator';
import { createPageFinder } from '../../../adapters/page/engine/page-finder';
import { MentionIndex, type PageMention } from '../../../adapters/page/mention-index';
import type { Painter } from '../../../adapters/page/painter';
import { Slicer } from '../../../adapters/page/slicer';
import type { MentionFinder } from '../../../lib/mentions';
import { loadGold } from '../../fixtures/gold';
import { loadSeeds, longArticleHtml, newsPageHtml, type Seed } from '../../fixtures/news-pages';
import { repo, shippedPublished } from '../../fixtures/page-fixtures';

/** A painter that remembers what is painted. */
class RecordingPainter implements Painter {
  readonly mode = 'highlight';
  painted = new Set<PageMention>();
  current: PageMention | null = null;
  add = (ms: readonly PageMention[]) => ms.forEach((m) => this.painted.add(m));
  remove = (ms: readonly PageMention[]) => ms.forEach((m) => this.painted.delete(m));
  clear = () => this.painted.clear();
  setCurrent = (m: PageMention | null) => void (this.current = m);
  setColours = () => undefined;
  dispose = () => this.painted.clear();
}

const seeds = loadSeeds();
const gold = loadGold(`${repo}/samples/gold.json`);

function showPage(html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceWith(document.importNode(parsed.body, true));
}

/** Painted mentions of the article as gold keys («start:end:kind» in the seed file), optional ones left out. */
function articleKeys(painted: Iterable<PageMention>, seed: Seed): string[] {
  const optional = new Set(gold[seed.file].optional.map((m) => `${m.start}:${m.end}:${m.kind}`));
  const keys: string[] = [];
  for (const m of painted) {
    const block = m.startNode.parentElement?.closest('#article [data-block]');
    if (!block) continue;
    const r = document.createRange();
    r.setStart(block, 0);
    r.setEnd(m.startNode, m.startOffset);
    const start = seed.blocks[Number(block.getAttribute('data-block'))].start + r.toString().length;
    const key = `${start}:${start + m.mention.text.length}:${m.mention.entity.kind}`;
    if (!optional.has(key)) keys.push(key);
  }
  return keys.sort();
}

describe('finding and painting the mentions of a page (annotator.ts)', () => {
  let finder: MentionFinder;
  beforeAll(() => void (finder = createPageFinder(shippedPublished().gazetteer)));
  const setup = (budgetMs = Infinity, yieldFn?: () => Promise<void>) => {
    const painter = new RecordingPainter();
    const index = new MentionIndex();
    const slicer = new Slicer(budgetMs, yieldFn);
    return { painter, index, slicer, annotator: new Annotator(finder, painter, index, slicer) };
  };

  for (const seed of seeds) {
    it(`paints exactly the gold mentions of ${seed.file} rendered as a news page`, async () => {
      showPage(newsPageHtml(seed, { related: seeds }));
      const { painter, index, annotator } = setup();
      const added = await annotator.scan([document.body]);
      expect(articleKeys(painter.painted, seed)).toEqual(gold[seed.file].mentions.map((m) => `${m.start}:${m.end}:${m.kind}`).sort());
      expect(index.size).toBe(added.length);
      expect(index.inOrder()).toEqual(added);
    });
  }

  it('gives the same mentions in tiny slices, cut between articles, as at once', async () => {
    showPage(newsPageHtml(seeds[0], { related: seeds, article: longArticleHtml(seeds, 60_000) }));
    const whole = setup();
    const once = (await whole.annotator.scan([document.body])).map((m) => [m.startNode, m.startOffset, m.mention.entity.id]);
    let yields = 0;
    const sliced = setup(0, async () => void yields++);
    const inSlices = (await sliced.annotator.scan([document.body])).map((m) => [m.startNode, m.startOffset, m.mention.entity.id]);
    expect(yields).toBeGreaterThan(5);
    expect(inSlices).toEqual(once);
    expect(once.length).toBeGreaterThan(60);
  });

  it('paints the part of a long page in the viewport first, then the rest, and finds what a scan at once finds', async () => {
    showPage(newsPageHtml(seeds[0], { related: seeds, article: longArticleHtml(seeds, 120_000) }));
    const once = (await setup().annotator.scan([document.body])).map((m) => [m.startNode, m.startOffset, m.mention.entity.id]);
    // The viewport shows a paragraph halfway down the long article (happy-dom has no layout: the hit test is stubbed).
    const paragraphs = document.querySelectorAll('#article p');
    const shown = paragraphs[paragraphs.length >> 1]!.firstChild as Text;
    const doc = document as Document & { caretPositionFromPoint?: unknown };
    const saved = doc.caretPositionFromPoint;
    doc.caretPositionFromPoint = () => ({ offsetNode: shown, offset: 3, getClientRect: () => null });
    try {
      const { painter, annotator } = setup(0, async () => undefined);
      const adds: (readonly PageMention[])[] = [];
      const add = painter.add;
      painter.add = (ms) => (adds.push(ms), add(ms));
      const found = await annotator.scan([document.body]);
      expect(found.map((m) => [m.startNode, m.startOffset, m.mention.entity.id])).toEqual(once);
      expect(adds).toHaveLength(2);
      const [first, rest] = adds as [readonly PageMention[], readonly PageMention[]];
      const section = shown.parentElement!.closest('section')!;
      expect(first.length).toBeGreaterThan(0);
      expect(first.every((m) => section.contains(m.startNode))).toBe(true);
      expect(first.some((m) => m.startNode === shown || shown.compareDocumentPosition(m.startNode) & Node.DOCUMENT_POSITION_FOLLOWING)).toBe(true);
      expect(first.length + rest.length).toBe(found.length);
      expect(painter.painted.size).toBe(found.length);
    } finally {
      doc.caretPositionFromPoint = saved;
    }
  });

  it('rescans a root by replacing what was painted in it, and drops mentions whose text left the page', async () => {
    showPage('<article><p id="a">هجوم على قاعدة عين الأسد</p><p id="b">تبنته كتائب حزب الله</p></article>');
    const { painter, annotator } = setup();
    await annotator.scan([document.body]);
    expect([...painter.painted].map((m) => m.mention.entity.id).sort()).toEqual(['ain-al-asad', 'kataib-hezbollah']);
    const a = document.getElementById('a')!;
    a.firstChild!.nodeValue = 'هجوم على قاعدة حرير';
    await annotator.scan([a]);
    expect([...painter.painted].map((m) => m.mention.entity.id).sort()).toEqual(['harir-air-base', 'kataib-hezbollah']);
    document.getElementById('b')!.remove();
    expect(annotator.sweep().map((m) => m.mention.entity.id)).toEqual(['kataib-hezbollah']);
    expect([...painter.painted].map((m) => m.mention.entity.id)).toEqual(['harir-air-base']);
  });

  it('stops a scan in flight on reset and leaves nothing painted', async () => {
    showPage(newsPageHtml(seeds[0], { related: seeds, article: longArticleHtml(seeds, 60_000) }));
    const { painter, annotator } = setup(0, async () => annotator.reset());
    expect(await annotator.scan([document.body])).toEqual([]);
    expect(painter.painted.size).toBe(0);
  });
});

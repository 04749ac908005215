// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { articleDraft, CapturedPage, extractArticle, MAX_PARAGRAPH, pageAddress, pageMetadata, spanDraft } from '../../../adapters/page/clip-capture';
import { ClipText } from '../../../adapters/page/clip-text';
import type { PageMention } from '../../../adapters/page/mention-index';
import { OffsetMap } from '../../../adapters/page/offset-map';
import { readText } from '../../../adapters/page/page-text';
import { createClip } from '../../../lib/clips/create';
import { finder } from '../../fixtures/clips';
import { loadSeeds, newsPageHtml } from '../../fixtures/news-pages';

/** The mentions the reader would paint under `root`. */
function painted(root: Element): PageMention[] {
  const page = readText(root);
  const map = new OffsetMap(page);
  return finder.find(page.text).flatMap((mention, i) => {
    const span = map.span(mention.start, mention.end);
    if (!span) return [];
    const range = document.createRange();
    range.setStart(span.startNode, span.startOffset);
    range.setEnd(span.endNode, span.endOffset);
    return [{ ...span, id: i + 1, mention, range }];
  });
}

const P1 = 'قصفت كتائب حزب الله قاعدة عين الأسد بطائرة مسيرة.';
const P2 = 'وقالت حركة النجباء إنها استهدفت قاعدة فكتوريا.';

describe("the page's text as clips see it (clip-text.ts)", () => {
  it('trims every line, drops blank ones, and maps offsets both ways', () => {
    const raw = '  عنوان \n   \n\t قصفت  كتائب \n\nنص';
    const c = new ClipText(raw);
    expect(c.text).toBe('عنوان\nقصفت  كتائب\nنص');
    const at = c.text.indexOf('كتائب');
    expect(c.toRaw({ start: at, end: at + 5 })).toEqual({ start: raw.indexOf('كتائب'), end: raw.indexOf('كتائب') + 5 });
    expect(c.fromRaw({ start: raw.indexOf('كتائب'), end: raw.indexOf('كتائب') + 5 })).toEqual({ start: at, end: at + 5 });
    // A raw span of white space and breaks keeps no character.
    const blank = c.fromRaw({ start: raw.indexOf('\n   \n'), end: raw.indexOf('\t') });
    expect(blank.end - blank.start).toBe(0);
    const whole = c.toRaw({ start: 0, end: c.text.length });
    expect(new ClipText(raw.slice(whole.start, whole.end)).text).toBe(c.text);
  });
});

describe('capturing a clip in the page (clip-capture.ts)', () => {
  let article: HTMLElement;
  beforeEach(() => {
    document.body.innerHTML = `<article id="a">
      <h1>عنوان الخبر</h1>
      <p id="p1">قصفت <b>كتائب حزب الله</b> قاعدة عين الأسد بطائرة مسيرة.</p>
      <p id="p2">${P2}</p>
      <textarea>قاعدة حرير</textarea>
    </article>`;
    article = document.getElementById('a')!;
  });

  it('locates a selection across elements in the clean page text, and keeps the painted mentions wholly inside it', () => {
    const page = new CapturedPage(document.body);
    expect(page.clean.text).toBe(`عنوان الخبر\n${P1}\n${P2}`);
    const range = document.createRange();
    const p1 = document.getElementById('p1')!;
    range.setStart(p1.firstChild!, 0); // «قصفت »
    range.setEnd(document.getElementById('p2')!.firstChild!, 'وقالت حركة النجباء'.length);
    const span = page.spanOfRange(range)!;
    const draft = spanDraft(page, span, painted(article), { url: 'https://n.example/a', canonical_url: null, title: 't', site: null, author: null, published: null, lang: 'ar' }, 'selection');
    expect(draft.text).toBe(`${P1}\nوقالت حركة النجباء`);
    expect(draft.page).toEqual({ text: page.clean.text, start: page.clean.text.indexOf(P1) });
    expect(draft.mentions.map((m) => [m.entity.id, m.text, draft.text.slice(m.start, m.end)])).toEqual([
      ['kataib-hezbollah', 'كتائب حزب الله', 'كتائب حزب الله'],
      ['ain-al-asad', 'عين الأسد', 'عين الأسد'],
      ['nujaba', 'حركة النجباء', 'حركة النجباء'],
    ]);
  });

  it('takes element boundaries (a triple click selects a paragraph with its element) and trims white space', () => {
    const page = new CapturedPage(document.body);
    const range = document.createRange();
    range.selectNode(document.getElementById('p2')!);
    expect(page.clean.text.slice(page.spanOfRange(range)!.start, page.spanOfRange(range)!.end)).toBe(P2);
    range.selectNodeContents(article);
    const all = page.spanOfRange(range)!;
    expect(page.clean.text.slice(all.start, all.end)).toBe(page.clean.text);
    // A selection of white space only, or inside the text box (never read), is no clip.
    const r2 = document.createRange();
    r2.setStart(article, 0);
    r2.setEnd(article, 1);
    expect(page.spanOfRange(r2)).toBeNull();
  });

  it("saves a mention's paragraph (the popover's Save clip), cut around it when very long", () => {
    const page = new CapturedPage(document.body);
    const m = painted(article).find((x) => x.mention.entity.id === 'nujaba')!;
    const at = page.spanOfMention(m)!;
    const para = page.paragraphAround(at);
    expect(page.clean.text.slice(para.start, para.end)).toBe(P2);

    document.getElementById('p2')!.textContent = `${'كلام '.repeat(2000)}${P2}${' كلام'.repeat(2000)}`;
    const long = new CapturedPage(document.body);
    const m2 = painted(article).find((x) => x.mention.entity.id === 'nujaba')!;
    const cut = long.paragraphAround(long.spanOfMention(m2)!);
    expect(cut.end - cut.start).toBeLessThanOrEqual(MAX_PARAGRAPH);
    expect(long.clean.text.slice(cut.start, cut.end)).toContain('حركة النجباء');
  });

  it('makes drafts createClip accepts, with the passage where it is in the page', async () => {
    const page = new CapturedPage(document.body);
    const span = { start: page.clean.text.indexOf(P2), end: page.clean.text.indexOf(P2) + P2.length };
    const draft = spanDraft(page, span, painted(article), pageMetadata(document, 'https://n.example/a#frag'), 'popover');
    const clip = await createClip(draft);
    expect(clip.url).toBe('https://n.example/a');
    expect(clip.passage?.selectors[1].start).toBe(span.start);
    expect(clip.mentions.map((m) => m.entity.id)).toEqual(['nujaba', 'victory']);
    expect(pageAddress('https://n.example/a?x=1#top')).toBe('https://n.example/a?x=1');
    expect(() => pageMetadata(document, 'file:///etc/passwd')).toThrow(RangeError);
  });
});

describe('clipping the whole article with Readability', () => {
  it('extracts the main article of a news page from a clone (the page is unchanged) and locates it in the page', () => {
    const seed = loadSeeds()[1]!;
    document.documentElement.innerHTML = newsPageHtml(seed).replace(/^<!doctype html>\s*<html[^>]*>/i, '').replace(/<\/html>\s*$/, '');
    const before = document.documentElement.outerHTML;
    const article = extractArticle(document)!;
    expect(document.documentElement.outerHTML).toBe(before);
    expect(article.text).toContain('قاعدة عين الأسد');
    expect(article.text).not.toContain('تعليقات القراء');
    const page = new CapturedPage(document.body);
    const draft = articleDraft(page, article, pageMetadata(document, 'https://n.example/001'), (t) => finder.find(t));
    expect(draft.via).toBe('article');
    expect(draft.mentions.length).toBeGreaterThan(0);
    // The seed's body paragraphs are one span of the page: the passage is recorded.
    expect(draft.page).not.toBeNull();
    expect(draft.page!.text.slice(draft.page!.start, draft.page!.start + draft.text.length)).toBe(draft.text);
    expect(draft.text.startsWith(seed.blocks[1]!.text.trim())).toBe(true);
  });
});

/**
 * The attacks the article reports, computed in the content script when the popup
 * asks (`page/events`), never while the page loads: the first highlight does not
 * wait for them. Read from what the reader already has — the page's text and the
 * mentions it painted — narrowed to the main article (@mozilla/readability, on a
 * copy of the page) where that article is one passage of the page, with the page's
 * publication date (its meta tags or JSON-LD, the day as the page writes it), else
 * today, and said so.
 *
 * `show(i)` scrolls to the evidence of the i-th event and marks it for a few
 * seconds with a highlight of its own (CSS Custom Highlight API), or else selects
 * it: the page's DOM is never changed.
 */
import { createEventExtractor, type EventExtractor } from '@/lib/events';
import type { Mention, MentionFinder } from '@/lib/mentions';
import { TextAnchorer } from '@/lib/anchoring/anchor';
import { normalizePublished } from '@/lib/clips/metadata';
import { articleFromJsonLd } from '@/lib/clips/metadata-jsonld';
import { CapturedPage, extractArticle, pageAddress, pageMetadata } from './clip-capture';
import { pageNormalizer } from './engine/page-finder';
import type { MentionIndex } from './mention-index';
import { MAX_EVIDENCE_CHARS, type EntityNames, type PageEvent, type PageEventsResult } from './messages';
import { OffsetMap, type DomSpan } from './offset-map';
import { PageStyle } from './page-style';
import { hasHighlightApi } from './painter';

/** The name of the evidence's highlight in `CSS.highlights`. */
export const EVIDENCE_HIGHLIGHT = 'mbr-evidence';
/** How long the evidence stays marked after a click in the popup. */
export const EVIDENCE_MS = 6000;

/** A warm yellow wash with a dark underline: apart from the mention colours, readable on light and dark pages. */
const EVIDENCE_CSS = `::highlight(${EVIDENCE_HIGHLIGHT}) { background-color: rgb(255 213 79 / 0.55); color: #111111; text-decoration: underline 2px #7a4f00; text-underline-offset: 4px; }`;

/**
 * Longest page text for which the main article is looked for: Readability reads a
 * copy of the whole document (about a second for a 1.5 MB page), and a page that
 * long is an archive or a live blog, not one article; its text is then read as is
 * (the extractor reads a bounded number of sentences).
 */
export const ARTICLE_PAGE_CHARS = 200_000;

export interface PageEventsDeps {
  /** The reader's painted mentions and engine while it runs; null when it is off. */
  readonly running: () => { readonly index: MentionIndex; readonly finder: MentionFinder } | null;
  readonly doc?: Document;
  /** Today as YYYY-MM-DD, in the reader's time zone. */
  readonly today?: () => string;
}

/** Today's date in the local time zone, YYYY-MM-DD. */
export const localToday = (now = new Date()): string =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

export class PageEvents {
  private extractor: EventExtractor | null = null;
  /** The evidence of each event of the last answer, in the page (null: not found on the page). */
  private evidence: (DomSpan | null)[] = [];
  private readonly mark: EvidenceMark;
  private readonly doc: Document;

  constructor(private readonly deps: PageEventsDeps) {
    this.doc = deps.doc ?? document;
    this.mark = new EvidenceMark(this.doc);
  }

  /** The events the article reports, now. */
  compute(): PageEventsResult {
    const running = this.deps.running();
    if (!running) return { ok: false, reason: 'off' };
    const t0 = performance.now();
    try {
      const doc = this.doc;
      if (!doc.body) return { ok: false, reason: 'failed', detail: 'this document has no body to read' };
      const page = new CapturedPage(doc.body);
      const painted = running.index.inOrder();
      const article = page.clean.text.length <= ARTICLE_PAGE_CHARS ? safely(() => extractArticle(doc)) : null;
      const at = article ? page.clean.text.indexOf(article.text) : -1;
      // The article as one passage of the page: its painted mentions; else the article
      // on its own, read again; else the whole page.
      let text: string;
      let mentions: Mention[];
      if (article && at >= 0) {
        text = article.text;
        mentions = page.mentionsIn({ start: at, end: at + text.length }, painted);
      } else if (article) {
        text = article.text;
        mentions = running.finder.find(text);
      } else {
        text = page.clean.text;
        mentions = page.mentionsIn({ start: 0, end: text.length }, painted);
      }
      const metadata = safely(() => pageMetadata(doc, doc.location.href));
      const stated = statedDay(doc) ?? dayOf(metadata?.published ?? null) ?? dayOf(article?.published ?? null);
      const published = stated ?? (this.deps.today ?? localToday)();
      this.extractor ??= createEventExtractor({ norm: pageNormalizer() });
      const found = this.extractor.extract(text, mentions, published);
      const map = new OffsetMap(page.reader);
      const anchorer = at < 0 && article ? new TextAnchorer(page.clean.text, pageNormalizer()) : null;
      this.evidence = found.map((e) => {
        const span = at >= 0 || !article ? { start: Math.max(at, 0) + e.evidence.start, end: Math.max(at, 0) + e.evidence.end } : anchorer!.anchor([{ type: 'TextQuoteSelector', exact: text.slice(e.evidence.start, e.evidence.end), prefix: '', suffix: '' }]);
        if (!span || span.end <= span.start) return null;
        const raw = page.clean.toRaw(span);
        return map.span(raw.start, raw.end);
      });
      const names: Record<string, EntityNames[string]> = {};
      for (const m of mentions) names[m.entity.id] ??= { kind: m.entity.kind, name_ar: m.entity.name_ar, name_en: m.entity.name_en };
      const events: PageEvent[] = found.map((e) => ({ ...e, evidence_text: text.slice(e.evidence.start, Math.min(e.evidence.end, e.evidence.start + MAX_EVIDENCE_CHARS)).trim() }));
      const url = metadata ? (sameOrigin(metadata.canonical_url, metadata.url) ? pageAddress(metadata.canonical_url!) : metadata.url) : pageAddress(doc.location.href);
      return { ok: true, events, names, published, publishedFrom: stated ? 'page' : 'today', url, title: metadata?.title ?? doc.title, ms: performance.now() - t0 };
    } catch (e) {
      return { ok: false, reason: 'failed', detail: e instanceof Error ? e.message : String(e) };
    }
  }

  /** Scrolls to the evidence of the `index`-th event of the last answer and marks it; false if it is not on the page. */
  show(index: number): boolean {
    const span = this.evidence[index];
    if (!span?.startNode.isConnected || !span.endNode.isConnected) return false;
    const range = this.doc.createRange();
    range.setStart(span.startNode, Math.min(span.startOffset, span.startNode.data.length));
    range.setEnd(span.endNode, Math.min(span.endOffset, span.endNode.data.length));
    span.startNode.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    this.mark.show(range);
    return true;
  }

  dispose(): void {
    this.mark.clear();
    this.evidence = [];
  }
}

/** The transient mark on the evidence: a highlight of its own, or else the selection. */
class EvidenceMark {
  private highlight: Highlight | null = null;
  private style: PageStyle | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly doc: Document) {}

  show(range: Range): void {
    clearTimeout(this.timer);
    if (hasHighlightApi()) {
      if (!this.highlight) {
        this.highlight = new Highlight();
        this.highlight.priority = 2;
        this.style = new PageStyle(this.doc);
        this.style.set(EVIDENCE_CSS);
      }
      this.style?.ensure();
      this.highlight.clear();
      this.highlight.add(range);
      CSS.highlights.set(EVIDENCE_HIGHLIGHT, this.highlight);
    } else {
      const selection = this.doc.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
    this.timer = setTimeout(() => this.clear(), EVIDENCE_MS);
  }

  clear(): void {
    clearTimeout(this.timer);
    if (this.highlight) {
      this.highlight.clear();
      if (CSS.highlights.get(EVIDENCE_HIGHLIGHT) === this.highlight) CSS.highlights.delete(EVIDENCE_HIGHLIGHT);
    }
    this.style?.remove();
    this.style = null;
    this.highlight = null;
  }
}

/** Where pages state their publication date, in the order lib/clips/metadata.ts reads them (`ld`: JSON-LD's datePublished). */
const PUBLISHED_KEYS = ['article:published_time', 'ld', 'datepublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'dc.date.issued', 'parsely-pub-date', 'sailthru.date'];

/**
 * The day the page says it was published, as written in its own time zone: a news
 * site in Baghdad that publishes «فجر اليوم» at 01:00+03:00 published on that day,
 * which in UTC (what the clip metadata keeps) is still the day before. Null when the
 * page states no valid date.
 */
export function statedDay(doc: Document): string | null {
  const meta = new Map<string, string>();
  for (const m of doc.querySelectorAll('meta[content]')) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = m.getAttribute(attr)?.trim().toLowerCase();
      if (key && !meta.has(key)) meta.set(key, m.getAttribute('content') ?? '');
    }
  }
  const ld = safely(() => articleFromJsonLd([...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? '')).datePublished);
  for (const key of PUBLISHED_KEYS) {
    const raw = key === 'ld' ? ld : meta.get(key);
    const day = raw && normalizePublished(raw) !== null ? /^\s*(\d{4}-\d{2}-\d{2})/.exec(raw)?.[1] : undefined;
    if (day) return day;
  }
  return null;
}

/** The calendar day a normalised publication date (YYYY-MM-DD or an ISO instant) names; null for none. */
export function dayOf(published: string | null): string | null {
  const m = published ? /^(\d{4}-\d{2}-\d{2})/.exec(published) : null;
  return m ? m[1] : null;
}

const sameOrigin = (a: string | null | undefined, b: string) => {
  try {
    return !!a && new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
};

function safely<T>(f: () => T): T | null {
  try {
    return f();
  } catch {
    return null;
  }
}

/**
 * What the content script saves as a clip, read from the page without changing it:
 * - a selection: the selected text, located in the page's text (clip-text.ts);
 * - a mention's paragraph (the popover's "Save clip"): the line of the page's text
 *   that holds the mention, at most MAX_PARAGRAPH long;
 * - the article (the popup's "Clip this article"): @mozilla/readability run on a
 *   clone of the document, its text located in the page's text when it is one span
 *   of it (the passage can then be re-anchored by position), else kept on its own.
 * Mentions are those the reader painted inside the span (what the analyst saw),
 * or, for an extracted article, those the engine finds in its text.
 */
import { Readability } from '@mozilla/readability';
import type { ClipDraft } from '@/adapters/clips/messages';
import { extractMetadata, normalizePublished, type PageMetadata } from '@/lib/clips/metadata';
import type { Mention } from '@/lib/mentions';
import { ClipText, type TextSpan } from './clip-text';
import type { PageMention } from './mention-index';
import { readText, type PageText } from './page-text';

/** The longest paragraph the popover saves around a mention; a longer one is cut around it. */
export const MAX_PARAGRAPH = 4000;

/** The page's own text, read once per capture, in both views. */
export class CapturedPage {
  readonly reader: PageText;
  readonly clean: ClipText;
  private readonly nodeIndex = new Map<Text, number>();

  constructor(readonly root: Element) {
    this.reader = readText(root);
    this.clean = new ClipText(this.reader.text);
    this.reader.nodes.forEach((n, i) => this.nodeIndex.set(n, i));
  }

  /** The clean span a DOM range covers; null when it covers no text. */
  spanOfRange(range: AbstractRange): TextSpan | null {
    const raw = { start: this.boundary(range.startContainer, range.startOffset, 'start'), end: this.boundary(range.endContainer, range.endOffset, 'end') };
    if (raw.end <= raw.start) return null;
    const span = this.clean.fromRaw(raw);
    return span.end > span.start ? span : null;
  }

  /** The clean span of a painted mention; null if its nodes are no longer read. */
  spanOfMention(m: PageMention): TextSpan | null {
    const i = this.nodeIndex.get(m.startNode);
    const j = this.nodeIndex.get(m.endNode);
    if (i === undefined || j === undefined) return null;
    const { starts } = this.reader;
    const span = this.clean.fromRaw({ start: starts[i] + m.startOffset, end: starts[j] + m.endOffset });
    return span.end > span.start ? span : null;
  }

  /** The line (block) holding `span`; cut to about MAX_PARAGRAPH around it when longer. */
  paragraphAround(span: TextSpan): TextSpan {
    const text = this.clean.text;
    let start = text.lastIndexOf('\n', span.start - 1) + 1;
    let end = text.indexOf('\n', span.end);
    if (end < 0) end = text.length;
    if (end - start > MAX_PARAGRAPH) {
      const room = Math.max(0, MAX_PARAGRAPH - (span.end - span.start)) >> 1;
      start = Math.max(start, span.start - room);
      end = Math.min(end, span.end + room);
    }
    return { start, end };
  }

  /** Painted mentions wholly inside `span`, as offsets into its text. */
  mentionsIn(span: TextSpan, painted: readonly PageMention[]): Mention[] {
    const out: Mention[] = [];
    for (const m of painted) {
      const at = this.spanOfMention(m);
      if (!at || at.start < span.start || at.end > span.end || this.clean.text.slice(at.start, at.end) !== m.mention.text) continue;
      out.push({ ...m.mention, start: at.start - span.start, end: at.end - span.start });
    }
    return out;
  }

  /** The index of `container`/`offset` in the reader's text: where the first text node at or after it starts ('start'), or where the last one before it ends ('end'). */
  private boundary(container: Node, offset: number, side: 'start' | 'end'): number {
    const { nodes, starts, text } = this.reader;
    const i = container.nodeType === 3 ? this.nodeIndex.get(container as Text) : undefined;
    if (i !== undefined) return starts[i] + Math.min(offset, nodes[i].data.length);
    const point = container.ownerDocument!.createRange();
    point.setStart(container, offset);
    // The first node that starts at or after the point.
    let lo = 0;
    let hi = nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (point.comparePoint(nodes[mid], 0) < 0) lo = mid + 1;
      else hi = mid;
    }
    if (side === 'start') return lo < nodes.length ? starts[lo] : text.length;
    return lo > 0 ? starts[lo - 1] + nodes[lo - 1].data.length : 0;
  }
}

/** The page's address without its fragment, which is not part of the page. */
export const pageAddress = (href: string): string => href.replace(/#.*$/s, '');

/** A draft of `span` of the page, with the painted mentions in it. */
export function spanDraft(page: CapturedPage, span: TextSpan, painted: readonly PageMention[], metadata: PageMetadata, via: ClipDraft['via']): ClipDraft {
  const text = page.clean.text.slice(span.start, span.end);
  return { text, mentions: page.mentionsIn(span, painted), metadata, via, page: { text: page.clean.text, start: span.start } };
}

export interface ExtractedArticle {
  /** Trimmed line by line, blank lines dropped. */
  readonly text: string;
  readonly byline: string | null;
  readonly published: string | null;
}

/** The main article by @mozilla/readability, on a clone (the page is never changed); null when none is found. */
export function extractArticle(doc: Document): ExtractedArticle | null {
  const clone = doc.cloneNode(true) as Document;
  const article = new Readability<Element>(clone, { serializer: (node) => node as Element }).parse();
  if (!article?.content) return null;
  const text = new ClipText(readText(article.content).text).text;
  if (text === '') return null;
  const byline = article.byline?.replace(/\s+/g, ' ').trim() || null;
  return { text, byline: byline && !/^https?:\/\//i.test(byline) ? byline.slice(0, 500) : null, published: article.publishedTime ? normalizePublished(article.publishedTime) : null };
}

/** A draft of the article: located in the page when its text is one span of the page's text. */
export function articleDraft(page: CapturedPage, article: ExtractedArticle, metadata: PageMetadata, findIn: (text: string) => Mention[]): ClipDraft {
  const meta = { ...metadata, author: metadata.author ?? article.byline, published: metadata.published ?? article.published };
  const at = page.clean.text.indexOf(article.text);
  const page_ = at >= 0 ? { text: page.clean.text, start: at } : null;
  return { text: article.text, mentions: findIn(article.text), metadata: meta, via: 'article', page: page_ };
}

/** The page's metadata (lib/clips/metadata.ts). @throws {RangeError} on a page that is not http(s). */
export const pageMetadata = (doc: Document, href: string): PageMetadata => extractMetadata(doc, pageAddress(href));

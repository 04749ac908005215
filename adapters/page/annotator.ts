/**
 * Finds and paints the mentions in parts of the page: reads the text of a root
 * element, runs the engine over it (in chunks on long pages), maps the mentions
 * back to text nodes and swaps them for what was painted in that root before.
 * Work is time-sliced (see slicer.ts); nothing of the page's DOM is changed.
 *
 * The first scan of a long page paints what the reader sees first: the part of the
 * text in the viewport (found by hit-testing a few points of it) is given to the
 * engine first, from the section or paragraph where it begins to the one after
 * where it ends, and painted at once; the rest of the page follows.
 */
import type { MentionFinder } from '@/lib/mentions';
import { chunkEnd } from './chunks';
import { caretAt } from './hit-test';
import type { MentionIndex, PageMention } from './mention-index';
import { OffsetMap, type DomSpan, rangeOf } from './offset-map';
import { BLOCK_BREAK, TextReader, type PageText } from './page-text';
import { report } from './test-hooks';
import type { Painter } from './painter';
import type { Slicer } from './slicer';

export interface AnnotatorOptions {
  /** Longest text given to the engine in one call. */
  readonly chunkChars: number;
  /** Shortest chunk, unless the text is shorter. */
  readonly minChunkChars: number;
  /**
   * The engine's speed assumed before it was measured: a pessimistic one, for code
   * the JavaScript engine has not optimised yet. Each chunk is then sized from the
   * speed measured on the one before, to fit in what is left of the slice.
   */
  readonly initialCharsPerMs: number;
  /**
   * A text at least this long, scanned while nothing is painted, has the part in
   * the viewport found and painted first.
   */
  readonly viewportFirstChars: number;
}

const defaults: AnnotatorOptions = { chunkChars: 1 << 18, minChunkChars: 16_384, initialCharsPerMs: 2000, viewportFirstChars: 65_536 };

/**
 * Farthest from the viewport's median point that a hit still counts as in the
 * viewport (a fixed header's text lies far before an article read halfway down).
 */
const VIEWPORT_REACH = 20_000;

/**
 * The part of `page` shown in the window: the text offsets hit at a grid of points
 * of the viewport, those within VIEWPORT_REACH of their median, widened to the
 * section or block break before and the one after. Null when no point hits text of
 * `page` (no layout, or the viewport shows none of it).
 */
export function viewportSpan(page: PageText, doc: Document): [number, number] | null {
  const view = doc.defaultView;
  if (!view || !view.innerWidth || !view.innerHeight) return null;
  const indexOf = new Map<Node, number>();
  const hits: number[] = [];
  for (const fy of [0.02, 0.2, 0.4, 0.6, 0.8, 0.98]) {
    for (const fx of [0.1, 0.3, 0.5, 0.7, 0.9]) {
      const at = caretAt(doc, fx * view.innerWidth, fy * view.innerHeight);
      if (!at || at.node.nodeType !== 3) continue;
      let i = indexOf.get(at.node);
      if (i === undefined) indexOf.set(at.node, (i = page.nodes.indexOf(at.node as Text)));
      if (i >= 0) hits.push(page.starts[i] + Math.min(at.offset, page.nodes[i].data.length));
    }
  }
  if (hits.length === 0) return null;
  hits.sort((a, b) => a - b);
  const median = hits[hits.length >> 1];
  const near = hits.filter((h) => Math.abs(h - median) <= VIEWPORT_REACH);
  return [cutBefore(page, near[0]), cutAfter(page, near[near.length - 1])];
}

/** The section start or else the block break (just after it) at or before `at`, at most VIEWPORT_REACH back; else 0. */
function cutBefore(page: PageText, at: number): number {
  const { sections, text } = page;
  let section = -1;
  for (let lo = 0, hi = sections.length - 1; lo <= hi;) {
    const mid = (lo + hi) >> 1;
    if (sections[mid] <= at) (section = sections[mid]), (lo = mid + 1);
    else hi = mid - 1;
  }
  if (section >= 0 && at - section <= VIEWPORT_REACH) return section;
  const block = text.lastIndexOf(BLOCK_BREAK, at - 1);
  return block >= 0 && at - block <= VIEWPORT_REACH ? block + 1 : 0;
}

/** The section start or else the block break (just after it) after `at`, at most VIEWPORT_REACH on; else the end. */
function cutAfter(page: PageText, at: number): number {
  const { sections, text } = page;
  let section = -1;
  for (let lo = 0, hi = sections.length - 1; lo <= hi;) {
    const mid = (lo + hi) >> 1;
    if (sections[mid] > at) (section = sections[mid]), (hi = mid - 1);
    else lo = mid + 1;
  }
  if (section >= 0 && section - at <= VIEWPORT_REACH) return section;
  const block = text.indexOf(BLOCK_BREAK, at);
  return block >= 0 && block - at <= VIEWPORT_REACH ? block + 1 : text.length;
}

export class Annotator {
  private nextId = 1;
  private generation = 0;
  /** The engine's speed, as last measured. */
  private charsPerMs: number;

  constructor(
    private readonly finder: MentionFinder,
    private readonly painter: Painter,
    readonly index: MentionIndex,
    private readonly slicer: Slicer,
    private readonly options: AnnotatorOptions = defaults,
  ) {
    this.charsPerMs = options.initialCharsPerMs;
  }

  /**
   * Scans each root (elements, none inside another) and replaces the mentions
   * painted in it. Resolves with the mentions added; a `reset` during the scan
   * ends it early.
   */
  async scan(roots: readonly Element[]): Promise<PageMention[]> {
    const generation = this.generation;
    const added: PageMention[] = [];
    for (const root of roots) {
      // Painted ahead of the rest (the viewport's, on a first scan): kept when the rest is painted.
      const early = new Set<PageMention>();
      const found = await this.find(root, generation, this.index.size === 0, (first) => {
        this.index.add(first);
        this.painter.add(first);
        for (const m of first) early.add(m);
      });
      // Painting costs about a microsecond per mention: a new slice if this one is short of it.
      await this.slicer.yieldIfShort(found.length / 500);
      if (generation !== this.generation) break;
      const old = this.index.removeWhere((m) => root.contains(m.startNode) && !early.has(m));
      this.painter.remove(old);
      const rest = early.size ? found.filter((m) => !early.has(m)) : found;
      this.index.add(rest);
      this.painter.add(rest);
      added.push(...found);
    }
    return added;
  }

  /** Drops the mentions whose text left the page; returns them. */
  sweep(): PageMention[] {
    const gone = this.index.removeWhere((m) => !m.startNode.isConnected || !m.endNode.isConnected);
    this.painter.remove(gone);
    return gone;
  }

  /** Ends scans in flight and removes every mention. */
  reset(): void {
    this.generation++;
    this.index.clear();
    this.painter.clear();
  }

  /**
   * The mentions under `root`, in document order. When `viewportFirst` and the text
   * is long, the viewport's part is scanned first and handed to `paintFirst`.
   */
  private async find(root: Element, generation: number, viewportFirst: boolean, paintFirst: (mentions: PageMention[]) => void): Promise<PageMention[]> {
    const reader = new TextReader(root);
    while (!reader.read(this.slicer.deadline())) {
      await this.slicer.yield();
      if (generation !== this.generation) return [];
    }
    const page = reader.result();
    const map = new OffsetMap(page);
    const span = viewportFirst && page.text.length >= this.options.viewportFirstChars ? viewportSpan(page, root.ownerDocument) : null;
    if (!span || (span[0] === 0 && span[1] === page.text.length)) return (await this.findIn(page, map, 0, page.text.length, generation)) ?? [];
    const [from, to] = span;
    const first = await this.findIn(page, map, from, to, generation);
    if (!first) return [];
    paintFirst(first);
    const doc = root.ownerDocument;
    doc.defaultView?.requestAnimationFrame(() => report({ kind: 'first-paint', at: performance.now(), mentions: first.length, from, to, chars: page.text.length }));
    const before = await this.findIn(page, map, 0, from, generation);
    const after = before && (await this.findIn(page, map, to, page.text.length, generation));
    if (!before || !after) return [];
    return [...before, ...first, ...after];
  }

  /** The mentions in `[start, end)` of the page's text, in chunks sized to the slice; null if a reset ended the scan. */
  private async findIn(page: PageText, map: OffsetMap, start: number, end: number, generation: number): Promise<PageMention[] | null> {
    const out: PageMention[] = [];
    const text = start === 0 && end === page.text.length ? page.text : page.text.slice(0, end);
    let from = start;
    while (from < end) {
      if (this.slicer.left() < 1) await this.slicer.yield();
      if (generation !== this.generation) return null;
      // Aim at 60% of what is left: engine speed varies from chunk to chunk (tiering, GC).
      const fit = Math.floor(this.charsPerMs * Math.max(this.slicer.left(), 1) * 0.6);
      const to = chunkEnd(text, from, Math.min(this.options.chunkChars, Math.max(this.options.minChunkChars, fit)), page.sections);
      const t0 = performance.now();
      const found = this.finder.find(to - from === text.length ? text : text.slice(from, to));
      const ms = performance.now() - t0;
      if (ms >= 1) this.charsPerMs = (to - from) / ms;
      for (const mention of found) {
        const span = map.span(from + mention.start, from + mention.end);
        // Fields listed, not spread: a spread costs more than the rest of this loop.
        if (span) {
          const { startNode, startOffset, endNode, endOffset, nodes } = span;
          out.push({ startNode, startOffset, endNode, endOffset, nodes, id: this.nextId++, mention, range: rangeOf(span) });
        }
      }
      from = to;
    }
    return out;
  }
}

/**
 * Finds and paints the mentions in parts of the page: reads the text of a root
 * element, runs the engine over it (in chunks on long pages), maps the mentions
 * back to text nodes and swaps them for what was painted in that root before.
 * Work is time-sliced (see slicer.ts); nothing of the page's DOM is changed.
 */
import type { MentionFinder } from '@/lib/mentions';
import { chunkEnd } from './chunks';
import type { MentionIndex, PageMention } from './mention-index';
import { OffsetMap, type DomSpan, rangeOf } from './offset-map';
import { TextReader } from './page-text';
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
}

const defaults: AnnotatorOptions = { chunkChars: 1 << 18, minChunkChars: 16_384, initialCharsPerMs: 2000 };

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
      const found = await this.find(root, generation);
      // Painting costs about a microsecond per mention: a new slice if this one is short of it.
      await this.slicer.yieldIfShort(found.length / 500);
      if (generation !== this.generation) break;
      const old = this.index.removeWhere((m) => root.contains(m.startNode));
      this.painter.remove(old);
      this.index.add(found);
      this.painter.add(found);
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

  private async find(root: Element, generation: number): Promise<PageMention[]> {
    const reader = new TextReader(root);
    while (!reader.read(this.slicer.deadline())) {
      await this.slicer.yield();
      if (generation !== this.generation) return [];
    }
    const page = reader.result();
    const map = new OffsetMap(page);
    const out: PageMention[] = [];
    const { text } = page;
    let from = 0;
    do {
      if (this.slicer.left() < 1) await this.slicer.yield();
      if (generation !== this.generation) return [];
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
    } while (from < text.length);
    return out;
  }
}

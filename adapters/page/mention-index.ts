/**
 * The mentions painted on the page, findable by text node (for hit-testing with a
 * caret position), by range (for `highlightsFromPoint`) and in document order (for
 * keyboard navigation and the popup).
 */
import type { Mention } from '@/lib/mentions';
import type { DomSpan } from './offset-map';

export interface PageMention extends DomSpan {
  /** Unique for the lifetime of the content script. */
  readonly id: number;
  /** What the engine found; its `start`/`end` are offsets into the text scanned then, not the page. */
  readonly mention: Mention;
  /** What is painted. A static range: the page's edits never wait on it. */
  readonly range: AbstractRange;
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/** Document order of two mentions (by where they start). */
export function compareMentions(a: PageMention, b: PageMention): number {
  if (a.startNode === b.startNode) return a.startOffset - b.startOffset;
  return a.startNode.compareDocumentPosition(b.startNode) & FOLLOWING ? -1 : 1;
}

export class MentionIndex {
  private list: PageMention[] = [];
  private sorted = true;
  private byNode = new WeakMap<Text, PageMention[]>();
  private readonly byRange = new Map<AbstractRange, PageMention>();

  get size(): number {
    return this.list.length;
  }

  add(mentions: readonly PageMention[]): void {
    if (mentions.length === 0) return;
    if (this.list.length > 0) this.sorted = false;
    for (const m of mentions) {
      this.list.push(m);
      this.byRange.set(m.range, m);
      for (const n of m.nodes) {
        const at = this.byNode.get(n);
        if (at) at.push(m);
        else this.byNode.set(n, [m]);
      }
    }
  }

  /** Removes and returns the mentions for which `drop` is true. */
  removeWhere(drop: (m: PageMention) => boolean): PageMention[] {
    const removed: PageMention[] = [];
    const kept: PageMention[] = [];
    for (const m of this.list) (drop(m) ? removed : kept).push(m);
    if (removed.length === 0) return removed;
    this.list = kept;
    for (const m of removed) {
      this.byRange.delete(m.range);
      for (const n of m.nodes) {
        const at = this.byNode.get(n);
        if (!at) continue;
        const rest = at.filter((x) => x !== m);
        if (rest.length > 0) this.byNode.set(n, rest);
        else this.byNode.delete(n);
      }
    }
    return removed;
  }

  clear(): PageMention[] {
    const all = this.list;
    this.list = [];
    this.sorted = true;
    this.byNode = new WeakMap();
    this.byRange.clear();
    return all;
  }

  /** Every mention, in document order. */
  inOrder(): readonly PageMention[] {
    if (!this.sorted) {
      this.list.sort(compareMentions);
      this.sorted = true;
    }
    return this.list;
  }

  ofRange(range: AbstractRange): PageMention | undefined {
    return this.byRange.get(range);
  }

  /** Mentions covering the caret position `offset` in `node` (boundaries included). */
  at(node: Text, offset: number): PageMention[] {
    const here = this.byNode.get(node);
    if (!here) return [];
    return here.filter((m) => {
      const from = m.startNode === node ? m.startOffset : 0;
      const to = m.endNode === node ? m.endOffset : node.data.length;
      return offset >= from && offset <= to;
    });
  }
}

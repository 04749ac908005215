/**
 * From offsets in a `PageText` back to the text nodes: where a mention starts and
 * ends in the DOM.
 */
import type { PageText } from './page-text';

/** A mention's span in the DOM. `nodes` are every text node it covers, first to last. */
export interface DomSpan {
  readonly startNode: Text;
  readonly startOffset: number;
  readonly endNode: Text;
  readonly endOffset: number;
  readonly nodes: readonly Text[];
}

/**
 * Locates spans of a `PageText`. A start offset at the boundary between two nodes
 * resolves to the start of the node that begins there, an end offset to the end of
 * the node that ends there. Lookups in increasing order cost O(1) each; any order
 * is valid (binary search otherwise).
 */
export class OffsetMap {
  private cursor = 0;

  constructor(private readonly page: PageText) {}

  /** The span of `[start, end)`, or null if it covers no text node (it lies in a block break). */
  span(start: number, end: number): DomSpan | null {
    if (end <= start) return null;
    const first = this.nodeAt(start);
    const last = this.nodeAt(end - 1);
    if (first < 0 || last < 0) return null;
    const { nodes, starts } = this.page;
    const startOffset = Math.min(start - starts[first], nodes[first].data.length);
    const endOffset = Math.min(end - starts[last], nodes[last].data.length);
    // A start inside a break belongs to the next node; an end inside one to the previous.
    const s = start - starts[first] >= nodes[first].data.length ? first + 1 : first;
    if (s > last) return null;
    return {
      startNode: nodes[s],
      startOffset: s === first ? startOffset : 0,
      endNode: nodes[last],
      endOffset,
      nodes: nodes.slice(s, last + 1),
    };
  }

  /** Index of the last node starting at or before `offset`, or -1 before the first. */
  private nodeAt(offset: number): number {
    const { starts } = this.page;
    const n = starts.length;
    if (n === 0 || starts[0] > offset) return -1;
    let lo = 0;
    let hi = n - 1;
    const c = this.cursor;
    if (c < n && starts[c] <= offset) {
      // Galloping forward from the cursor: lookups come mostly in increasing order,
      // a few nodes apart, so this costs a few steps where a search of the whole
      // page (tens of thousands of nodes on a long one) costs fifteen.
      let step = 1;
      lo = c;
      while (lo + step < n && starts[lo + step] <= offset) {
        lo += step;
        step *= 2;
      }
      hi = Math.min(n - 1, lo + step - 1);
    }
    // starts[lo] <= offset, and the answer is in [lo, hi].
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return (this.cursor = lo);
  }
}

/** The span as a static range where the browser has them (cheaper: the page's edits never update it), else a live one. */
export function rangeOf(span: DomSpan): AbstractRange {
  const init = { startContainer: span.startNode, startOffset: span.startOffset, endContainer: span.endNode, endOffset: span.endOffset };
  if (typeof StaticRange === 'function') return new StaticRange(init);
  const range = span.startNode.ownerDocument.createRange();
  range.setStart(span.startNode, span.startOffset);
  range.setEnd(span.endNode, span.endOffset);
  return range;
}

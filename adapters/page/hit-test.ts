/**
 * Which painted mention is under the pointer. Highlights take no pointer events,
 * so the point is tested against the painted ranges: with
 * `CSS.highlights.highlightsFromPoint` where the browser has it, else with the caret
 * position at the point, confirmed against the mention's line boxes (a caret
 * position snaps to the nearest character even beside the text).
 */
import type { MentionIndex, PageMention } from './mention-index';

interface HighlightHit {
  readonly highlight: Highlight;
  readonly ranges: readonly AbstractRange[];
}
type HighlightsFromPoint = (x: number, y: number) => readonly (HighlightHit | Highlight)[];

/** The caret position at a point, with whichever API the browser has. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/** True if the point is inside one of the line boxes of `m`. */
export function isPointIn(m: PageMention, x: number, y: number): boolean {
  const range = m.startNode.ownerDocument.createRange();
  range.setStart(m.startNode, m.startOffset);
  range.setEnd(m.endNode, m.endOffset);
  for (const r of range.getClientRects()) if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  return false;
}

/** The mention painted at viewport point (x, y), or null. `painted`: whether mentions are in `CSS.highlights`. */
export function mentionAt(index: MentionIndex, doc: Document, x: number, y: number, painted: 'highlight' | 'overlay'): PageMention | null {
  const registry = (globalThis as { CSS?: { highlights?: { highlightsFromPoint?: HighlightsFromPoint } } }).CSS?.highlights;
  if (painted === 'highlight' && typeof registry?.highlightsFromPoint === 'function') {
    const hits = registry.highlightsFromPoint(x, y);
    let shaped = false;
    for (const h of hits) {
      if (!('ranges' in h)) continue;
      shaped = true;
      for (const r of h.ranges) {
        const m = index.ofRange(r);
        if (m) return m;
      }
    }
    // Every hit came with its ranges, and none is ours: nothing of ours is here.
    if (shaped || hits.length === 0) return null;
  }
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== 3) return null;
  for (const m of index.at(caret.node as Text, caret.offset)) if (isPointIn(m, x, y)) return m;
  return null;
}

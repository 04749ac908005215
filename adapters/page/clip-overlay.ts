/**
 * Saved clips' passages painted where the page cannot read them (issue 10, audit:
 * the passages were readable by any page script through the `mbr-clip` entry of
 * `CSS.highlights`, a registry the page shares): boxes over each passage's line
 * boxes, a faint violet wash with a dotted underline, drawn in a closed shadow
 * root of the extension's own host element. The page's DOM and text are never
 * changed; the boxes take no pointer events and follow layout changes (redrawn on
 * resize and whenever the marks change). The host is in the page only while there
 * are passages to paint: a page with no clip is left exactly as served.
 */
import { CLIP_COLOUR } from './highlight-style';

export class ClipOverlay {
  private readonly host: HTMLElement;
  private readonly layer: HTMLElement;
  private ranges: readonly AbstractRange[] = [];
  private frame = 0;
  private readonly resize: ResizeObserver | null;

  constructor(private readonly doc: Document = document) {
    this.host = doc.createElement('div');
    // Inline and important: page style sheets that reach the host element cannot move it.
    for (const [k, v] of Object.entries({ all: 'initial', position: 'absolute', top: '0', left: '0', width: '0', height: '0', 'pointer-events': 'none', 'z-index': '2147483645' })) this.host.style.setProperty(k, v, 'important');
    const root = this.host.attachShadow({ mode: 'closed' });
    this.layer = doc.createElement('div');
    root.append(this.layer);
    this.resize = typeof ResizeObserver === 'function' ? new ResizeObserver(() => this.schedule()) : null;
    this.resize?.observe(doc.documentElement);
  }

  /** Paints these passages (replacing what was painted), at the next frame. */
  show(ranges: readonly AbstractRange[]): void {
    this.ranges = ranges;
    if (ranges.length === 0) this.host.remove();
    else if (!this.host.isConnected) this.doc.documentElement.append(this.host);
    this.schedule();
  }

  /** How many boxes are drawn (tests). */
  get boxes(): number {
    return this.layer.childElementCount;
  }

  /** Draws now (tests; otherwise at the next frame). */
  draw(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    const view = this.doc.defaultView;
    const live = this.doc.createRange();
    const boxes: HTMLElement[] = [];
    for (const r of this.ranges) {
      if (!r.startContainer.isConnected || !r.endContainer.isConnected) continue;
      try {
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
      } catch {
        continue; // offsets past the node's end: the page changed; the next refresh re-anchors it
      }
      for (const rect of live.getClientRects()) {
        if (rect.width === 0 || rect.height === 0) continue;
        const box = this.doc.createElement('div');
        Object.assign(box.style, {
          position: 'absolute',
          left: `${rect.left + (view?.scrollX ?? 0)}px`,
          top: `${rect.top + (view?.scrollY ?? 0)}px`,
          width: `${rect.width}px`,
          height: `${rect.height}px`,
          background: 'rgb(124 77 255 / 0.14)',
          borderBottom: `2px dotted ${CLIP_COLOUR}`,
          boxSizing: 'border-box',
        });
        boxes.push(box);
      }
    }
    this.layer.replaceChildren(...boxes);
  }

  dispose(): void {
    cancelAnimationFrame(this.frame);
    this.resize?.disconnect();
    this.host.remove();
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }
}

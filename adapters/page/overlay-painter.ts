/**
 * The fallback where the CSS Custom Highlight API is missing: translucent boxes over
 * each mention's line boxes, drawn in a layer inside the extension's own shadow
 * root. The page's text is never wrapped or split, so Arabic letters keep joining
 * (what wrapping a part of a word in <mark> breaks). Boxes follow layout changes:
 * they are redrawn on resize and whenever mentions change.
 */
import { textColourOn, type HighlightColours } from './highlight-style';
import type { PageMention } from './mention-index';
import type { Painter } from './painter';

export class OverlayPainter implements Painter {
  readonly mode = 'overlay';
  private readonly painted = new Set<PageMention>();
  private current: PageMention | null = null;
  private frame = 0;
  private readonly resize: ResizeObserver;

  /** `layer`: an empty element in the extension's shadow root; positioned here. */
  constructor(private readonly layer: HTMLElement, private colours: HighlightColours) {
    Object.assign(layer.style, { position: 'absolute', top: '0', left: '0', width: '0', height: '0', pointerEvents: 'none', zIndex: '2147483646' });
    const doc = layer.ownerDocument;
    this.resize = new ResizeObserver(() => this.schedule());
    this.resize.observe(doc.documentElement);
  }

  add(mentions: readonly PageMention[]): void {
    for (const m of mentions) this.painted.add(m);
    this.schedule();
  }

  remove(mentions: readonly PageMention[]): void {
    for (const m of mentions) this.painted.delete(m);
    if (this.current && !this.painted.has(this.current)) this.current = null;
    this.schedule();
  }

  clear(): void {
    this.painted.clear();
    this.current = null;
    this.schedule();
  }

  setCurrent(mention: PageMention | null): void {
    this.current = mention;
    this.schedule();
  }

  setColours(colours: HighlightColours): void {
    this.colours = colours;
    this.schedule();
  }

  dispose(): void {
    cancelAnimationFrame(this.frame);
    this.resize.disconnect();
    this.painted.clear();
    this.layer.replaceChildren();
  }

  /** The boxes drawn for `mention` (for tests and hit-testing). */
  boxesOf(mention: PageMention): HTMLElement[] {
    return [...this.layer.children].filter((b) => (b as HTMLElement).dataset.mention === String(mention.id)) as HTMLElement[];
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private draw(): void {
    const doc = this.layer.ownerDocument;
    const view = doc.defaultView!;
    const range = doc.createRange();
    const boxes: HTMLElement[] = [];
    for (const m of this.painted) {
      range.setStart(m.startNode, m.startOffset);
      range.setEnd(m.endNode, m.endOffset);
      const colour = m.mention.entity.kind === 'base' ? this.colours.base : this.colours.militia;
      for (const r of range.getClientRects()) {
        if (r.width === 0 || r.height === 0) continue;
        const box = doc.createElement('div');
        box.dataset.mention = String(m.id);
        box.dataset.kind = m.mention.entity.kind;
        Object.assign(box.style, {
          position: 'absolute',
          left: `${r.left + view.scrollX}px`,
          top: `${r.top + view.scrollY}px`,
          width: `${r.width}px`,
          height: `${r.height}px`,
          background: colour,
          opacity: '0.4',
          borderBottom: m === this.current ? `3px solid ${textColourOn(colour)}` : 'none',
          borderRadius: '2px',
        });
        boxes.push(box);
      }
    }
    this.layer.replaceChildren(...boxes);
  }
}

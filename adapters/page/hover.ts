/**
 * Hover intent: the card opens when the pointer rests on a mention for `dwellMs`
 * (not when it merely crosses one), stays open while the pointer is on the mention
 * or in the card, and closes `leaveMs` after it left both. A card opened from the
 * keyboard is not closed by the pointer. Pointer positions are tested at most once
 * per frame.
 */
import type { PageMention } from './mention-index';

export interface HoverTarget {
  /** The mention painted at a viewport point. */
  hit(x: number, y: number): PageMention | null;
  /** True for events from the extension's own UI. */
  isOwnUi(target: EventTarget | null): boolean;
  /** The mention whose card is open, and how it was opened. */
  shown(): { mention: PageMention; how: 'hover' | 'keyboard' | 'popup' } | null;
  open(m: PageMention, pointer: { x: number; y: number }, intentAt: number): void;
  close(): void;
}

export interface HoverTiming {
  readonly dwellMs: number;
  readonly leaveMs: number;
}

export class HoverIntent {
  private x = 0;
  private y = 0;
  private overUi = false;
  private frame = 0;
  private candidate: PageMention | null = null;
  private dwell: ReturnType<typeof setTimeout> | undefined;
  private leave: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly doc: Document,
    private readonly target: HoverTarget,
    private readonly timing: HoverTiming = { dwellMs: 120, leaveMs: 300 },
  ) {}

  start(): void {
    this.doc.addEventListener('pointermove', this.onMove, { passive: true, capture: true });
    this.doc.addEventListener('pointerdown', this.onDown, { passive: true, capture: true });
  }

  stop(): void {
    this.doc.removeEventListener('pointermove', this.onMove, { capture: true });
    this.doc.removeEventListener('pointerdown', this.onDown, { capture: true });
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    clearTimeout(this.dwell);
    clearTimeout(this.leave);
  }

  private readonly onMove = (e: PointerEvent) => {
    this.x = e.clientX;
    this.y = e.clientY;
    this.overUi = this.target.isOwnUi(e.target);
    if (!this.frame) this.frame = requestAnimationFrame(this.evaluate);
  };

  /** A tap or click opens at once (touch has no hover). */
  private readonly onDown = (e: PointerEvent) => {
    if (this.target.isOwnUi(e.target)) return;
    const m = this.target.hit(e.clientX, e.clientY);
    if (m && this.target.shown()?.mention !== m) {
      clearTimeout(this.dwell);
      this.target.open(m, { x: e.clientX, y: e.clientY }, performance.now());
    }
  };

  private readonly evaluate = () => {
    this.frame = 0;
    const shown = this.target.shown();
    if (this.overUi) {
      this.keepOpen();
      return;
    }
    const m = this.target.hit(this.x, this.y);
    if (m && m === shown?.mention) {
      this.candidate = m;
      this.keepOpen();
      return;
    }
    if (m !== this.candidate) {
      this.candidate = m;
      clearTimeout(this.dwell);
      if (m) {
        const pointer = { x: this.x, y: this.y };
        this.dwell = setTimeout(() => this.target.open(m, pointer, performance.now()), this.timing.dwellMs);
      }
    }
    if (shown && shown.how === 'hover' && this.leave === undefined) {
      this.leave = setTimeout(() => {
        this.leave = undefined;
        if (this.target.shown()?.how === 'hover') this.target.close();
      }, this.timing.leaveMs);
    }
  };

  private keepOpen(): void {
    clearTimeout(this.leave);
    this.leave = undefined;
  }
}

/**
 * Hover intent: the card opens when the pointer rests on a mention for `dwellMs`
 * (not when it merely crosses one), stays open while the pointer is on the mention
 * or in the card, and closes `leaveMs` after it left both. A card opened from the
 * keyboard is not closed by the pointer. Pointer positions are tested at most once
 * per frame.
 *
 * Selecting text always wins over the card:
 * - no card opens while a button is held (a drag, a press, a double-click);
 * - a drag that starts on the page closes the open card, so that the selection
 *   never runs into it;
 * - after a press ends on a mention, resting there does not open its card: the
 *   pointer must leave it first (a double-click selects the word, and only that);
 * - a single still click on a mention that selected nothing opens its card once
 *   the time for a double-click has passed; a touch or pen tap (no hover on
 *   those) opens it when it ends.
 * Only events the browser made count (`isTrusted`): a page's own script cannot
 * open the card.
 */
import type { PageMention } from './mention-index';

/** How long the pointer rests on a mention before its card opens, and how long after it left both the mention and the card the card closes. */
export const DEFAULT_HOVER_TIMING: HoverTiming = { dwellMs: 120, leaveMs: 300 };

/** What the intent watches: mentions by default, or any other marked span (`T`, compared by identity). */
export interface HoverTarget<T = PageMention> {
  /** The mention painted at a viewport point. */
  hit(x: number, y: number): T | null;
  /** True for events from the extension's own UI. */
  isOwnUi(target: EventTarget | null): boolean;
  /** The mention whose card is open, and how it was opened. */
  shown(): { mention: T; how: 'hover' | 'keyboard' | 'popup' } | null;
  /** `pointer.heading`: which way the pointer was moving vertically as it came to rest, if it was. */
  open(m: T, pointer: { x: number; y: number; heading?: 'up' | 'down' | null }, intentAt: number): void;
  close(): void;
}

export interface HoverTiming {
  readonly dwellMs: number;
  readonly leaveMs: number;
  /** Whether an event came from the user (default `e.isTrusted`; tests of synthetic events replace it). */
  readonly trusted?: (e: Event) => boolean;
}

/** How far (CSS px) a held pointer moves before it is a drag. */
const DRAG_DISTANCE = 4;
/** Pointer moves kept to tell which way it is heading: over its last HEADING_PATH px of path, at least HEADING_PX up or down. */
const TRAIL = 12;
const HEADING_PATH = 60;
const HEADING_PX = 12;
/** How long after a click a second press makes it a double-click (browsers' default is about 500 ms; most hands take less). */
const DOUBLE_CLICK_MS = 400;

export class HoverIntent<T = PageMention> {
  private x = 0;
  private y = 0;
  /** The last few pointer positions, oldest first, for the way the pointer was heading. */
  private readonly trail: { x: number; y: number }[] = [];
  private overUi = false;
  private frame = 0;
  private candidate: T | null = null;
  /** A press began on the page (not in the card) and has not ended. */
  private press: { x: number; y: number; dragged: boolean } | null = null;
  /** The mention under the pointer when a press ended: not opened until the pointer leaves it. */
  private spent: T | null = null;
  private dwell: ReturnType<typeof setTimeout> | undefined;
  private leave: ReturnType<typeof setTimeout> | undefined;
  private readonly trusted: (e: Event) => boolean;

  constructor(
    private readonly doc: Document,
    private readonly target: HoverTarget<T>,
    private readonly timing: HoverTiming = DEFAULT_HOVER_TIMING,
  ) {
    this.trusted = timing.trusted ?? ((e) => e.isTrusted);
  }

  start(): void {
    const o = { passive: true, capture: true };
    this.doc.addEventListener('pointermove', this.onMove, o);
    this.doc.addEventListener('pointerdown', this.onDown, o);
    this.doc.addEventListener('pointerup', this.onUp, o);
    this.doc.addEventListener('pointercancel', this.onCancel, o);
    this.doc.addEventListener('dragstart', this.onCancel, o);
  }

  stop(): void {
    const o = { capture: true };
    this.doc.removeEventListener('pointermove', this.onMove, o);
    this.doc.removeEventListener('pointerdown', this.onDown, o);
    this.doc.removeEventListener('pointerup', this.onUp, o);
    this.doc.removeEventListener('pointercancel', this.onCancel, o);
    this.doc.removeEventListener('dragstart', this.onCancel, o);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    clearTimeout(this.dwell);
    clearTimeout(this.leave);
  }

  private readonly onMove = (e: PointerEvent) => {
    if (!this.trusted(e)) return;
    this.x = e.clientX;
    this.y = e.clientY;
    this.trail.push({ x: e.clientX, y: e.clientY });
    if (this.trail.length > TRAIL) this.trail.shift();
    this.overUi = this.target.isOwnUi(e.target);
    if (this.press && !this.press.dragged && Math.hypot(e.clientX - this.press.x, e.clientY - this.press.y) >= DRAG_DISTANCE) {
      this.press.dragged = true;
      this.cancelDwell();
      if (this.target.shown()) this.target.close();
    }
    if (!this.frame) this.frame = requestAnimationFrame(this.evaluate);
  };

  private readonly onDown = (e: PointerEvent) => {
    if (!this.trusted(e) || this.target.isOwnUi(e.target)) return;
    this.cancelDwell();
    this.press = { x: e.clientX, y: e.clientY, dragged: false };
  };

  private readonly onUp = (e: PointerEvent) => {
    if (!this.trusted(e) || !this.press) return;
    const { dragged } = this.press;
    this.press = null;
    const m = this.target.hit(e.clientX, e.clientY);
    this.spent = m;
    this.candidate = m;
    // A still click or tap that selected nothing opens the card: at once for touch and
    // pen (no hover, no double-click to wait for), after the double-click time for a mouse.
    if (!m || dragged || e.detail > 1 || !this.selectionIsEmpty() || this.target.shown()?.mention === m) return;
    const pointer = { x: e.clientX, y: e.clientY };
    if (e.pointerType !== 'mouse') this.target.open(m, pointer, performance.now());
    else this.dwell = setTimeout(() => !this.press && this.selectionIsEmpty() && this.target.open(m, pointer, performance.now()), DOUBLE_CLICK_MS);
  };

  private readonly onCancel = (e: Event) => {
    if (!this.trusted(e)) return;
    this.press = null;
    this.cancelDwell();
  };

  private readonly evaluate = () => {
    this.frame = 0;
    if (this.press) return; // a button is held: selecting, not reading
    const shown = this.target.shown();
    if (this.overUi) {
      this.keepOpen();
      return;
    }
    const m = this.target.hit(this.x, this.y);
    if (m !== this.spent) this.spent = null;
    if (m && m === shown?.mention) {
      this.candidate = m;
      this.keepOpen();
      return;
    }
    if (m !== this.candidate) {
      this.candidate = m;
      clearTimeout(this.dwell);
      if (m && m !== this.spent) {
        const pointer = { x: this.x, y: this.y, heading: this.heading() };
        this.dwell = setTimeout(() => {
          if (!this.press) this.target.open(m, pointer, performance.now());
        }, this.timing.dwellMs);
      }
    }
    if (shown && shown.how === 'hover' && this.leave === undefined) {
      this.leave = setTimeout(() => {
        this.leave = undefined;
        if (this.target.shown()?.how === 'hover') this.target.close();
      }, this.timing.leaveMs);
    }
  };

  /** Down or up if the pointer's last stretch of path (HEADING_PATH px) went mostly that way, else null. */
  private heading(): 'up' | 'down' | null {
    let from = this.trail[this.trail.length - 1];
    if (!from) return null;
    let path = 0;
    for (let i = this.trail.length - 2; i >= 0 && path < HEADING_PATH; i--) {
      path += Math.hypot(from.x - this.trail[i].x, from.y - this.trail[i].y);
      from = this.trail[i];
    }
    const dy = this.y - from.y;
    return Math.abs(dy) < HEADING_PX || Math.abs(dy) < Math.abs(this.x - from.x) / 2 ? null : dy > 0 ? 'down' : 'up';
  }

  private cancelDwell(): void {
    clearTimeout(this.dwell);
    this.dwell = undefined;
    this.candidate = null;
  }

  private selectionIsEmpty(): boolean {
    const s = this.doc.getSelection();
    return !s || s.isCollapsed || s.rangeCount === 0;
  }

  private keepOpen(): void {
    clearTimeout(this.leave);
    this.leave = undefined;
  }
}

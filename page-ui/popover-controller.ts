/**
 * The popover's state in the content script: which mention it shows and why, the
 * entity's summary (from the published data, already in memory: no message, no
 * waking the service worker), focus handling, and moving between mentions.
 */
import type { UiLang } from '@/components/i18n';
import type { ClipSaveState, PointerAt, PopoverStore, PopoverView, SelectionClipNotice } from '@/components/popover/model';
import type { EntitySummary } from '@/lib/dataset/summary';
import type { HighlightColours } from '@/adapters/page/highlight-style';
import type { MentionIndex, PageMention } from '@/adapters/page/mention-index';
import { pageLook, pageScheme } from '@/adapters/page/page-look';
import { OWN_UI_TAG } from '@/adapters/page/skip';
import { ask } from '@/adapters/messaging';
import type { ClipCaptureResult } from '@/adapters/page/messages';

export interface PopoverDeps {
  readonly index: MentionIndex;
  readonly summaries: () => Readonly<Record<string, EntitySummary>>;
  /** Puts the UI host in the page (first time: creates it). */
  readonly mountUi: () => Promise<void>;
  /** Marks the mention whose card is open. */
  readonly setCurrent: (m: PageMention | null) => void;
  /** Time from the hover intent (or key press) to the popover painted, for measurements. */
  readonly onPainted?: (ms: number) => void;
  /** Saves the mention's paragraph as a clip; without it, the card offers no "Save clip". */
  readonly saveClip?: (m: PageMention) => Promise<ClipCaptureResult>;
  /** Opens the library at a saved clip (default: the background's `clips/open`; a page cannot open an extension page). */
  readonly openClip?: (id: string) => Promise<unknown>;
  /** The version of the dataset the summaries come from, for the card's footer. */
  readonly dataVersion?: () => string | null;
}

/** How long a success notice stays (a failure stays until dismissed). */
export const NOTICE_MS = 8000;

export class PopoverController implements PopoverStore {
  lang: UiLang = 'en';
  colours: HighlightColours = { base: '#ffb74d', militia: '#4dd0e1' };
  view: PopoverView | null = null;
  clip: ClipSaveState = { state: 'idle' };
  notice: SelectionClipNotice | null = null;
  private readonly listeners = new Set<() => void>();
  private shown: PageMention | null = null;
  /** The last mention shown, kept after closing: the next one follows it. */
  private last: PageMention | null = null;
  private returnFocus: HTMLElement | null = null;
  private openedAt = 0;
  private nextKey = 1;

  constructor(private readonly deps: PopoverDeps) {}

  get mention(): PageMention | null {
    return this.shown;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Shows `m`'s card. `startedAt`: when the intent began (hover dwell ended, key pressed). */
  async open(m: PageMention, how: PopoverView['how'], pointer: PointerAt | null = null, startedAt = performance.now()): Promise<void> {
    this.openedAt = startedAt;
    if (how !== 'hover' && !this.returnFocus) {
      const active = document.activeElement;
      this.returnFocus = active instanceof HTMLElement && active.localName !== OWN_UI_TAG ? active : null;
    }
    await this.deps.mountUi();
    if (how !== 'hover') scrollToMention(m);
    const list = this.deps.index.inOrder();
    this.shown = this.last = m;
    this.clip = { state: 'idle' };
    this.view = {
      key: this.nextKey++,
      entity: m.mention.entity,
      summary: this.deps.summaries()[m.mention.entity.id] ?? null,
      text: m.mention.text,
      fuzzy: m.mention.match === 'fuzzy',
      index: list.indexOf(m) + 1,
      total: list.length,
      how,
      anchor: anchorOf(m),
      pointer,
      canClip: !!this.deps.saveClip,
      look: m.startNode.parentElement ? pageLook(m.startNode.parentElement) : undefined,
      dataVersion: this.deps.dataVersion?.() ?? null,
    };
    this.deps.setCurrent(m);
    this.notify();
  }

  close(): void {
    if (!this.view) return;
    this.view = null;
    this.shown = null;
    this.deps.setCurrent(null);
    this.notify();
    const back = this.returnFocus;
    this.returnFocus = null;
    if (back?.isConnected) back.focus({ preventScroll: true });
  }

  /** Shows the mention after the last one shown (the first at or below the top of the viewport if none), wrapping around. */
  next(): void {
    void this.step(1);
  }

  previous(): void {
    void this.step(-1);
  }

  /** Closes the card if its mention left the page. */
  closeIfGone(): void {
    if (this.shown && !this.shown.startNode.isConnected) this.close();
  }

  openIncidents(entityId: string): void {
    void ask({ type: 'page/open-incidents', entityId }).catch(() => undefined);
  }

  /** Saves the shown mention's paragraph; `clip` follows: saving, then saved or failed (for this card only). */
  saveClip(): void {
    const m = this.shown;
    const key = this.view?.key;
    if (!m || !this.deps.saveClip || this.clip.state === 'saving') return;
    this.clip = { state: 'saving' };
    this.notify();
    const done = (clip: ClipSaveState) => {
      if (this.view?.key !== key) return;
      this.clip = clip;
      this.notify();
    };
    this.deps.saveClip(m).then(
      (r) => done(r.ok ? { state: 'saved' } : r.reason === 'duplicate' ? { state: 'duplicate', existing: r.existing } : { state: 'failed', detail: r.detail ?? r.reason }),
      (e: unknown) => done({ state: 'failed', detail: e instanceof Error ? e.message : String(e) }),
    );
  }

  /** Says on the page what became of «Save selection as clip» (a small notice, dismissible; a success fades after NOTICE_MS). */
  async selectionClipped(r: ClipCaptureResult): Promise<void> {
    await this.deps.mountUi();
    const key = this.nextKey++;
    const scheme = document.body ? pageScheme(document.body) : 'light';
    this.notice = r.ok
      ? { key, scheme, state: 'saved' }
      : r.reason === 'no-selection'
        ? { key, scheme, state: 'empty' }
        : r.reason === 'duplicate'
          ? { key, scheme, state: 'duplicate', existing: r.existing }
          : { key, scheme, state: 'failed', detail: r.detail ?? r.reason };
    this.notify();
    if (r.ok) setTimeout(() => this.notice?.key === key && this.dismissNotice(), NOTICE_MS);
  }

  openClip(id: string): void {
    const open = this.deps.openClip ?? ((clipId: string) => ask({ type: 'clips/open', id: clipId }));
    void open(id).catch((e: unknown) => console.warn('open clip:', e));
  }

  dismissNotice(): void {
    if (!this.notice) return;
    this.notice = null;
    this.notify();
  }

  painted(key: number): void {
    if (this.view?.key === key) this.deps.onPainted?.(performance.now() - this.openedAt);
  }

  setLang(lang: UiLang, colours: HighlightColours): void {
    this.lang = lang;
    this.colours = colours;
    this.notify();
  }

  private async step(direction: 1 | -1): Promise<void> {
    const list = this.deps.index.inOrder();
    if (list.length === 0) return;
    const at = this.last ? list.indexOf(this.last) : -1;
    let i: number;
    if (at >= 0) i = (at + direction + list.length) % list.length;
    else {
      const below = list.findIndex((m) => rectOf(m).bottom >= 0);
      i = below >= 0 ? below : 0;
    }
    await this.open(list[i], this.view?.how === 'popup' ? 'popup' : 'keyboard');
  }

  private notify(): void {
    for (const l of this.listeners) l();
  }
}

function liveRange(m: PageMention): Range {
  const r = m.startNode.ownerDocument.createRange();
  r.setStart(m.startNode, m.startOffset);
  r.setEnd(m.endNode, Math.min(m.endOffset, m.endNode.data.length));
  return r;
}

const rectOf = (m: PageMention) => liveRange(m).getBoundingClientRect();

/** The mention's line boxes, read afresh each time (layout moves). */
function anchorOf(m: PageMention): PopoverView['anchor'] {
  return {
    getBoundingClientRect: () => liveRange(m).getBoundingClientRect(),
    getClientRects: () => liveRange(m).getClientRects(),
    contextElement: m.startNode.parentElement ?? undefined,
  };
}

/** Scrolls the mention to the upper third of the viewport if it is not in view (inner scrolling boxes too). */
function scrollToMention(m: PageMention): void {
  const view = m.startNode.ownerDocument.defaultView!;
  const inView = (r: DOMRect) => r.top >= 0 && r.bottom <= view.innerHeight;
  if (inView(rectOf(m))) return;
  m.startNode.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
  const r = rectOf(m);
  if (!inView(r)) view.scrollBy({ top: r.top - view.innerHeight / 3, behavior: 'instant' });
}

/**
 * The extension's only element in the page: a shadow-root host at the end of
 * <html>, added the first time something is shown. It holds the popover, the
 * radar's card and, in the fallback painting mode, the layer of boxes. Scanning
 * skips it (skip.ts), and the page's styles do not reach inside.
 *
 * The page's scripts cannot reach inside either: the shadow root is closed, and
 * the host's name is drawn anew in each page (OWN_UI_TAG), so that a page cannot
 * define that custom element first and take the host over. Only the test build
 * opens the root and names the host `militia-base-reader` (test-hooks.ts).
 */
import { render } from 'preact';
import { CandidateLayer } from '@/components/candidates/CandidateLayer';
import type { CandidateStore } from '@/components/candidates/model';
import candidateCss from '@/components/candidates/candidates.css?inline';
import { EntityCard, type EntityCardProps } from '@/components/popover/EntityCard';
import { PopoverLayer } from '@/components/popover/PopoverLayer';
import type { PopoverStore } from '@/components/popover/model';
import popoverCss from '@/components/popover/popover.css?inline';
import { OWN_UI_TAG } from '@/adapters/page/skip';
import { OPEN_UI } from '@/adapters/page/test-hooks';

/** Keys typed in the card are not the page's shortcuts. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

interface Parts {
  readonly host: HTMLElement;
  readonly overlay: HTMLElement;
  readonly popover: HTMLElement;
  readonly radar: HTMLElement | null;
}

export class UiHost {
  private parts: Parts | null = null;
  private rendered = false;

  constructor(
    private readonly store: PopoverStore,
    /** The radar's card (names of groups not in the data), beside the popover. */
    private readonly candidates?: CandidateStore,
  ) {}

  /** Creates the host (not yet in the page); cheap to call again. */
  prepare(): Promise<void> {
    this.parts ??= this.create();
    return Promise.resolve();
  }

  private create(): Parts {
    const host = document.createElement(OWN_UI_TAG);
    const shadow = host.attachShadow({ mode: OPEN_UI ? 'open' : 'closed' });
    const style = document.createElement('style');
    // The host takes none of the page's styles (as WXT's shadow-root UI resets it).
    style.textContent = `:host{all:initial !important;}\n${popoverCss}\n${candidateCss}`;
    const container = document.createElement('div');
    const overlay = document.createElement('div');
    const popover = document.createElement('div');
    const radar = this.candidates ? document.createElement('div') : null;
    container.append(overlay, popover, ...(radar ? [radar] : []));
    shadow.append(style, container);
    for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, (e) => e.stopPropagation());
    return { host, overlay, popover, radar };
  }

  /**
   * Renders a card once off the page (into an element that is never inserted), so
   * that the first real card does not wait for the card's code to be compiled
   * (about 3 ms of a first hover in Chromium).
   */
  warmUp(props: Omit<EntityCardProps, 'titleId' | 'onOpenIncidents'>): void {
    const scratch = document.createElement('div');
    render(<EntityCard {...props} titleId="" onOpenIncidents={() => undefined} />, scratch);
    render(null, scratch);
  }

  /** Puts the host in the page if it is not there (again: a page may remove it). */
  async mount(): Promise<void> {
    await this.prepare();
    const parts = this.parts!;
    if (!this.rendered) {
      render(<PopoverLayer store={this.store} />, parts.popover);
      if (parts.radar && this.candidates) render(<CandidateLayer store={this.candidates} />, parts.radar);
      this.rendered = true;
    }
    if (!parts.host.isConnected) document.documentElement.append(parts.host);
  }

  /** The layer for overlay boxes (mounts the host). */
  async overlayLayer(): Promise<HTMLElement> {
    await this.mount();
    return this.parts!.overlay;
  }

  /** True if `target` is the host (events from inside the shadow root are retargeted to it). */
  isOwn(target: EventTarget | null): boolean {
    return !!this.parts && target === this.parts.host;
  }

  /** Takes the host out of the page and unmounts what it rendered. */
  remove(): void {
    const parts = this.parts;
    if (!parts) return;
    if (this.rendered) {
      render(null, parts.popover);
      if (parts.radar) render(null, parts.radar);
      this.rendered = false;
    }
    parts.overlay.replaceChildren();
    parts.host.remove();
  }
}

/**
 * The extension's only element in the page: a shadow-root host (WXT
 * createShadowRootUi) at the end of <html>, added the first time something is
 * shown. It holds the popover and, in the fallback painting mode, the layer of
 * boxes. Scanning skips it (skip.ts), and the page's styles do not reach inside.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { CandidateLayer } from '@/components/candidates/CandidateLayer';
import type { CandidateStore } from '@/components/candidates/model';
import candidateCss from '@/components/candidates/candidates.css?inline';
import { EntityCard, type EntityCardProps } from '@/components/popover/EntityCard';
import { PopoverLayer } from '@/components/popover/PopoverLayer';
import type { PopoverStore } from '@/components/popover/model';
import popoverCss from '@/components/popover/popover.css?inline';
import { OWN_UI_TAG } from './skip';

export class UiHost {
  private ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  private ready: Promise<void> | null = null;
  private overlay: HTMLElement | null = null;
  private radar: HTMLElement | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly store: PopoverStore,
    /** The radar's card (names of groups not in the data), beside the popover. */
    private readonly candidates?: CandidateStore,
  ) {}

  /** Creates the UI (not yet in the page); cheap to call again. */
  prepare(): Promise<void> {
    return (this.ready ??= createShadowRootUi<HTMLElement>(this.ctx, {
      name: OWN_UI_TAG,
      position: 'inline',
      anchor: () => document.documentElement,
      append: 'last',
      css: popoverCss + candidateCss,
      // Keys typed in the popover are not the page's shortcuts.
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount: (container) => {
        const popover = document.createElement('div');
        this.overlay = document.createElement('div');
        container.append(this.overlay, popover);
        render(<PopoverLayer store={this.store} />, popover);
        if (this.candidates) {
          this.radar = document.createElement('div');
          container.append(this.radar);
          render(<CandidateLayer store={this.candidates} />, this.radar);
        }
        return popover;
      },
      onRemove: (popover) => {
        if (popover) render(null, popover);
        if (this.radar) render(null, this.radar);
        this.radar = null;
        this.overlay = null;
      },
    }).then((ui) => void (this.ui = ui)));
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
    const ui = this.ui!;
    if (!ui.shadowHost.isConnected) {
      if (ui.mounted) ui.remove();
      ui.mount();
    }
  }

  /** The layer for overlay boxes (mounts the host). */
  async overlayLayer(): Promise<HTMLElement> {
    await this.mount();
    return this.overlay!;
  }

  /** True if `target` is the host (events from inside the shadow root are retargeted to it). */
  isOwn(target: EventTarget | null): boolean {
    return !!this.ui && target === this.ui.shadowHost;
  }

  remove(): void {
    this.ui?.remove();
  }
}

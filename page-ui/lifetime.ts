/**
 * How long the reader lives in a page: until the extension is updated or removed
 * (its runtime is gone), or until a newer copy of the content script, injected into
 * the same page, takes over.
 *
 * WXT's ContentScriptContext also ends on a DOM event that any script of the page
 * can dispatch: the "content-script-started" event, named after the extension's id
 * (public: the store's id, or Firefox's add-on id). Such an event alone never ends
 * the reader; it ends only when the runtime is really gone (an older copy left
 * behind by an update: WXT dispatches that event to retire it). A newer copy in
 * the same isolated world, where the page's scripts cannot reach, retires the
 * older one directly, through a global of that world.
 */
import { browser } from 'wxt/browser';

const LIVE = Symbol.for('militia-base-reader.page');

type Live = { [LIVE]?: ReaderLifetime };

export class ReaderLifetime {
  private readonly controller = new AbortController();

  /**
   * Starts the lifetime of a new copy, ending the one of any older copy in this world.
   * @param ctx WXT's ContentScriptContext.
   * @param runtimeGone true once the extension's runtime is gone (updated, reloaded or removed).
   */
  constructor(ctx: { onInvalidated(cb: () => void): unknown }, private readonly runtimeGone: () => boolean = () => browser.runtime?.id == null) {
    ctx.onInvalidated(() => {
      if (this.runtimeGone()) this.end();
    });
    const world = globalThis as Live;
    world[LIVE]?.end();
    world[LIVE] = this;
    this.onEnd(() => {
      if (world[LIVE] === this) delete world[LIVE];
    });
  }

  /** True once ended; notices a runtime that is gone. */
  get ended(): boolean {
    if (!this.controller.signal.aborted && this.runtimeGone()) this.end();
    return this.controller.signal.aborted;
  }

  /** Calls `cb` once, when the lifetime ends; returns a function that removes it. */
  onEnd(cb: () => void): () => void {
    const signal = this.controller.signal;
    signal.addEventListener('abort', cb, { once: true });
    return () => signal.removeEventListener('abort', cb);
  }

  end(): void {
    this.controller.abort();
  }
}

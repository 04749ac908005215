/**
 * Watches the page for new and changed content (live blogs, infinite scroll,
 * frameworks re-rendering, SPA navigation) and hands the changed roots over in
 * batches: after `quietMs` without changes, and at the latest `maxWaitMs` after
 * the first change of a batch. A batch starts only when the previous one is done.
 * The extension never changes what it watches, so its scans trigger no batches.
 */
import { changedRoots } from './changed-roots';

export interface WatcherTiming {
  readonly quietMs: number;
  readonly maxWaitMs: number;
}

export class PageWatcher {
  private readonly observer: MutationObserver;
  private records: MutationRecord[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstAt = 0;
  private busy = false;

  constructor(
    private readonly doc: Document,
    /** Called with the roots of a batch; the next batch waits for its promise. */
    private readonly onChange: (roots: Element[]) => Promise<void>,
    private readonly timing: WatcherTiming = { quietMs: 60, maxWaitMs: 300 },
  ) {
    this.observer = new MutationObserver((records) => {
      this.records.push(...records);
      this.schedule();
    });
  }

  start(): void {
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['hidden'] });
  }

  stop(): void {
    this.observer.disconnect();
    clearTimeout(this.timer);
    this.timer = undefined;
    this.records = [];
  }

  private schedule(): void {
    if (this.busy) return; // picked up when the batch in flight ends
    const now = performance.now();
    if (this.timer === undefined) this.firstAt = now;
    clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(this.timing.quietMs, this.firstAt + this.timing.maxWaitMs - now));
    this.timer = setTimeout(() => void this.flush(), wait);
  }

  private async flush(): Promise<void> {
    this.timer = undefined;
    const records = [...this.records, ...this.observer.takeRecords()];
    this.records = [];
    const body = this.doc.body;
    if (records.length === 0 || !body) return;
    this.busy = true;
    try {
      await this.onChange(changedRoots(records, body));
    } finally {
      this.busy = false;
      if (this.records.length > 0) this.schedule();
    }
  }
}

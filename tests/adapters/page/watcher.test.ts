// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageWatcher } from '../../../adapters/page/watcher';

/**
 * Time is the fake clock's: the test moves it, so a busy machine cannot make a dwell
 * or a quiet time run out early or late.
 */
const wait = (ms: number) => vi.advanceTimersByTimeAsync(ms);

describe('watching the page for changes (watcher.ts)', () => {
  let watcher: PageWatcher | undefined;
  beforeEach(() => void vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => {
    watcher?.stop();
    vi.useRealTimers();
  });

  it('hands changes over in one batch after a quiet time', async () => {
    document.body.innerHTML = '<div id="feed"></div>';
    const batches: Element[][] = [];
    watcher = new PageWatcher(document, async (roots) => void batches.push(roots), { quietMs: 30, maxWaitMs: 1000 });
    watcher.start();
    const feed = document.getElementById('feed')!;
    const added = [0, 1, 2].map(() => document.createElement('p'));
    for (const p of added) {
      feed.append(p);
      await wait(5);
    }
    await wait(80);
    expect(batches).toHaveLength(1);
    expect(batches[0]).toEqual([feed]); // three new children of an empty element: the element, scanned as a whole
  });

  it('does not wait for quiet longer than maxWaitMs under a stream of changes', async () => {
    document.body.innerHTML = '<div id="feed">' + '<p>x</p>'.repeat(50) + '</div>';
    const batches: number[] = [];
    const t0 = performance.now();
    watcher = new PageWatcher(document, async () => void batches.push(performance.now() - t0), { quietMs: 40, maxWaitMs: 120 });
    watcher.start();
    const feed = document.getElementById('feed')!;
    const end = performance.now() + 300;
    while (performance.now() < end) {
      feed.append(document.createElement('p'));
      await wait(10);
    }
    expect(batches.length).toBeGreaterThanOrEqual(2);
    expect(batches[0]).toBeLessThan(250);
  });

  it('starts a batch only after the one in flight is done, with what came meanwhile', async () => {
    document.body.innerHTML = '<div id="a"></div>';
    let inFlight = 0;
    let overlapped = false;
    const batches: number[] = [];
    watcher = new PageWatcher(
      document,
      async (roots) => {
        overlapped ||= inFlight > 0;
        inFlight++;
        batches.push(roots.length);
        await wait(60);
        inFlight--;
      },
      { quietMs: 5, maxWaitMs: 20 },
    );
    watcher.start();
    document.getElementById('a')!.append(document.createElement('p'));
    await wait(20);
    document.body.append(document.createElement('section'));
    await wait(200);
    expect(overlapped).toBe(false);
    expect(batches).toEqual([1, 1]);
  });

  it('never batches anything after stop', async () => {
    document.body.innerHTML = '';
    let called = false;
    watcher = new PageWatcher(document, async () => void (called = true), { quietMs: 5, maxWaitMs: 10 });
    watcher.start();
    document.body.append(document.createElement('p'));
    watcher.stop();
    await wait(40);
    expect(called).toBe(false);
  });
});

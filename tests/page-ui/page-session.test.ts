// @vitest-environment happy-dom
/**
 * The page session while the gazetteer compiles in slices (many tasks): a dataset
 * published meanwhile is the one compiled, and an invalidation meanwhile (the
 * extension updated or removed) leaves nothing running.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReaderLifetime } from '../../page-ui/lifetime';
import { PageSession } from '../../page-ui/page-session';
import { gazetteer } from '../../data/gazetteer';
import { PUBLISHED_KEY } from '../../lib/published';
import { macrotask } from '../fixtures/wait';

// happy-dom has no CSS Custom Highlight API: a minimal one, enough to paint into.
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}
Object.assign(globalThis, { Highlight: FakeHighlight, CSS: { highlights: new Map() } });

const v1 = { version: 'v1', gazetteer: gazetteer.filter((e) => e.id !== 'ain-al-asad'), summaries: {} };
const v2 = { version: 'v2', gazetteer, summaries: {} };

/** A content script context whose invalidation (the runtime gone) the test triggers. */
function context() {
  const callbacks: (() => void)[] = [];
  const ctx = {
    isInvalid: false,
    onInvalidated: (f: () => void) => void callbacks.push(f),
    invalidate() {
      ctx.isInvalid = true;
      for (const f of callbacks) f();
    },
  };
  return ctx;
}
const internals = (s: PageSession) => s as unknown as { state: string; published: { version: string } | null; running: { finder: { entries: readonly unknown[] } } | null };
const tick = macrotask;
/** Waits for a condition, a macrotask at a time; fails only if it never holds (10 s). */
async function until(done: () => boolean) {
  for (const deadline = Date.now() + 10_000; !done(); await tick()) if (Date.now() > deadline) throw new Error('until: the condition never held');
}

describe('the page session while it compiles (page-session.ts)', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    (CSS.highlights as unknown as Map<string, unknown>).clear();
    await fakeBrowser.storage.local.set({ [PUBLISHED_KEY]: v1 });
    document.body.innerHTML = '<p>استهدفت طائرة مسيّرة قاعدة عين الأسد الجوية في الأنبار.</p>';
    // Every reading of the clock is 10 ms later: each step of the compile ends a slice.
    let t = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (t += 10));
  });
  afterEach(() => vi.restoreAllMocks());

  /** Starts a session and waits until it is compiling (the dataset loaded, the compile yielding). */
  async function compiling(ctx: ReturnType<typeof context>) {
    const session = new PageSession(new ReaderLifetime(ctx, () => ctx.isInvalid));
    const started = session.start();
    await until(() => internals(session).published !== null);
    for (let k = 0; k < 10; k++) await tick();
    expect(internals(session).running).toBeNull();
    return { session, started };
  }
  async function settled(session: PageSession) {
    await until(() => internals(session).state !== 'scanning');
  }

  it('compiles the dataset published during the compile, not the one it started with', async () => {
    const ctx = context();
    const { session, started } = await compiling(ctx);
    await fakeBrowser.storage.local.set({ [PUBLISHED_KEY]: v2 });
    await started;
    await settled(session);
    const s = internals(session);
    expect(s.state).toBe('ready');
    expect(s.published?.version).toBe('v2');
    expect(s.running?.finder.entries).toHaveLength(v2.gazetteer.length);
    expect((CSS.highlights.get('mbr-base') as unknown as Set<AbstractRange>).size).toBe(1); // «عين الأسد», only in v2
  });

  it('stops switching on when invalidated during the compile: nothing runs, nothing is painted', async () => {
    const ctx = context();
    const { session, started } = await compiling(ctx);
    ctx.invalidate();
    await started;
    await settled(session);
    for (let k = 0; k < 20; k++) await tick();
    const s = internals(session);
    expect(s.state).toBe('off');
    expect(s.running).toBeNull();
    expect(CSS.highlights.size).toBe(0);
  });
});

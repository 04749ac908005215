/**
 * The content script: wiring only (adapters/page/page-session.ts does the work).
 * Runs by itself on the listed news sites (and, in the e2e build, on
 * http://127.0.0.1, where tests serve pages); elsewhere the toolbar button, the
 * keyboard command or an always-on registration injects it. Injected again into
 * a page, the new copy replaces the old one (WXT invalidates the old context, which
 * then removes everything it painted); two live copies never run at once.
 */
import { newsSiteMatches } from '@/adapters/page/sites';
import { PageSession } from '@/adapters/page/page-session';

const MARK = Symbol.for('militia-base-reader.page');

export default defineContentScript({
  matches: [...newsSiteMatches, ...(import.meta.env.MODE === 'e2e' ? ['http://127.0.0.1/*'] : [])],
  runAt: 'document_idle',
  main(ctx) {
    const g = globalThis as { [MARK]?: boolean };
    if (g[MARK]) return;
    g[MARK] = true;
    ctx.onInvalidated(() => void (g[MARK] = false));
    const forceOverlay = import.meta.env.MODE === 'e2e' && new URLSearchParams(location.search).get('mbr-paint') === 'overlay';
    void new PageSession(ctx, { forceOverlay }).start();
  },
});

/**
 * The content script: wiring only (page-ui/page-session.ts does the work).
 * Runs by itself on the listed news sites (and, in the e2e and demo builds, on
 * http://127.0.0.1, where tests and `npm start` serve pages); elsewhere the
 * toolbar button, the keyboard command or an always-on registration injects it.
 * Injected again into a page, the new copy replaces the old one (lifetime.ts);
 * two live copies never run at once.
 */
import { newsSiteMatches } from '@/adapters/page/sites';
import { ReaderLifetime } from '@/page-ui/lifetime';
import { PageSession } from '@/page-ui/page-session';

export default defineContentScript({
  matches: [...newsSiteMatches, ...(import.meta.env.MODE === 'e2e' || import.meta.env.MODE === 'demo' ? ['http://127.0.0.1/*'] : [])],
  runAt: 'document_idle',
  // WXT's start-up message to the page's window would name the extension's id.
  noScriptStartedPostMessage: true,
  main(ctx) {
    void new PageSession(new ReaderLifetime(ctx)).start();
  },
});

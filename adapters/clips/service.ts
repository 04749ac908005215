/**
 * The clip service in the background: stores the clips pages send, answers which
 * clips a page has, and offers "Save selection as clip" in the context menu of a
 * selection. The menu asks the tab's content script (injected first if needed) to
 * capture the selection; the content script then saves it with `clips/save`, as
 * the popover's "Save clip" and the popup's "Clip this article" do, so all three
 * take one path. Listeners are registered synchronously, as MV3 requires.
 */
import { browser, type Browser } from 'wxt/browser';
import { createClip } from '@/lib/clips/create';
import { openDatasetDb, type DatasetDb } from '../dataset/db';
import { askTab, listen, notify, onNotice, type Answers, type AnyRequest, type Handlers } from '@/adapters/messaging';
import { ensureContentScript } from '../page/inject';
import type { ClipCaptureResult } from '../page/messages';
import { libraryPath, type ClipRequestType } from './messages';
import { clipsForPage, putClip } from './store';
import { clippedPagesPublisher } from './clipped-pages';
import { senderLimits, TOO_FAST_ERROR, type SenderLimits } from '../sender-limits';

export const SAVE_SELECTION_MENU = 'mbr-save-selection';

type ClipRequest = AnyRequest<ClipRequestType>;
/** The background's answers to the clip requests, whoever asked. */
export type ClipHandlers = Answers<ClipRequestType>;
const notifyClipsChanged = () => notify('clips/changed');

const originOf = (url: string | undefined): string | null => {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
};

/**
 * A content script asks only about its own site: the clips of URLs of its page's
 * origin (a page cannot name another site's article as its canonical URL to learn
 * what was clipped there), and saves only clips of its page's origin. Extension
 * pages (no tab) are not limited. Null: refused.
 */
export function forSender<R extends ClipRequest>(request: R, sender: { readonly url?: string; readonly tab?: unknown }): R | null {
  if (!sender.tab) return request;
  const origin = originOf(sender.url);
  if (origin === null) return null;
  const r: ClipRequest = request;
  if (r.type === 'clips/for-page') return { ...request, urls: r.urls.filter((u) => originOf(u) === origin) };
  if (r.type === 'clips/open') return request;
  return originOf(r.draft.metadata.url) === origin ? request : null;
}

/** The English message of a refused duplicate; pages show their own words with `duplicate`. */
export const DUPLICATE_ERROR = 'this passage of this page is already in the clip library';

/** Opens the library at a clip in a new tab. */
const openLibraryTab = async (id: string): Promise<void> => {
  await browser.tabs.create({ url: (browser.runtime.getURL as (path: string) => string)(libraryPath(id)) });
};

/**
 * The background's answers; `notify` tells extension pages the clips changed,
 * `publish` publishes the keys of the clipped pages (clipped-pages.ts), `open`
 * opens the library at a clip (a page cannot open an extension page). A save of
 * a text the page already has a clip of (same page address or canonical URL, same
 * SHA-256 of the text) stores nothing and names the existing clip, unless the
 * draft says `again`.
 */
export function createClipHandlers(db: DatasetDb, notify: () => void = notifyClipsChanged, publish: () => Promise<void> = clippedPagesPublisher(db), open: (id: string) => Promise<void> = openLibraryTab): ClipHandlers {
  return {
    'clips/save': async ({ draft }) => {
      try {
        const clip = await createClip({ text: draft.text, mentions: draft.mentions, metadata: draft.metadata, via: draft.via, page: draft.page });
        if (!draft.again) {
          const urls = [clip.url, clip.canonical_url].filter((u): u is string => u !== null).map((u) => u.replace(/#.*$/s, ''));
          const same = (await clipsForPage(db, urls)).find((c) => c.text_sha256 === clip.text_sha256);
          if (same) return { ok: false, error: DUPLICATE_ERROR, duplicate: { id: same.id, title: same.title, captured_at: same.captured_at } };
        }
        await putClip(db, clip);
        await publish();
        notify();
        return { ok: true, clip };
      } catch (e) {
        return { ok: false, error: e instanceof Error ? e.message : String(e) };
      }
    },
    'clips/for-page': ({ urls }) => clipsForPage(db, urls),
    'clips/open': async ({ id }) => {
      try {
        await open(id);
        return true;
      } catch {
        return false;
      }
    },
  };
}

/**
 * What the context menu item does in `tab`: the content script captures and saves
 * the selection. Null where the extension cannot run (a browser page, no permission).
 */
export async function saveSelection(tab: Browser.tabs.Tab | undefined): Promise<ClipCaptureResult | null> {
  if (tab?.id === undefined) return null;
  const status = await ensureContentScript(tab.id);
  if (!status) return null;
  return askTab(tab.id, { type: 'page/clip', via: 'selection' });
}

function createMenu(): void {
  browser.contextMenus.create({
    id: SAVE_SELECTION_MENU,
    title: browser.i18n.getMessage('menuSaveSelection') || 'Save selection as clip',
    contexts: ['selection'],
    documentUrlPatterns: ['http://*/*', 'https://*/*'],
  }, () => void browser.runtime.lastError);
}

/** Refused before any work: a page asked for another site (forSender). */
export const OTHER_SITE_ERROR = 'a page may only save clips of its own site';

/**
 * How the background answers clip requests from `sender` (the messaging module
 * has already dropped other extensions' and malformed ones): each limited to its
 * sender's site (forSender) and its tab's pace (sender-limits.ts: saves and
 * library opens per tab).
 */
export function clipRequestHandlers(handlers: ClipHandlers, limits: SenderLimits = senderLimits): Handlers<ClipRequestType> {
  return {
    'clips/save': (request, sender) => {
      const allowed = forSender(request, sender);
      if (!allowed) return { ok: false, error: OTHER_SITE_ERROR };
      if (!limits.allow('save', sender)) return { ok: false, error: TOO_FAST_ERROR };
      return handlers['clips/save'](allowed);
    },
    'clips/for-page': (request, sender) => {
      const allowed = forSender(request, sender);
      return allowed ? handlers['clips/for-page'](allowed) : [];
    },
    'clips/open': (request, sender) => {
      const allowed = forSender(request, sender);
      return allowed && limits.allow('open', sender) ? handlers['clips/open'](allowed) : false;
    },
  };
}

export function startClipService(): void {
  const db = openDatasetDb();
  const publish = clippedPagesPublisher(db);
  const handlers = createClipHandlers(db, notifyClipsChanged, publish);
  // At every start (clips written by an older version), and whenever the library says it changed them.
  void publish();
  listen(clipRequestHandlers(handlers));
  onNotice('clips/changed', () => void publish());
  // Made at every start: Chrome keeps menu items across service worker restarts,
  // Firefox's persistent background page loses them at a browser restart.
  browser.contextMenus.removeAll().then(createMenu, (e: unknown) => console.warn('context menu:', e));
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== SAVE_SELECTION_MENU) return;
    saveSelection(tab).then(
      (r) => r && !r.ok && console.warn('save selection as clip:', r.reason, r.detail ?? ''),
      (e: unknown) => console.warn('save selection as clip failed', e),
    );
  });
  // Tests cannot click a context menu: the e2e build exposes what a click runs.
  if (import.meta.env.MODE === 'e2e') Object.assign(globalThis, { mbrClipService: { saveSelection } });
}

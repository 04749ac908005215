/**
 * The background side of the page features: the keyboard command (next mention),
 * opening the incidents page for an entity, CSS for browsers where a content
 * script cannot adopt a style sheet, and the content script registered for the
 * reader's always-on sites. The toolbar button opens the popup, which injects the
 * content script itself (inject.ts).
 */
import { browser, type Browser } from 'wxt/browser';
import { onSettingsChanged, readSettings } from '@/adapters/settings';
import { senderLimits } from '@/adapters/sender-limits';
import { syncAlwaysOn } from './always-on';
import { askTab, ensureContentScript } from './inject';
import { isPageRequestToBackground, type PageRequestToBackground } from './messages';
import { hostOf, isSwitchedOff } from './sites';

/** The extension page listing an entity's incidents, with filters (entrypoints/incidents). */
export const incidentsPageUrl = (entityId: string) => browser.runtime.getURL(`/incidents.html?entity=${encodeURIComponent(entityId)}`);

/** The keyboard command: the next mention in the tab, with its card open and focused. */
export async function onCommand(command: string, tab?: Browser.tabs.Tab): Promise<void> {
  if (command !== 'next-mention') return;
  const target = tab?.id !== undefined ? tab : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  const host = hostOf(target?.url);
  if (target?.id === undefined || (host && isSwitchedOff(host, (await readSettings()).disabledSites))) return;
  const status = await ensureContentScript(target.id);
  if (status && status.state !== 'off') await askTab(target.id, { type: 'page/next-mention' }).catch(() => undefined);
}

/** Answers `PageRequestToBackground`s; undefined for other messages (left to other listeners). */
export function onPageMessage(message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined {
  if (!isPageRequestToBackground(message)) return undefined;
  const m: PageRequestToBackground = message;
  const tabId = sender.tab?.id;
  switch (m.type) {
    case 'page/open-incidents':
      // A tab's pace (sender-limits.ts): a page's script clicking «All incidents» 25 times opens 3 tabs.
      if (!senderLimits.allow('open', sender)) return Promise.resolve(false);
      return browser.tabs.create({ url: incidentsPageUrl(m.entityId), index: sender.tab ? sender.tab.index + 1 : undefined }).then(() => true);
    case 'page/insert-css':
      return tabId === undefined ? Promise.resolve(false) : browser.scripting.insertCSS({ target: { tabId, frameIds: [sender.frameId ?? 0] }, css: m.css }).then(() => true);
    case 'page/remove-css':
      return tabId === undefined ? Promise.resolve(false) : browser.scripting.removeCSS({ target: { tabId, frameIds: [sender.frameId ?? 0] }, css: m.css }).then(() => true);
  }
}

export function startPageService(): void {
  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
  browser.runtime.onMessage.addListener((message, sender) => onPageMessage(message, sender));
  const sync = () => readSettings().then(syncAlwaysOn).catch((e: unknown) => console.warn('always-on sites:', e));
  void sync();
  onSettingsChanged(() => void sync());
  browser.permissions.onAdded.addListener(() => void sync());
  browser.permissions.onRemoved.addListener(() => void sync());
  if (import.meta.env.MODE === 'e2e') Object.assign(globalThis, { mbrPageService: { onCommand } });
}

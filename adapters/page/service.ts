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
import { askTab, listen, type Handlers } from '@/adapters/messaging';
import { ensureContentScript } from './inject';
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

/** The frame that asked, for CSS inserted into it; null for a sender without a tab. */
const senderFrame = (sender: Browser.runtime.MessageSender) => (sender.tab?.id === undefined ? null : { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] });

/** How the background answers the page's requests. */
export const pageRequestHandlers: Handlers<'page/open-incidents' | 'page/insert-css' | 'page/remove-css'> = {
  'page/open-incidents': async ({ entityId }, sender) => {
    // A tab's pace (sender-limits.ts): a page's script clicking «All incidents» 25 times opens 3 tabs.
    if (!senderLimits.allow('open', sender)) return false;
    await browser.tabs.create({ url: incidentsPageUrl(entityId), index: sender.tab ? sender.tab.index + 1 : undefined });
    return true;
  },
  'page/insert-css': async ({ css }, sender) => {
    const target = senderFrame(sender);
    if (!target) return false;
    await browser.scripting.insertCSS({ target, css });
    return true;
  },
  'page/remove-css': async ({ css }, sender) => {
    const target = senderFrame(sender);
    if (!target) return false;
    await browser.scripting.removeCSS({ target, css });
    return true;
  },
};

export function startPageService(): void {
  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
  listen(pageRequestHandlers);
  const sync = () => readSettings().then(syncAlwaysOn).catch((e: unknown) => console.warn('always-on sites:', e));
  void sync();
  onSettingsChanged(() => void sync());
  browser.permissions.onAdded.addListener(() => void sync());
  browser.permissions.onRemoved.addListener(() => void sync());
  if (import.meta.env.MODE === 'e2e') Object.assign(globalThis, { mbrPageService: { onCommand } });
}

/**
 * Running the content script in a tab where the manifest did not put it: after a
 * click on the toolbar button or the keyboard command, which grant `activeTab` for
 * that tab.
 */
import { browser } from 'wxt/browser';
import { askTab } from '@/adapters/messaging';
import type { PageStatus } from './messages';

/** The content script's file in the built extension (entrypoints/content). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/** The tab's page status, injecting the content script first if it is not running there. Null where it cannot run. */
export async function ensureContentScript(tabId: number): Promise<PageStatus | null> {
  try {
    return await askTab(tabId, { type: 'page/status' });
  } catch {
    // Not running there yet.
  }
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
  } catch {
    return null; // a browser page, the web store, or no permission
  }
  // The script answers once its listener is in place, right at its start.
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      return await askTab(tabId, { type: 'page/status' });
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return null;
}

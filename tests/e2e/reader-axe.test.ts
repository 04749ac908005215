/**
 * Accessibility checked by a tool (issue 11): axe-core runs on the card (light and
 * dark page), the toolbar popup, the options page and the incident list, in Arabic
 * and in English, in Chromium with the built extension. No serious or critical
 * violation is allowed; each one found is listed with its rule and element.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChromiumSession } from './harness';
import { DIALOG, openScanned, rangeCentreInPage, seeds, startNewsBrowser, stopNewsBrowser } from './page-support';
import type { TestServer } from './server';

declare const chrome: { tabs: { query(q: object): Promise<{ id: number; url: string }[]> }; storage: { local: { set(items: object): Promise<void> } } };
interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: unknown[] }[];
}
declare const axe: { run(context: unknown, options: object): Promise<{ violations: AxeViolation[] }> };

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('axe-core on the extension’s pages', () => {
  let s: ChromiumSession;
  let server: TestServer;
  beforeAll(async () => void ({ s, server } = await startNewsBrowser()));
  afterAll(async () => {
    await s?.worker.evaluate(() => chrome.storage.local.set({ settings: { language: 'auto' } }));
    await stopNewsBrowser(s, server);
  });

  /** Serious and critical violations in `context` (a document or a shadow-DOM selector), as "rule: element" lines. */
  const serious = async (page: Page, context: unknown = undefined) => {
    await page.evaluate(axeSource);
    const { violations } = await page.evaluate(([c]) => axe.run(c ?? document, { resultTypes: ['violations'] }), [context] as const);
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
  };
  const extensionPage = async (path: string, ready: string) => {
    const page = await s.context.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/${path}`);
    await page.locator(ready).first().waitFor();
    await page.waitForFunction(() => !document.querySelector('[aria-busy=true]'));
    return page;
  };

  for (const lang of ['ar', 'en'] as const) {
    it(`finds no serious or critical violation in ${lang === 'ar' ? 'Arabic' : 'English'}: card (light and dark), popup, options, incidents`, async () => {
      await s.worker.evaluate((l) => chrome.storage.local.set({ settings: { language: l } }), lang);
      const found: Record<string, string[]> = {};
      for (const theme of ['light', 'dark']) {
        const page = await openScanned(s, server, `/news/${seeds[1].slug}.html${theme === 'dark' ? '?theme=dark' : ''}`);
        const at = await page.evaluate(rangeCentreInPage, ['mbr-base', 0] as [string, number]);
        await page.mouse.move(at!.x, at!.y);
        await page.locator(DIALOG).waitFor();
        expect(await page.locator(DIALOG).getAttribute('lang')).toBe(lang);
        found[`card ${theme}`] = await serious(page, { include: [['militia-base-reader', '[role=dialog]']] });
        if (theme === 'light') {
          const tabId = await s.worker.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)!.id, page.url());
          const popup = await extensionPage(`popup.html?tab=${tabId}`, 'ul.mentions');
          found.popup = await serious(popup);
          await popup.close();
        }
        await page.close();
      }
      const options = await extensionPage('options.html', 'h1');
      found.options = await serious(options);
      await options.close();
      const incidents = await extensionPage('incidents.html?entity=ain-al-asad', 'article.incident');
      found.incidents = await serious(incidents);
      await incidents.close();
      expect(found).toEqual({ 'card light': [], 'card dark': [], popup: [], options: [], incidents: [] });
    });
  }
});

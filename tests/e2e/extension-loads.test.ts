import puppeteer from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
/** The extension API inside the service worker (evaluated there, not here). */
declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };

import { firefoxExtension, firefoxPath, launchChromium, type ChromiumSession } from './harness';

describe('the built extension in Chromium', () => {
  let s: ChromiumSession;
  beforeAll(async () => void (s = await launchChromium()));
  afterAll(async () => s?.close());

  it('starts its service worker; its options page follows the browser language, then the setting', async () => {
    expect(s.extensionId).toMatch(/^[a-p]{32}$/);
    const page = await s.context.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/options.html`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Bases & Militias Reader');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    await s.worker.evaluate(() => chrome.storage.local.set({ settings: { language: 'ar' } }));
    await expect.poll(() => page.locator('h1').textContent()).toBe('قارئ القواعد والفصائل');
    expect(await page.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual(['rtl', 'ar']);
  });
});

describe('the built extension in Firefox ESR', () => {
  it('installs as a temporary add-on', async () => {
    const browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, headless: true });
    try {
      const id = await browser.installExtension(firefoxExtension);
      expect(id).toBe('militia-base-reader@example.org');
    } finally {
      await browser.close();
    }
  });
});

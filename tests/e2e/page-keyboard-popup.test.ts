/**
 * Keyboard, screen readers and the toolbar popup, in Chromium. The keyboard command
 * (manifest `commands`, delivered to the background) opens the next mention's card
 * with focus in it; Escape closes it and gives focus back. The popup lists the
 * page's mentions by entity and opens one; it searches the whole dataset in Arabic
 * and English, with typos; it switches the reader off and on for the site. The card
 * follows the UI language, right to left in Arabic.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChromiumSession } from './harness';
import { DIALOG, openScanned, rangeCentreInPage, seeds, startNewsBrowser, stopNewsBrowser } from './page-support';
import type { TestServer } from './server';

/** The extension API and the page service, in the service worker (evaluated there). */
declare const chrome: {
  tabs: { query(q: object): Promise<{ id: number; url: string }[]> };
  scripting: { executeScript(i: object): Promise<unknown> };
  storage: { local: { set(items: object): Promise<void> } };
};
declare const mbrPageService: { onCommand(command: string, tab: object): Promise<void> };

describe('keyboard, popup and languages in Chromium', () => {
  let s: ChromiumSession;
  let server: TestServer;
  beforeAll(async () => void ({ s, server } = await startNewsBrowser()));
  afterAll(() => stopNewsBrowser(s, server));

  const open = (slug: string) => openScanned(s, server, `/news/${slug}.html`);
  const tabIdOf = (page: Page) => s.worker.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)!.id, page.url());
  /** What the browser does when the reader presses the command's keys. */
  const pressCommand = (page: Page) => s.worker.evaluate(async (url) => mbrPageService.onCommand('next-mention', (await chrome.tabs.query({})).find((t) => t.url === url)!), page.url());
  const focusInDialog = (page: Page) => page.evaluate(() => {
    const host = document.activeElement;
    const inner = host?.shadowRoot?.activeElement;
    return host?.localName === 'militia-base-reader' ? (inner?.closest('[role=dialog]') ? inner.getAttribute('role') ?? inner.localName : 'outside') : (host?.localName ?? null);
  });

  it('the command opens the next mention with focus in its card; Escape closes it and gives focus back', async () => {
    const page = await open(seeds[0].slug);
    await page.focus('nav.main a');
    await pressCommand(page);
    const dialog = page.locator(DIALOG);
    await dialog.waitFor();
    expect(await dialog.locator('h2').textContent()).toBe('Kharab al-Jir airfield (Rumalyn Landing Zone)');
    const total = await page.evaluate(() => ['mbr-base', 'mbr-militia'].reduce((n, k) => n + (CSS.highlights.get(k)?.size ?? 0), 0));
    expect(await dialog.textContent()).toContain(`Mention 1 of ${total}`);
    await expect.poll(() => focusInDialog(page)).toBe('dialog');
    // Focus moves through the card's controls with Tab.
    await page.keyboard.press('Tab');
    expect(await focusInDialog(page)).not.toBe('outside');

    await pressCommand(page);
    await expect.poll(() => dialog.textContent()).toContain(`Mention 2 of ${total}`);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('الرئيسية');
    // The next command continues after the last mention shown; the card's own buttons step too.
    await pressCommand(page);
    await expect.poll(() => dialog.textContent()).toContain(`Mention 3 of ${total}`);
    await dialog.getByRole('button', { name: 'Next mention' }).click();
    await expect.poll(() => dialog.textContent()).toContain(`Mention 4 of ${total}`);
    await dialog.getByRole('button', { name: 'Previous mention' }).click();
    await expect.poll(() => dialog.textContent()).toContain(`Mention 3 of ${total}`);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.close();
  });

  it('the popup lists the mentions by entity and opens one; searches the dataset; switches the site off and on', async () => {
    const page = await open(seeds[1].slug);
    const openPopup = async () => {
      const p = await s.context.newPage();
      await p.goto(`chrome-extension://${s.extensionId}/popup.html?tab=${await tabIdOf(page)}`);
      return p;
    };
    let popup = await openPopup();
    const ain = popup.getByRole('button', { name: /^Ain al-Asad Air Base.*go to the first mention$/ });
    await ain.waitFor();
    const names = await popup.locator('ul.mentions li button.mention .name').allTextContents();
    expect(names).toContain('Ain al-Asad Air Base');
    await ain.click();
    await expect.poll(() => page.locator(`${DIALOG} h2`).textContent().catch(() => null)).toBe('Ain al-Asad Air Base');
    // The popup closes itself, so that the reader sees the card.
    await expect.poll(() => popup.isClosed()).toBe(true);
    popup = await openPopup();

    const search = popup.getByLabel('Name of a base or militia, in Arabic or English');
    for (const query of ['عين الاسد', 'قاعده عين الأسد', 'Ain al-Asd', 'ain al asad']) {
      await search.fill(query);
      await expect.poll(() => popup.locator('ul.results .name').first().textContent(), { timeout: 3000 }).toBe('Ain al-Asad Air Base');
    }
    await search.fill('كتائب حزب اللة');
    await expect.poll(() => popup.locator('ul.results .name').first().textContent()).toBe("Kata'ib Hezbollah");

    const highlighted = () => page.evaluate(() => CSS.highlights.get('mbr-base')?.size ?? 0);
    expect(await highlighted()).toBeGreaterThan(0);
    await popup.getByRole('button', { name: 'Turn off on this site' }).click();
    await expect.poll(highlighted).toBe(0);
    await expect.poll(() => page.locator(DIALOG).count()).toBe(0);
    await popup.getByRole('button', { name: 'Turn on on this site' }).click();
    await expect.poll(highlighted).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });

  it('runs once in a page when injected again: the new copy replaces the old one (as after an update)', async () => {
    const page = await open(seeds[2].slug);
    const count = () => page.evaluate(() => ['mbr-base', 'mbr-militia'].map((k) => CSS.highlights.get(k)?.size ?? 0));
    const before = await count();
    const tabId = await tabIdOf(page);
    await s.worker.evaluate((id) => chrome.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/content.js'] }), tabId);
    await page.waitForFunction(() => (window as unknown as { mbrProbes: { kind: string }[] }).mbrProbes.filter((p) => p.kind === 'scan').length === 2);
    expect(await count()).toEqual(before);
    const at = await page.evaluate(rangeCentreInPage, ['mbr-base', 0] as [string, number]);
    await page.mouse.move(at!.x, at!.y);
    await page.locator(DIALOG).waitFor();
    expect(await page.evaluate(() => document.querySelectorAll('militia-base-reader').length)).toBe(1);
    await page.close();
  });

  it('applies the colours of the options at once, each with a readable text colour', async () => {
    const page = await open(seeds[1].slug);
    const style = () => page.evaluate(() => {
      const h = CSS.highlights.get('mbr-base')!;
      const [r] = h as unknown as Iterable<AbstractRange>;
      const s = getComputedStyle(r.startContainer.parentElement!, '::highlight(mbr-base)');
      return [s.backgroundColor, s.color];
    });
    expect(await style()).toEqual(['rgb(255, 183, 77)', 'rgb(17, 17, 17)']);
    await s.worker.evaluate(() => chrome.storage.local.set({ settings: { baseColour: '#1a237e' } }));
    await expect.poll(style).toEqual(['rgb(26, 35, 126)', 'rgb(255, 255, 255)']);
    await s.worker.evaluate(() => chrome.storage.local.set({ settings: {} }));
    await page.close();
  });

  it('shows the card in Arabic, right to left, when the UI language is Arabic', async () => {
    await s.worker.evaluate(() => chrome.storage.local.set({ settings: { language: 'ar' } }));
    const page = await open(seeds[1].slug);
    const at = await page.evaluate(rangeCentreInPage, ['mbr-base', 0] as [string, number]);
    await page.mouse.move(at!.x, at!.y);
    const dialog = page.locator(DIALOG);
    await dialog.waitFor();
    expect(await dialog.getAttribute('dir')).toBe('rtl');
    expect(await dialog.getAttribute('lang')).toBe('ar');
    expect(await dialog.locator('h2').textContent()).toBe('قاعدة عين الأسد الجوية');
    expect(await dialog.textContent()).toMatch(/هجوم سابق|هجمات سابقة|هجوماً سابقاً|هجومان سابقان/);
    await s.worker.evaluate(() => chrome.storage.local.set({ settings: { language: 'auto' } }));
    await page.close();
  });
});

/**
 * Dataset sync in Firefox ESR (puppeteer-core), as in Chromium (dataset-sync.test.ts):
 * the bundled snapshot installed by the background page, then a signed feed on
 * 127.0.0.1 set up and synced from the options page; the added incident shows in
 * the card on a news page and on incidents.html; a tampered feed is refused with
 * the data kept.
 *
 * WebDriver BiDi may not navigate to extension pages: the test reaches them as a
 * reader does, through the card's "All incidents" link (the background opens
 * incidents.html in a new tab), and goes from there to options.html by an
 * in-page navigation.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../lib/dataset';
import { added, datasetFileName, feedServer } from './feed-support';
import { firefoxExtension, firefoxPath } from './harness';
import { DIALOG_PIERCING as DIALOG, pollUntil, rangeCentreInPage } from './page-support';
import type { TestServer } from './server';

describe('dataset sync in Firefox ESR', () => {
  let browser: Browser;
  let server: TestServer;
  let bundled: Dataset;
  let next: Dataset;
  let options: Page;

  beforeAll(async () => {
    ({ bundled, next, server } = await feedServer(firefoxExtension));
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, headless: true });
    await browser.installExtension(firefoxExtension);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const field = (name: string) => options.evaluate((n) => document.querySelector(`[data-field="${n}"]`)?.textContent ?? null, name);
  /** Clicks the button labelled `label` once there is one (a sync in progress shows "Syncing…" instead of "Sync now"). */
  const clickButton = async (page: Page, label: string) => {
    // Found and clicked in one step: a sync that starts by itself (after the feed URL is
    // saved) turns the button into "Syncing…" between two steps.
    const click = () => page.evaluate((l) => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === l && !b.disabled);
      button?.click();
      return button !== undefined;
    }, label);
    expect(await pollUntil(click, (clicked) => clicked)).toBe(true);
  };
  const saveFeed = async (url: string) => {
    // Typing replaces the selected text: the field's old value goes with the first key.
    await options.evaluate(() => (document.querySelector('#feed-url') as HTMLInputElement).select());
    await options.type('#feed-url', url);
    expect(await options.$eval('#feed-url', (e) => (e as HTMLInputElement).value)).toBe(url);
    await clickButton(options, 'Save');
    expect(await pollUntil(() => options.evaluate(() => document.querySelector('#feed-message')?.textContent), (t) => t === 'Saved')).toBe('Saved');
  };

  /** Opens the news page and the card of its Ain al-Asad mention. */
  async function cardOnNewsPage() {
    const news = await browser.newPage();
    await news.setViewport({ width: 1280, height: 900 });
    await news.goto(`${server.origin}/news.html`);
    await news.waitForFunction(() => (CSS.highlights.get('mbr-base')?.size ?? 0) > 0, { timeout: 15_000 });
    const at = await news.evaluate(rangeCentreInPage, ['mbr-base', 0] as [string, number]);
    expect(at!.text).toBe('عين الأسد');
    await news.mouse.move(at!.x, at!.y);
    const card = await news.waitForSelector(DIALOG, { visible: true, timeout: 5000 });
    return { news, card: card! };
  }
  /**
   * Goes to another page of the extension in the same tab, and waits until `ready`
   * holds there (puppeteer does not report navigations inside extension pages).
   */
  async function go(page: Page, path: string, ready: string) {
    await page.evaluate((p) => location.assign(p), path);
    const arrived = () => page.evaluate((sel) => document.readyState === 'complete' && document.querySelector(sel) !== null, ready).catch(() => false);
    expect(await pollUntil(arrived, (ok) => ok)).toBe(true);
  }
  const incidentIds = (page: Page) => page.evaluate(() => [...document.querySelectorAll('[data-incident-id]')].map((e) => e.getAttribute('data-incident-id')));

  it('installs the bundled snapshot; the card links to incidents.html, and options.html shows the version', async () => {
    const { news, card } = await cardOnNewsPage();
    expect(await card.evaluate((d) => d.querySelector('li.incident')?.textContent ?? '')).not.toContain(added.summary_en);
    await card.evaluate((d) => [...d.querySelectorAll('button')].find((b) => b.textContent === 'All incidents, with filters')!.click());
    // The tab the background opened (puppeteer does not see the URLs of extension pages: each tab is asked).
    const hrefOf = (p: Page) => p.evaluate(() => location.href).catch(() => '');
    const findIncidents = async () => {
      for (const p of await browser.pages()) if ((await hrefOf(p)).includes('/incidents.html')) return p;
      return null;
    };
    options = (await pollUntil(findIncidents, (p) => p !== null))!;
    expect(options).not.toBeNull();
    await options.waitForFunction(() => location.pathname.endsWith('/incidents.html') && document.querySelectorAll('[data-incident-id]').length > 0, { timeout: 10_000 });
    expect(await options.evaluate(() => location.href)).toMatch(/^moz-extension:\/\/[^/]+\/incidents\.html\?entity=ain-al-asad$/);
    expect(await incidentIds(options)).not.toContain(added.id);
    await news.close();

    await go(options, '/options.html', '#feed-url');
    expect(await pollUntil(() => field('version'), (v) => v === bundled.version)).toBe(bundled.version);
  });

  it('syncs a feed that adds an incident, from the options page; the incident shows on a news page and on incidents.html', async () => {
    await saveFeed(`${server.origin}/feed/`);
    await clickButton(options, 'Sync now');
    expect(await pollUntil(() => field('version'), (v) => v === next.version)).toBe(next.version);
    expect(await pollUntil(() => field('sync-result'), (t) => /^(Updated to version|Already up to date)/.test(t ?? ''))).toMatch(/^(Updated to version|Already up to date)/);
    expect(server.requests).toContain(`/feed/${datasetFileName(next.version)}`);

    const { news, card } = await cardOnNewsPage();
    expect(await card.evaluate((d) => d.querySelector('li.incident')?.textContent ?? '')).toContain(added.summary_en);
    await news.close();

    await go(options, '/incidents.html?entity=ain-al-asad', `[data-incident-id="${added.id}"]`);
    expect(await options.evaluate((id) => document.querySelector(`[data-incident-id="${id}"]`)!.textContent, added.id)).toContain(added.summary_en);
    await go(options, '/options.html', '#feed-url');
  });

  it('refuses a tampered feed and keeps the data, saying why', async () => {
    await saveFeed(`${server.origin}/tampered/`);
    await clickButton(options, 'Sync now');
    const code = await pollUntil(() => options.evaluate(() => document.querySelector('[data-field="last-error"]')?.getAttribute('data-code') ?? null), (c) => c === 'wrong-hash');
    expect(code, JSON.stringify(server.requests)).toBe('wrong-hash');
    expect(await field('last-error')).toContain('does not match its fingerprint');
    expect(await field('version')).toBe(next.version);
  });
});

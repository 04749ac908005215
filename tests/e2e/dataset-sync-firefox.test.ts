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
import { added, datasetFileName, feedRoutes } from './feed-support';
import { firefoxExtension, firefoxPath } from './harness';
import { DIALOG_PIERCING as DIALOG, rangeCentreInPage } from './page-support';
import { serve, type TestServer } from './server';

describe('dataset sync in Firefox ESR', () => {
  let browser: Browser;
  let server: TestServer;
  let bundled: Dataset;
  let next: Dataset;
  let options: Page;

  beforeAll(async () => {
    let routes;
    ({ bundled, next, routes } = await feedRoutes(firefoxExtension));
    server = await serve(routes);
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, headless: true });
    await browser.installExtension(firefoxExtension);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Polls `read` until it passes `check` or `ms` pass; returns the last value read. */
  async function until<T>(read: () => Promise<T>, check: (v: T) => boolean, ms = 15_000): Promise<T> {
    const end = Date.now() + ms;
    let last = await read();
    while (!check(last) && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 100));
      last = await read();
    }
    return last;
  }
  const field = (name: string) => options.evaluate((n) => document.querySelector(`[data-field="${n}"]`)?.textContent ?? null, name);
  /** Clicks the button labelled `label` once there is one (a sync in progress shows "Syncing…" instead of "Sync now"). */
  const clickButton = async (page: Page, label: string) => {
    const find = () => page.evaluate((l) => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === l && !b.disabled), label);
    expect(await until(find, (found) => found)).toBe(true);
    await page.evaluate((l) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === l)!.click(), label);
  };
  const saveFeed = async (url: string) => {
    await options.evaluate(() => ((document.querySelector('#feed-url') as HTMLInputElement).value = ''));
    await options.type('#feed-url', url);
    await clickButton(options, 'Save');
    expect(await until(() => options.evaluate(() => document.querySelector('#feed-message')?.textContent), (t) => t === 'Saved')).toBe('Saved');
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
    expect(await until(arrived, (ok) => ok)).toBe(true);
  }
  const incidentIds = (page: Page) => page.evaluate(() => [...document.querySelectorAll('[data-incident-id]')].map((e) => e.getAttribute('data-incident-id')));

  it('installs the bundled snapshot; the card links to incidents.html, and options.html shows the version', async () => {
    const { news, card } = await cardOnNewsPage();
    expect(await card.evaluate((d) => d.querySelector('li.incident')?.textContent ?? '')).not.toContain(added.summary_en);
    const opened = new Promise<Page>((resolve) => browser.once('targetcreated', async (t) => resolve((await t.page())!)));
    await card.evaluate((d) => [...d.querySelectorAll('button')].find((b) => b.textContent === 'All incidents, with filters')!.click());
    options = await opened;
    await options.waitForFunction(() => location.pathname.endsWith('/incidents.html') && document.querySelectorAll('[data-incident-id]').length > 0, { timeout: 10_000 });
    expect(await options.evaluate(() => location.href)).toMatch(/^moz-extension:\/\/[^/]+\/incidents\.html\?entity=ain-al-asad$/);
    expect(await incidentIds(options)).not.toContain(added.id);
    await news.close();

    await go(options, '/options.html', '#feed-url');
    expect(await until(() => field('version'), (v) => v === bundled.version)).toBe(bundled.version);
  });

  it('syncs a feed that adds an incident, from the options page; the incident shows on a news page and on incidents.html', async () => {
    await saveFeed(`${server.origin}/feed/`);
    await clickButton(options, 'Sync now');
    expect(await until(() => field('version'), (v) => v === next.version)).toBe(next.version);
    expect(await until(() => field('sync-result'), (t) => /^(Updated to version|Already up to date)/.test(t ?? ''))).toMatch(/^(Updated to version|Already up to date)/);
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
    const code = await until(() => options.evaluate(() => document.querySelector('[data-field="last-error"]')?.getAttribute('data-code') ?? null), (c) => c === 'wrong-hash');
    expect(code, JSON.stringify(server.requests)).toBe('wrong-hash');
    expect(await field('last-error')).toContain('does not match its fingerprint');
    expect(await field('version')).toBe(next.version);
  });
});

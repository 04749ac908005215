/**
 * The built extension in Chromium installs its bundled snapshot, then syncs from a
 * signed feed on 127.0.0.1 that adds one incident, set up and started from the
 * options page as a reader would; the incident then appears in the background's
 * lookup, in what it publishes for content scripts, in the popover of a news page
 * and on incidents.html. A tampered feed is refused and the options page says why
 * in plain words.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../lib/dataset';
import { added, datasetFileName, feedServer } from './feed-support';
import { chromeExtension, launchChromium, type ChromiumSession } from './harness';
import { DIALOG, rangeCentreInPage } from './page-support';
import type { TestServer } from './server';

/** The extension API in extension pages and the worker (evaluated there, not here). */
declare const chrome: {
  runtime: { sendMessage(message: object): Promise<unknown> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

describe('dataset sync in Chromium', () => {
  let s: ChromiumSession;
  let server: TestServer;
  let bundled: Dataset;
  let next: Dataset;
  let options: Page;

  beforeAll(async () => {
    ({ bundled, next, server } = await feedServer(chromeExtension));
    s = await launchChromium();
    options = await s.context.newPage();
    await options.goto(`chrome-extension://${s.extensionId}/options.html`);
  });
  afterAll(async () => {
    await s?.close();
    await server?.close();
  });

  const saveFeed = async (url: string) => {
    await options.locator('#feed-url').fill(url);
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.locator('#feed-message').textContent()).toBe('Saved');
  };

  it('installs the bundled snapshot on install and shows it on the options page', async () => {
    await expect.poll(() => options.locator('[data-field="version"]').textContent(), { timeout: 15_000 }).toBe(bundled.version);
    // The background installs into IndexedDB (what the options page shows) and then
    // publishes for content scripts: wait for the publication, not for the page.
    const readPublished = () =>
      s.worker.evaluate(async () => (await chrome.storage.local.get('published')).published as { version: string; gazetteer: unknown[] } | undefined);
    await expect.poll(async () => (await readPublished())?.version, { timeout: 15_000 }).toBe(bundled.version);
    const published = (await readPublished())!;
    expect(published.gazetteer).toHaveLength(bundled.bases.length + bundled.militias.length);
  });

  it('syncs a feed that adds an incident, from the options page; the incident appears everywhere', async () => {
    await saveFeed(`${server.origin}/feed/`);
    await options.getByRole('button', { name: 'Sync now' }).click();
    await expect.poll(() => options.locator('[data-field="version"]').textContent(), { timeout: 15_000 }).toBe(next.version);
    await expect.poll(() => options.locator('[data-field="sync-result"]').textContent()).toMatch(/^(Updated to version|Already up to date)/);
    expect(await options.locator('[data-field="last-sync"]').textContent()).not.toBe('Never');
    expect(server.requests).toContain(`/feed/${datasetFileName(next.version)}`);

    const lookup = (await options.evaluate(() => chrome.runtime.sendMessage({ type: 'dataset/lookup', entityId: 'ain-al-asad' }))) as { incidents: { id: string }[] };
    expect(lookup.incidents[0].id).toBe(added.id);
    const readPublished = () =>
      s.worker.evaluate(
        async () => (await chrome.storage.local.get('published')).published as { version: string; summaries: Record<string, { recent: { id: string }[] }> } | undefined,
      );
    await expect.poll(async () => (await readPublished())?.version, { timeout: 15_000 }).toBe(next.version);
    const published = (await readPublished())!;
    expect(published.summaries['ain-al-asad'].recent[0].id).toBe(added.id);

    const news = await s.context.newPage();
    await news.goto(`${server.origin}/news.html`);
    await news.waitForFunction(() => (CSS.highlights.get('mbr-base')?.size ?? 0) > 0, null, { timeout: 15_000 });
    const at = await news.evaluate(rangeCentreInPage, ['mbr-base', 0] as [string, number]);
    expect(at!.text).toBe('عين الأسد');
    await news.mouse.move(at!.x, at!.y);
    const card = news.locator(DIALOG);
    await card.waitFor();
    expect(await card.locator('li.incident').first().textContent()).toContain(added.summary_en);
    await news.close();

    const list = await s.context.newPage();
    await list.goto(`chrome-extension://${s.extensionId}/incidents.html?entity=ain-al-asad`);
    const item = list.locator(`[data-incident-id="${added.id}"]`);
    await expect.poll(() => item.textContent()).toContain(added.summary_en);
    expect(await item.locator('a').getAttribute('rel')).toBe('noopener noreferrer');
    await list.getByLabel('Search text').fill('added by the feed');
    await expect.poll(() => list.locator('.incident').count()).toBe(1);
    await list.close();
  });

  it('refuses a tampered feed, keeps the data and explains the error in plain words', async () => {
    await saveFeed(`${server.origin}/tampered/`);
    await options.getByRole('button', { name: 'Sync now' }).click();
    const error = options.locator('[data-field="last-error"]');
    await expect.poll(() => error.getAttribute('data-code'), { timeout: 15_000 }).toBe('wrong-hash');
    expect(await error.textContent()).toContain('does not match its fingerprint');
    expect(await options.locator('[data-field="version"]').textContent()).toBe(next.version);
  });
});

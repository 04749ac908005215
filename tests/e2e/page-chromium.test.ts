/**
 * The page features of the built extension in Chromium, on the seed articles served
 * as news pages: the painted ranges equal the gold mentions; nothing of the page's
 * DOM changes (the extension's only element is its shadow-root host, added to
 * <html> when a card first opens); form fields, editable boxes and scripts are not
 * read; hovering a mention opens the card of the right entity with its incidents;
 * a screenshot of an open card is kept in test-results/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../fixtures/run-cli';
import type { ChromiumSession } from './harness';
import { DEFAULT_HOVER_TIMING } from '../../adapters/page/hover';
import { DIALOG, afterPageTimer, articleKeys, blockStarts, goldKeys, openScanned, rangeCentreInPage, readPaintedInPage, seeds, startNewsBrowser, stopNewsBrowser, type PaintedSpan, untilStill } from './page-support';
import type { TestServer } from './server';

const artefacts = join(root, 'test-results');

describe('the page features in Chromium', () => {
  let s: ChromiumSession;
  let server: TestServer;
  beforeAll(async () => {
    mkdirSync(artefacts, { recursive: true });
    ({ s, server } = await startNewsBrowser({ mutations: true }));
  });
  afterAll(() => stopNewsBrowser(s, server));

  const painted = (page: Page, seed: (typeof seeds)[number]) => page.evaluate(readPaintedInPage, blockStarts(seed)) as Promise<PaintedSpan[]>;
  const open = (slug: string, query = '') => openScanned(s, server, `/news/${slug}.html${query}`);

  for (const seed of seeds) {
    it(`paints exactly the gold mentions of ${seed.file}, and nothing in fields, editable boxes or scripts`, async () => {
      const page = await open(seed.slug);
      expect(articleKeys(await painted(page, seed), seed)).toEqual(goldKeys(seed).required);
      const outside = (await painted(page, seed)).filter((p) => p.where !== null);
      // Outside the article, only the related headlines and the comments are text to read.
      for (const p of outside) expect(p.where).toMatch(/^(main\.layout>aside\.related|section\.comments>div\.comment)/);
      await page.close();
    });
  }

  it("leaves the page's DOM exactly as served: no element added, removed or changed, no mutation at all", async () => {
    const seed = seeds[0];
    const page = await open(seed.slug);
    const served = await (await fetch(`${server.origin}/news/${seed.slug}.html`)).text();
    const same = await page.evaluate((html) => {
      const parsed = new DOMParser().parseFromString(html, 'text/html');
      return { article: parsed.querySelector('#article')!.outerHTML === document.querySelector('#article')!.outerHTML, body: parsed.body.outerHTML === document.body.outerHTML };
    }, served);
    expect(same).toEqual({ article: true, body: true });
    expect(await page.evaluate(() => (window as unknown as { mbrMutations: string[] }).mbrMutations)).toEqual([]);
    // Opening a card adds one element, the extension's host, to <html>, outside the body.
    const at = await page.evaluate(rangeCentreInPage, ['mbr-base', 1] as [string, number]);
    await page.mouse.move(at!.x, at!.y);
    await page.locator(DIALOG).waitFor();
    expect(await page.evaluate(() => (window as unknown as { mbrMutations: string[] }).mbrMutations)).toEqual(['childList HTML MILITIA-BASE-READER']);
    expect(await page.evaluate(() => document.body.querySelector('militia-base-reader'))).toBeNull();
    expect(await page.evaluate((html) => new DOMParser().parseFromString(html, 'text/html').body.outerHTML === document.body.outerHTML, served)).toBe(true);
    await page.close();
  });

  it('opens the card of the hovered mention: names, type, place, hosted forces, incidents with sources; a near-miss says so', async () => {
    const page = await open(seeds[0].slug);
    const at = await page.evaluate(rangeCentreInPage, ['mbr-base', 1] as [string, number]);
    expect(at!.text).toBe('خراب الجبير');
    await page.mouse.move(at!.x, at!.y);
    const dialog = page.locator(DIALOG);
    await dialog.waitFor();
    expect(await dialog.getAttribute('aria-labelledby')).toMatch(/^mbr-title-/);
    expect(await dialog.locator('h2').textContent()).toBe('Kharab al-Jir airfield (Rumalyn Landing Zone)');
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('قاعدة مطار خراب الجير');
    expect(text).toContain('Approximate match: “خراب الجبير”');
    expect(text).toContain('Hasakah Governorate, Syria');
    expect(text).toContain('United States');
    expect(text).toMatch(/Prior incidents: \d+/);
    expect(await dialog.locator('li.incident').count()).toBeGreaterThan(0);
    expect(await dialog.locator('li.incident a[href^="http"]').count()).toBeGreaterThan(0);
    // The pointer moves into the card: it stays open; away from both: it closes.
    const box = (await dialog.boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 20, { steps: 4 });
    // Past the close delay: a card the pointer had left would be gone by now.
    await afterPageTimer(page, 2 * DEFAULT_HOVER_TIMING.leaveMs);
    expect(await dialog.isVisible()).toBe(true);
    await page.mouse.move(5, 890, { steps: 4 });
    await dialog.waitFor({ state: 'detached', timeout: 3000 });
    await page.close();
  });

  it('opens a militia card on an exact mention, and keeps a screenshot of it (light and dark page)', async () => {
    for (const theme of ['light', 'dark']) {
      const page = await open(seeds[0].slug, theme === 'dark' ? '?theme=dark' : '');
      const at = await page.evaluate(rangeCentreInPage, ['mbr-militia', 0] as [string, number]);
      expect(at!.text).toBe('المقاومة الإسلامية في العراق');
      await page.mouse.move(at!.x, at!.y);
      const dialog = page.locator(DIALOG);
      await dialog.waitFor();
      expect(await dialog.locator('h2').textContent()).toBe('Islamic Resistance in Iraq');
      expect(await dialog.textContent()).not.toContain('Approximate match');
      await untilStill(page, () => dialog.boundingBox());
      await page.screenshot({ path: join(artefacts, `popover-chromium-${theme}.png`) });
      await page.close();
    }
  });
});

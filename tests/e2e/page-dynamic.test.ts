/**
 * Pages that change, in Chromium: a paragraph appended after load is highlighted
 * within a second; a page rendered by a script like a React app (rendered again
 * from scratch after load, then navigated in-app with pushState) keeps its
 * highlights equal to the gold mentions, works with hover, and never sees a node
 * it did not make; the fallback painter (overlay boxes in the extension's shadow
 * root, for browsers without the Highlight API) paints the same mentions and
 * leaves the page's DOM alone.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChromiumSession } from './harness';
import { DIALOG, articleKeys, blockStarts, goldKeys, rangeCentreInPage, readPaintedInPage, seeds, startNewsBrowser, stopNewsBrowser, waitForScan, type PaintedSpan } from './page-support';
import type { TestServer } from './server';

interface AppWindow {
  appRenders: number;
  appErrors: string[];
  appNavigate(slug: string): void;
  mbrProbes: { kind: string }[];
  mbrMutations: string[];
}

describe('pages that change, in Chromium', () => {
  let s: ChromiumSession;
  let server: TestServer;
  beforeAll(async () => void ({ s, server } = await startNewsBrowser({ mutations: true })));
  afterAll(() => stopNewsBrowser(s, server));

  const painted = (page: Page, seed: (typeof seeds)[number]) => page.evaluate(readPaintedInPage, blockStarts(seed)) as Promise<PaintedSpan[]>;
  const scanned = waitForScan;

  it('highlights a paragraph appended after load within a second', async () => {
    const page = await s.context.newPage();
    await page.goto(`${server.origin}/news/${seeds[1].slug}.html`);
    await scanned(page);
    const before = (await painted(page, seeds[1])).length;
    const text = 'عاجل: هجوم جديد بطائرة مسيّرة على قاعدة حرير الجوية، وكتائب حزب الله تتبنى.';
    const span = (name: string, s: string) => `${name}:${text.indexOf(s)}:${text.indexOf(s) + s.length}`;
    const appendedAt = Date.now();
    await page.evaluate((t) => {
      const p = document.createElement('p');
      p.id = 'live';
      p.textContent = t;
      document.querySelector('.article-body')!.append(p);
    }, text);
    const inLive = () => page.evaluate(() => {
      const out: string[] = [];
      for (const name of ['mbr-base', 'mbr-militia']) {
        for (const r of (CSS.highlights.get(name) ?? []) as unknown as Iterable<AbstractRange>) {
          if (r.startContainer.parentElement?.id === 'live') out.push(`${name}:${r.startOffset}:${r.endOffset}`);
        }
      }
      return out.sort();
    });
    await expect.poll(inLive, { timeout: 1000, interval: 25 }).toEqual([span('mbr-base', 'حرير'), span('mbr-militia', 'كتائب حزب الله')]);
    expect(Date.now() - appendedAt).toBeLessThan(1000);
    expect((await painted(page, seeds[1])).length).toBe(before + 2);
    await page.close();
  });

  it('keeps a script-rendered page (React-like) highlighted through re-renders and in-app navigation, and working with hover', async () => {
    const page = await s.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.origin}/app/${seeds[0].slug}`);
    await page.waitForFunction(() => (window as unknown as AppWindow).appRenders >= 2, null, { timeout: 10_000 });
    await expect.poll(async () => articleKeys(await painted(page, seeds[0]), seeds[0]), { timeout: 5000 }).toEqual(goldKeys(seeds[0]).required);

    for (const seed of [seeds[2], seeds[4]]) {
      await page.click(`a[data-spa="${seed.slug}"]`);
      // Playwright learns of a pushState by an event of its own, not with the click's reply.
      await expect.poll(() => page.url()).toBe(`${server.origin}/app/${seed.slug}`);
      await expect.poll(async () => articleKeys(await painted(page, seed), seed), { timeout: 5000 }).toEqual(goldKeys(seed).required);
    }
    await page.goBack();
    await expect.poll(async () => articleKeys(await painted(page, seeds[2]), seeds[2]), { timeout: 5000 }).toEqual(goldKeys(seeds[2]).required);

    const at = await page.evaluate(rangeCentreInPage, ['mbr-militia', 0] as [string, number]);
    await page.mouse.move(at!.x, at!.y);
    await page.locator(DIALOG).waitFor();
    expect(await page.evaluate(() => (window as unknown as AppWindow).appErrors)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('paints with overlay boxes where the Highlight API is missing, leaving the text and the DOM as they were', async () => {
    const seed = seeds[0];
    const page = await s.context.newPage();
    await page.goto(`${server.origin}/news/${seed.slug}.html?mbr-paint=overlay`);
    await scanned(page);
    const probe = await page.evaluate(() => (window as unknown as { mbrProbes: { kind: string; painter?: string; mentions?: number }[] }).mbrProbes.find((p) => p.kind === 'scan'));
    expect(probe?.painter).toBe('overlay');
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    const boxes = page.locator('militia-base-reader div[data-mention]');
    await expect.poll(() => boxes.count()).toBeGreaterThanOrEqual(probe!.mentions!);
    // The box of the second base mention covers the text of «خراب الجبير» in the article's first paragraph.
    const served = await (await fetch(`${server.origin}/news/${seed.slug}.html`)).text();
    expect(await page.evaluate((html) => new DOMParser().parseFromString(html, 'text/html').body.outerHTML === document.body.outerHTML, served)).toBe(true);
    const mutations = await page.evaluate(() => (window as unknown as AppWindow).mbrMutations);
    expect(mutations).toEqual(['childList HTML MILITIA-BASE-READER']);
    // Hover works by caret hit-testing.
    const para = page.locator('#article [data-block="1"]');
    const box = (await para.boundingBox())!;
    const target = await page.evaluate(() => {
      const t = document.querySelector('#article [data-block="1"]')!.firstChild as Text;
      const i = t.data.indexOf('خراب الجبير');
      const r = document.createRange();
      r.setStart(t, i);
      r.setEnd(t, i + 11);
      const b = r.getClientRects()[0];
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    });
    expect(target.y).toBeGreaterThan(box.y);
    await page.mouse.move(target.x, target.y);
    await page.locator(DIALOG).waitFor();
    expect(await page.locator(`${DIALOG} h2`).textContent()).toBe('Kharab al-Jir airfield (Rumalyn Landing Zone)');
    await page.close();
  });
});

/**
 * The reader's path in Firefox ESR (puppeteer-core), with real mouse gestures:
 * a drag across a paragraph holding a highlighted name selects what Firefox
 * selects without the extension and opens no card; a double-click on a name
 * selects the word, as without the extension, and opens no card.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxExtension, firefoxPath } from './harness';
import { articleKeys, blockStarts, DIALOG_PIERCING as DIALOG, goldKeys, pollFor, rangeCentreInPage, readPaintedInPage, seeds, serveNews, type PaintedSpan } from './page-support';
import { cardsSeenInPage, paragraphGestureInPage, recordCards, selectionInPage, squash } from './reader-support';
import type { TestServer } from './server';

describe("the reader's path in Firefox ESR", () => {
  let browser: Browser;
  /** Firefox without the extension: what a gesture selects there is the reference. */
  let plain: Browser;
  let server: TestServer;
  beforeAll(async () => {
    server = await serveNews();
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, headless: true });
    await browser.installExtension(firefoxExtension);
    plain = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath, headless: true });
  });
  afterAll(async () => {
    await browser?.close();
    await plain?.close();
    await server?.close();
  });

  const open = async (b: Browser, slug: string, painted: boolean) => {
    const page = await b.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${server.origin}/news/${slug}.html`);
    const seed = seeds.find((s) => s.slug === slug)!;
    if (painted) await pollFor(async () => articleKeys((await page.evaluate(readPaintedInPage, blockStarts(seed))) as PaintedSpan[], seed), goldKeys(seed).required);
    await page.evaluate(recordCards);
    return page;
  };
  const drag = async (page: Page, from: { x: number; y: number }, to: { x: number; y: number }) => {
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 30 });
    await page.mouse.up();
  };
  /** Hovers another mention and waits for its card: any card the gesture before it had set off would have shown by then. */
  const proveHoverStillWorks = async (page: Page) => {
    const at = await page.evaluate(rangeCentreInPage, ['mbr-base', 0] as [string, number]);
    await page.mouse.move(at!.x, at!.y, { steps: 3 });
    const card = await page.waitForSelector(DIALOG, { visible: true, timeout: 5000 });
    return card!.evaluate((d) => d.querySelector('h2')!.textContent ?? '');
  };

  it('selects a paragraph across a highlighted name as plain Firefox does, with no card', async () => {
    const page = await open(browser, seeds[0].slug, true);
    const g = (await page.evaluate(paragraphGestureInPage, null))!;
    expect(g.mention).not.toBeNull();
    await drag(page, g.start, g.end);
    const selected = await page.evaluate(selectionInPage);
    const reference = await open(plain, seeds[0].slug, false);
    const r = (await reference.evaluate(paragraphGestureInPage, g.block))!;
    expect(r.start).toEqual(g.start);
    await drag(reference, r.start, r.end);
    expect(selected).toBe(await reference.evaluate(selectionInPage));
    expect(squash(selected)).toBe(squash(g.text));
    await reference.close();
    const other = await proveHoverStillWorks(page);
    // The recorder looks once a frame; the card can be found before its first frame.
    expect(await pollFor(() => page.evaluate(cardsSeenInPage), [other])).toEqual([other]);
    await page.close();
  });

  it('selects the word on a double-click on a name, as plain Firefox does, and opens no card', async () => {
    const page = await open(browser, seeds[0].slug, true);
    const g = (await page.evaluate(paragraphGestureInPage, null))!;
    await page.mouse.move(g.mention!.x, g.mention!.y);
    await page.mouse.click(g.mention!.x, g.mention!.y, { count: 2 });
    await page.mouse.move(g.mention!.x + 1, g.mention!.y, { steps: 2 });
    const word = await page.evaluate(selectionInPage);
    const reference = await open(plain, seeds[0].slug, false);
    await reference.evaluate(paragraphGestureInPage, g.block);
    await reference.mouse.click(g.mention!.x, g.mention!.y, { count: 2 });
    expect(word).toBe(await reference.evaluate(selectionInPage));
    expect(word.trim()).not.toBe('');
    await reference.close();
    const other = await proveHoverStillWorks(page);
    // The recorder looks once a frame; the card can be found before its first frame.
    expect(await pollFor(() => page.evaluate(cardsSeenInPage), [other])).toEqual([other]);
    await page.close();
  });
});

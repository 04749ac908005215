/**
 * The reader's path in Chromium, with real mouse gestures (press, move in steps,
 * release) and the keyboard (issue 11):
 * - a drag across a paragraph holding a highlighted name selects exactly what
 *   Chromium selects without the extension, no card ever opens during it, and
 *   «Save selection as clip» saves that paragraph and says so on the page;
 * - a double-click on a name selects the word, as without the extension, and
 *   opens no card;
 * - on every seed page the card's actions are inside the viewport and one Tab
 *   away when the card opens;
 * - screenshots of the card in Arabic and English, light and dark page, 1280 and
 *   400 px wide, kept in test-results/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../fixtures/run-cli';
import { chromiumPath, type ChromiumSession } from './harness';
import { DIALOG, openScanned, rangeCentreInPage, seeds, startNewsBrowser, stopNewsBrowser, untilStill } from './page-support';
import { cardsSeenInPage, paragraphGestureInPage, recordCards, selectionInPage, squash } from './reader-support';
import type { TestServer } from './server';

declare const chrome: { tabs: { query(q: object): Promise<{ id: number; url: string }[]> }; storage: { local: { set(items: object): Promise<void> } } };
declare const mbrClipService: { saveSelection(tab: object): Promise<unknown> };
declare const mbrPageService: { onCommand(command: string, tab: object): Promise<void> };

const artefacts = join(root, 'test-results');

describe("the reader's path in Chromium", () => {
  let s: ChromiumSession;
  let server: TestServer;
  /** Chromium without the extension: what a drag selects there is the reference. */
  let plain: Browser;
  beforeAll(async () => {
    mkdirSync(artefacts, { recursive: true });
    ({ s, server } = await startNewsBrowser());
    await s.context.addInitScript(recordCards);
    plain = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  });
  afterAll(async () => {
    await plain?.close();
    await stopNewsBrowser(s, server);
  });

  const open = (slug: string, query = '') => openScanned(s, server, `/news/${slug}.html${query}`);
  const openPlain = async (slug: string) => {
    const page = await plain.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.origin}/news/${slug}.html`);
    return page;
  };
  const tabOf = (page: Page) => s.worker.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)!, page.url());
  const cardsSeen = (page: Page) => page.evaluate(cardsSeenInPage);
  /** Press, move in steps, release: what a reader's hand does. */
  const drag = async (page: Page, from: { x: number; y: number }, to: { x: number; y: number }) => {
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 30 });
    await page.mouse.up();
  };
  /** Hovers another mention and waits for its card: any card the gesture before it had set off would have shown by then. */
  const proveHoverStillWorks = async (page: Page, kind: 'mbr-base' | 'mbr-militia', index: number) => {
    const at = await page.evaluate(rangeCentreInPage, [kind, index] as [string, number]);
    await page.mouse.move(at!.x, at!.y, { steps: 3 });
    await page.locator(DIALOG).waitFor();
    return (await page.locator(`${DIALOG} h2`).textContent()) ?? '';
  };
  const setLanguage = (language: string) => s.worker.evaluate((l) => chrome.storage.local.set({ settings: { language: l } }), language);

  for (const seed of [seeds[0], seeds[3]]) {
    it(`selects a paragraph across a highlighted name of ${seed.file} as plain Chromium does, with no card, and saves exactly it as a clip`, async () => {
      const page = await open(seed.slug);
      const g = (await page.evaluate(paragraphGestureInPage, null))!;
      expect(g.mention).not.toBeNull();
      await drag(page, g.start, g.end);
      const selected = await page.evaluate(selectionInPage);

      const reference = await openPlain(seed.slug);
      const r = (await reference.evaluate(paragraphGestureInPage, g.block))!;
      expect(r.start).toEqual(g.start);
      await drag(reference, r.start, r.end);
      expect(selected).toBe(await reference.evaluate(selectionInPage));
      expect(squash(selected)).toBe(squash(g.text));
      await reference.close();

      expect(await cardsSeen(page)).toEqual([]);
      // «Save selection as clip» (what the context menu item runs) saves that paragraph and says so on the page.
      expect(await s.worker.evaluate(async (tab) => mbrClipService.saveSelection(tab), await tabOf(page))).toMatchObject({ ok: true });
      const notice = page.locator('militia-base-reader .clip-notice[data-state=saved]');
      await notice.waitFor();
      expect(await notice.locator('[role=status]').textContent()).toBe('The selected text was saved as a clip.');
      await page.waitForFunction(() => (window as unknown as { mbrProbes: { kind: string; marks?: unknown[] }[] }).mbrProbes.some((p) => p.kind === 'clips'));
      const marks = await page.evaluate(() => (window as unknown as { mbrProbes: { kind: string; marks: { text: string }[] }[] }).mbrProbes.filter((p) => p.kind === 'clips').at(-1)!.marks.map((m) => m.text));
      expect(marks.map(squash)).toContain(squash(g.text));
      expect(await page.evaluate(selectionInPage)).toBe(selected);
      await notice.getByRole('button', { name: 'Dismiss' }).click();
      await notice.waitFor({ state: 'detached' });
      expect(await cardsSeen(page)).toEqual([]);
      await page.close();
    });
  }

  it('selects the word on a double-click on a name, as plain Chromium does, and opens no card', async () => {
    const page = await open(seeds[0].slug);
    const g = (await page.evaluate(paragraphGestureInPage, null))!;
    await page.mouse.move(g.mention!.x, g.mention!.y);
    await page.mouse.dblclick(g.mention!.x, g.mention!.y);
    await page.mouse.move(g.mention!.x + 1, g.mention!.y, { steps: 2 }); // the hand rests on the word
    const word = await page.evaluate(selectionInPage);
    const reference = await openPlain(seeds[0].slug);
    await reference.evaluate(paragraphGestureInPage, g.block);
    await reference.mouse.dblclick(g.mention!.x, g.mention!.y);
    expect(word).toBe(await reference.evaluate(selectionInPage));
    expect(word.trim()).not.toBe('');
    await reference.close();
    // Another mention, elsewhere, still opens its card; the double-clicked one never did.
    const other = await proveHoverStillWorks(page, 'mbr-base', 0);
    // The recorder looks once a frame; the card can be found before its first frame.
    await expect.poll(() => cardsSeen(page)).toEqual([other]);
    await page.close();
  });

  it('closes the open card when a drag starts', async () => {
    const page = await open(seeds[0].slug);
    const g = (await page.evaluate(paragraphGestureInPage, null))!;
    await page.mouse.move(g.mention!.x, g.mention!.y);
    await page.locator(DIALOG).waitFor();
    await page.mouse.down();
    await page.mouse.move(g.end.x, g.end.y, { steps: 10 });
    await page.locator(DIALOG).waitFor({ state: 'detached' });
    await page.mouse.up();
    await page.close();
  });

  it('ignores pointer events made by the page: its script cannot open a card', async () => {
    const page = await open(seeds[0].slug);
    const g = (await page.evaluate(paragraphGestureInPage, null))!;
    await page.evaluate(({ x, y }) => {
      const on = document.elementFromPoint(x, y)!;
      for (const type of ['pointermove', 'pointerdown', 'pointerup', 'pointermove'])
        on.dispatchEvent(new PointerEvent(type, { clientX: x, clientY: y, bubbles: true, composed: true, pointerType: type === 'pointermove' ? 'mouse' : 'touch' }));
    }, g.mention!);
    const other = await proveHoverStillWorks(page, 'mbr-base', 0);
    // The recorder looks once a frame; the card can be found before its first frame.
    await expect.poll(() => cardsSeen(page)).toEqual([other]);
    await page.close();
  });

  for (const seed of seeds) {
    it(`on ${seed.file}, the card's actions are in the viewport and one Tab away when it opens`, async () => {
      const page = await open(seed.slug);
      await s.worker.evaluate(async (url) => mbrPageService.onCommand('next-mention', (await chrome.tabs.query({})).find((t) => t.url === url)!), page.url());
      const dialog = page.locator(DIALOG);
      await dialog.waitFor();
      const buttons = dialog.locator('[role=toolbar] button');
      expect(await buttons.count()).toBe(4);
      for (const box of await Promise.all((await buttons.all()).map((b) => b.boundingBox()))) {
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.y).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
        expect(box!.y + box!.height).toBeLessThanOrEqual(900);
      }
      const focused = () => page.evaluate(() => {
        const inner = document.activeElement?.shadowRoot?.activeElement;
        return inner ? `${inner.closest('[role=toolbar]') ? 'toolbar ' : ''}${inner.getAttribute('class') ?? inner.localName}` : null;
      });
      await expect.poll(focused).toBe('popover');
      await page.keyboard.press('Tab');
      expect(await focused()).toBe('toolbar save-clip');
      // The other actions along the toolbar with the arrow keys; the last is Close.
      await page.keyboard.press('End');
      expect(await focused()).toBe('toolbar close');
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'detached' });
      await page.close();
    });
  }

  it('keeps screenshots of the card: Arabic and English, light and dark page, 1280 and 400 px wide', async () => {
    try {
      for (const lang of ['ar', 'en'] as const) {
        await setLanguage(lang);
        for (const theme of ['light', 'dark'] as const) {
          for (const width of [1280, 400]) {
            const page = await open(seeds[1].slug, theme === 'dark' ? '?theme=dark' : '');
            await page.setViewportSize({ width, height: 900 });
            const at = await page.evaluate(rangeCentreInPage, ['mbr-base', 0] as [string, number]);
            await page.mouse.move(at!.x, at!.y);
            const dialog = page.locator(DIALOG);
            await dialog.waitFor();
            expect(await dialog.getAttribute('lang')).toBe(lang);
            expect(await dialog.getAttribute('data-scheme')).toBe(theme);
            // Type no smaller than the article's, the card inside the viewport.
            const [card, article] = await Promise.all([
              dialog.evaluate((d) => Number.parseFloat(getComputedStyle(d).fontSize)),
              page.evaluate(() => Number.parseFloat(getComputedStyle(document.querySelector('#article p[data-block]')!).fontSize)),
            ]);
            expect(card).toBeGreaterThanOrEqual(Math.min(article, 20));
            const box = (await untilStill(page, () => dialog.boundingBox()))!;
            expect(box.x).toBeGreaterThanOrEqual(0);
            expect(box.x + box.width).toBeLessThanOrEqual(width);
            await page.screenshot({ path: join(artefacts, `card-${lang}-${theme}-${width}.png`) });
            await page.close();
          }
        }
      }
    } finally {
      await setLanguage('auto');
    }
  });
});

/**
 * The builds a user opens (the store build for Chrome and Firefox, and `npm start`'s
 * demo build) carry no test hook, and in the user's build a hostile page can
 * neither read the card, nor squat its element's name, nor learn the extension's
 * id from its start-up, nor switch the reader off with WXT's start-up event.
 *
 * The user's build runs only on the listed news sites over https, so the page is
 * served under a listed site's address by Playwright's request routing: no request
 * leaves the machine, and the browser runs the content script as it would there.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsPageHtml } from '../fixtures/news-pages';
import { root } from '../fixtures/run-cli';
import { launchChromium, type ChromiumSession } from './harness';
import { rangeCentreInPage, seeds } from './page-support';

/** Every name a test hook answers to or posts under (adapters/page/test-hooks.ts, the services' e2e handles). */
const HOOK_NAMES = ['mbrProbe', 'mbrBench', 'mbrBenchResult', 'mbrPageService', 'mbrClipService', 'mbr-paint'];

const output = (dir: string) => join(root, '.output', dir);
/** The text of every script of a build. */
function scriptsOf(dir: string): string {
  const files = readdirSync(output(dir), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(m?js)$/.test(f));
  return files.map((f) => readFileSync(join(output(dir), f), 'utf8')).join('\n');
}
const hooksIn = (text: string) => HOOK_NAMES.filter((name) => text.includes(name));

beforeAll(() => {
  // The user's builds (global-setup.ts made the e2e and demo builds).
  for (const args of [['wxt', 'build'], ['wxt', 'build', '-b', 'firefox']]) execFileSync('npx', args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}, 180_000);

describe('the builds a user opens', () => {
  it('carry no test hook, and the card’s shadow root is closed there', () => {
    const e2e = scriptsOf('chrome-mv3-e2e');
    expect(hooksIn(e2e)).toEqual(HOOK_NAMES); // the names are right: the test build has them all
    expect(e2e).toMatch(/attachShadow\(\{mode:[`"']open[`"']\}\)/);
    for (const build of ['chrome-mv3', 'firefox-mv2', 'chrome-mv3-demo']) {
      const text = scriptsOf(build);
      expect(hooksIn(text), build).toEqual([]);
      expect(text, build).toMatch(/attachShadow\(\{mode:[`"']closed[`"']\}\)/);
      expect(text, build).not.toMatch(/attachShadow\(\{mode:[`"']open/);
    }
  });
});

/** A page of a listed site (Al Jazeera's address) that defines the old fixed element name first and records every message posted to it. */
const HOSTILE_URL = 'https://www.aljazeera.net/news/2024/1/28/user-build-test';
const hostilePage = () => {
  const w = window as unknown as { posted: string[]; squatted: number };
  w.posted = [];
  w.squatted = 0;
  window.addEventListener('message', (e) => w.posted.push(JSON.stringify(e.data)));
  customElements.define(
    'militia-base-reader',
    class extends HTMLElement {
      constructor() {
        super();
        w.squatted++;
        this.attachShadow({ mode: 'open' }).textContent = 'taken';
      }
    },
  );
};

/** True if an element with role=dialog is in the page, closed shadow roots included (DevTools sees them; scripts do not). */
async function cardShown(cdp: CDPSession): Promise<boolean> {
  type DomNode = { attributes?: string[]; children?: DomNode[]; shadowRoots?: DomNode[] };
  const hasDialog = (n: DomNode): boolean => {
    const a = n.attributes ?? [];
    for (let i = 0; i < a.length; i += 2) if (a[i] === 'role' && a[i + 1] === 'dialog') return true;
    return [...(n.children ?? []), ...(n.shadowRoots ?? [])].some(hasDialog);
  };
  const { root: doc } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  return hasDialog(doc);
}

async function hoverUntilCard(page: Page, cdp: CDPSession): Promise<void> {
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('mbr-base')?.size ?? 0), { timeout: 30_000 }).toBeGreaterThan(0);
  const at = await page.evaluate(rangeCentreInPage, ['mbr-base', 0] as [string, number]);
  await page.mouse.move(at!.x, at!.y);
  await expect.poll(() => cardShown(cdp), { timeout: 10_000 }).toBe(true);
}

describe('the user’s build in Chromium, on a hostile page of a listed site', () => {
  let s: ChromiumSession;
  beforeAll(async () => {
    s = await launchChromium(output('chrome-mv3'));
    await s.context.route('https://www.aljazeera.net/**', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: newsPageHtml(seeds[0], { related: seeds }) }));
    await s.context.addInitScript(hostilePage);
  });
  afterAll(() => s?.close());

  it('opens the card although the page defined `militia-base-reader` first, and the page cannot read into it', async () => {
    const page = await s.context.newPage();
    const cdp = await s.context.newCDPSession(page);
    await page.goto(HOSTILE_URL);
    await hoverUntilCard(page, cdp);
    const seen = await page.evaluate(() => {
      const host = document.documentElement.lastElementChild!;
      return { tag: host.localName, shadowRoot: host.shadowRoot === null ? null : 'readable', squatted: (window as unknown as { squatted: number }).squatted };
    });
    expect(seen).toEqual({ tag: expect.stringMatching(/^mbr-[a-z]{8}$/), shadowRoot: null, squatted: 0 });
    await page.close();
  });

  it('posts nothing to the page that names the extension, and a forged WXT start-up event does not switch the reader off', async () => {
    const page = await s.context.newPage();
    const cdp = await s.context.newCDPSession(page);
    await page.goto(HOSTILE_URL);
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('mbr-base')?.size ?? 0), { timeout: 30_000 }).toBeGreaterThan(0);
    const posted = await page.evaluate(() => (window as unknown as { posted: string[] }).posted);
    expect(posted.filter((m) => m.includes(s.extensionId))).toEqual([]);
    // A page that knows the id (a store extension's is public) dispatches WXT's event, as a newer copy of the script would.
    await page.evaluate((id) => {
      for (const entrypoint of ['content', 'undefined']) {
        document.dispatchEvent(new CustomEvent(`${id}:${entrypoint}:wxt:content-script-started`, { detail: { contentScriptName: entrypoint, messageId: 'forged' } }));
      }
    }, s.extensionId);
    await hoverUntilCard(page, cdp);
    expect(await page.evaluate(() => CSS.highlights.get('mbr-base')?.size ?? 0)).toBeGreaterThan(0);
    await page.close();
  });
});

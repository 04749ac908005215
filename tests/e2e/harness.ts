/**
 * Real browsers with the built extension, for end-to-end tests. Debian's Chromium
 * (playwright-core) and Firefox ESR (puppeteer-core); no test tool downloads a
 * browser. The extension is built once per run by ./global-setup.ts into
 * .output/chrome-mv3-e2e and .output/firefox-mv2-e2e (`--mode e2e`: it also runs on
 * http://127.0.0.1, where tests serve pages).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { root } from '../fixtures/run-cli';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const chromeExtension = join(root, '.output/chrome-mv3-e2e');
export const firefoxExtension = join(root, '.output/firefox-mv2-e2e');

export interface ChromiumSession {
  readonly context: BrowserContext;
  readonly extensionId: string;
  /** The extension's service worker. */
  readonly worker: Worker;
  readonly profile: string;
  close(): Promise<void>;
}

/** Starts headless Chromium on a fresh profile with the built extension loaded. */
export async function launchChromium(extension = chromeExtension): Promise<ChromiumSession> {
  const profile = mkdtempSync(join(tmpdir(), 'e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless=new',
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    viewport: { width: 1280, height: 900 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    profile,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

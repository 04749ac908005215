/**
 * Accessibility checked by a tool (issue 11) on the analyst's pages: axe-core runs
 * on the clip library (with clips, while searching, with two undo notices open)
 * and on the incident list, in Arabic and in English, in Chromium with the built
 * extension. No serious or critical violation is allowed; each one found is listed
 * with its rule and element. Screenshots of the library are kept as artefacts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportJson } from '../../lib/export';
import { sampleClips } from '../fixtures/clips';
import { root } from '../fixtures/run-cli';
import { launchChromium, type ChromiumSession } from './harness';

declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };
interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: unknown[] }[];
}
declare const axe: { run(context: unknown, options: object): Promise<{ violations: AxeViolation[] }> };

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const artefacts = join(root, 'test-results');

describe('axe-core on the clip library and the incident list', () => {
  let s: ChromiumSession;
  let clipsFile: string;
  beforeAll(async () => {
    s = await launchChromium();
    mkdirSync(artefacts, { recursive: true });
    clipsFile = join(artefacts, 'library-axe-clips.json');
    writeFileSync(clipsFile, exportJson(await sampleClips(), { exportedAt: new Date('2024-03-01T12:00:00.000Z') }));
  });
  afterAll(async () => {
    await s?.close();
  });

  /** Serious and critical violations of the page, as "rule: element" lines. */
  const serious = async (page: Page) => {
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
    const { violations } = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
  };
  const open = async (path: string, ready: string) => {
    const page = await s.context.newPage();
    await page.goto(`chrome-extension://${s.extensionId}/${path}`);
    await page.locator(ready).first().waitFor();
    await page.waitForFunction(() => !document.querySelector('[aria-busy=true]'));
    return page;
  };

  for (const lang of ['en', 'ar'] as const) {
    it(`finds no serious or critical violation in ${lang === 'ar' ? 'Arabic' : 'English'}: library (listed, searched, two undos) and incidents`, async () => {
      await s.worker.evaluate((l) => chrome.storage.local.set({ settings: { language: l } }), lang);
      const found: Record<string, string[]> = {};
      const library = await open('library.html', 'h1');
      if ((await library.locator('li.clip').count()) === 0) {
        await library.setInputFiles('input[type=file][name=import]', clipsFile);
        await expect.poll(() => library.locator('li.clip').count(), { timeout: 10_000 }).toBe(4);
      }
      await expect.poll(() => library.locator('html').getAttribute('lang')).toBe(lang);
      found.library = await serious(library);
      await library.screenshot({ path: join(artefacts, `library-${lang}.png`), fullPage: true });

      await library.locator('input[name=q]').fill('Ain al Asd');
      await expect.poll(() => library.locator('li.clip').count()).toBeLessThan(4);
      found.searched = await serious(library);
      await library.locator('input[name=q]').fill('');
      await expect.poll(() => library.locator('li.clip').count()).toBe(4);

      for (const n of [1, 2]) {
        await library.locator('li.clip button.delete-clip').first().click();
        await expect.poll(() => library.locator('.toast').count()).toBe(n);
      }
      found.undos = await serious(library);
      await library.screenshot({ path: join(artefacts, `library-undo-${lang}.png`) });
      while ((await library.locator('.toast button.undo').count()) > 0) await library.locator('.toast button.undo').first().click();
      await expect.poll(() => library.locator('li.clip').count()).toBe(4);
      await library.close();

      const incidents = await open('incidents.html?entity=ain-al-asad', 'article.incident');
      found.incidents = await serious(incidents);
      await incidents.close();
      expect(found).toEqual({ library: [], searched: [], undos: [], incidents: [] });
    });
  }
});

/**
 * The radar on a page, in Chromium with the built extension: a name the article
 * introduces as a new group's is marked apart from the mentions (its own, quieter
 * highlight), and its card says it is not in the dataset and copies a proposed
 * record (the article's address as source) to the clipboard, saying so. The
 * sentences are ours: a group that does not exist, beside a base that does.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness';
import { rangeCentreInPage, recordProbes, waitForScan } from './page-support';
import { serve, type TestServer } from './server';

const arabic = 'وأعلنت جماعة تطلق على نفسها اسم «سرايا الجسر الغربي» مسؤوليتها عن قصف قاعدة عين الأسد فجر اليوم.';
const english = 'A previously unknown group calling itself the Guardians of the Western Bridge said it launched the drones at Ain al-Asad.';
const page = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>خبر</title></head>
<body><main><article id="article"><h1>قصف قاعدة عين الأسد</h1><p id="ar">${arabic}</p><p id="en" lang="en" dir="ltr">${english}</p></article></main></body></html>`;

const CARD = 'militia-base-reader .candidate[role=dialog]';

declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };
declare const axe: { run(context: unknown, options: object): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> };
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe-core violations in the radar's card, as "rule: element" lines. */
async function seriousInCard(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const { violations } = await page.evaluate(() => axe.run({ include: [['militia-base-reader', '.candidate[role=dialog]']] }, { resultTypes: ['violations'] }));
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
}

/** The texts of a highlight's ranges, in the page. */
const paintedTexts = (name: string) => [...((CSS.highlights.get(name) ?? []) as Iterable<AbstractRange>)].map((r) => {
  const live = document.createRange();
  live.setStart(r.startContainer, r.startOffset);
  live.setEnd(r.endContainer, r.endOffset);
  return live.toString();
});

describe('the radar for groups not in the data, in Chromium', () => {
  let s: ChromiumSession;
  let server: TestServer;
  beforeAll(async () => {
    server = await serve({ '/radar.html': page });
    s = await launchChromium();
    await s.context.addInitScript(recordProbes);
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  });
  afterAll(async () => {
    await s?.worker.evaluate(() => chrome.storage.local.set({ settings: { language: 'auto' } }));
    await s?.close();
    await server?.close();
  });

  it('marks the new names apart from the mentions, and its card copies a proposal with the article as source', async () => {
    const tab = await s.context.newPage();
    await tab.goto(`${server.origin}/radar.html`);
    await waitForScan(tab);
    await expect.poll(() => tab.evaluate(paintedTexts, 'mbr-candidate')).toEqual(['سرايا الجسر الغربي', 'Guardians of the Western Bridge']);
    // The mentions are painted as before, and the new names are not mentions.
    expect(await tab.evaluate(paintedTexts, 'mbr-base')).toEqual(['عين الأسد', 'عين الأسد', 'Ain al-Asad']);
    expect(await tab.evaluate(paintedTexts, 'mbr-militia')).toEqual([]);

    const at = await tab.evaluate(rangeCentreInPage, ['mbr-candidate', 0] as [string, number]);
    await tab.mouse.move(at!.x, at!.y);
    const card = tab.locator(CARD);
    await card.waitFor();
    expect(await card.locator('h2').textContent()).toBe('سرايا الجسر الغربي');
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('Not in the dataset');
    expect(text).toContain('has no record of it yet');
    expect(text).toContain('جماعة تطلق على نفسها اسم');
    expect(await seriousInCard(tab)).toEqual([]);

    // Into the card, then copy: the card says so, and the clipboard holds the record.
    const button = card.locator('button.copy-proposal');
    const box = (await button.boundingBox())!;
    await tab.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    await button.click();
    await expect.poll(() => card.locator('.copy-status').textContent()).toContain('Proposal copied to the clipboard');
    const copied = JSON.parse(await tab.evaluate(() => navigator.clipboard.readText()));
    expect(copied).toMatchObject({ name_ar: 'سرايا الجسر الغربي', name_en: '', sources: [`${server.origin}/radar.html`], confidence: 'low', umbrella: [], designations: [] });
    expect(copied.aliases).toEqual([{ text: 'سرايا الجسر الغربي', lang: 'ar', source: `${server.origin}/radar.html` }]);
    expect(Object.keys(copied)).toEqual(['id', 'name_en', 'name_ar', 'type', 'umbrella', 'country', 'designations', 'description_en', 'description_ar', 'aliases', 'sources', 'confidence']);

    // Escape closes it; the English name has its own card, with an id from its name.
    await tab.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    const en = await tab.evaluate(rangeCentreInPage, ['mbr-candidate', 1] as [string, number]);
    await tab.mouse.move(en!.x, en!.y);
    await card.waitFor();
    expect(await card.locator('h2').textContent()).toBe('Guardians of the Western Bridge');
    expect(JSON.parse(await card.locator('textarea.proposal').inputValue())).toMatchObject({ id: 'guardians-of-the-western-bridge', name_en: 'Guardians of the Western Bridge' });
    await tab.close();
  });

  it('speaks Arabic when the reader does, with no serious accessibility violation', async () => {
    await s.worker.evaluate(() => chrome.storage.local.set({ settings: { language: 'ar' } }));
    const tab = await s.context.newPage();
    await tab.goto(`${server.origin}/radar.html`);
    await waitForScan(tab);
    await expect.poll(() => tab.evaluate(paintedTexts, 'mbr-candidate')).toHaveLength(2);
    const at = await tab.evaluate(rangeCentreInPage, ['mbr-candidate', 0] as [string, number]);
    await tab.mouse.move(at!.x, at!.y);
    const card = tab.locator(CARD);
    await card.waitFor();
    expect(await card.getAttribute('lang')).toBe('ar');
    expect(await card.getAttribute('dir')).toBe('rtl');
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('ليست في البيانات');
    expect(text).toContain('نسخ مقترح سجلّ للمشرفين');
    expect(await seriousInCard(tab)).toEqual([]);
    await tab.close();
  });
});

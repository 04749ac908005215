/**
 * The library's export zip in Chromium with enough clips that its large files are
 * packed in the page's zip worker (components/library/zip-worker.ts, bundled by
 * the build): the worker starts under the extension page's content security
 * policy, and the archive it helps make holds every file, deflated and readable.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clip } from '../../lib/clips/types';
import { exportJson } from '../../lib/export';
import { sampleClips } from '../fixtures/clips';
import { launchChromium, type ChromiumSession } from './harness';

const artefacts = join(process.cwd(), 'test-results');

describe('export zip packed in a worker (Chromium)', () => {
  let s: ChromiumSession;
  let clips: Clip[];
  let clipsFile: string;
  beforeAll(async () => {
    s = await launchChromium();
    mkdirSync(artefacts, { recursive: true });
    clips = [];
    for (let n = 0; n < 60; n++) for (const c of await sampleClips()) clips.push({ ...c, id: `${c.id}-${n}` });
    clipsFile = join(artefacts, 'export-worker-clips.json');
    writeFileSync(clipsFile, exportJson(clips, { exportedAt: new Date('2024-03-01T12:00:00.000Z') }));
  });
  afterAll(async () => {
    await s?.close();
  });

  it('starts the zip worker and downloads a whole archive, its large files deflated', async () => {
    const page: Page = await s.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`chrome-extension://${s.extensionId}/library.html`);
    await page.locator('h1').first().waitFor();
    await page.setInputFiles('input[type=file][name=import]', clipsFile);
    await expect.poll(() => page.locator('.export-status').textContent(), { timeout: 20_000 }).toMatch(/Imported|استيراد/);
    const [worker, download] = await Promise.all([
      page.waitForEvent('worker', { timeout: 20_000 }),
      page.waitForEvent('download', { timeout: 60_000 }),
      page.click('.formats button[data-format=zip]'),
    ]);
    expect(worker.url()).toMatch(/zip-worker/);
    const path = join(artefacts, 'export-worker.zip');
    await download.saveAs(path);
    const bytes = new Uint8Array(readFileSync(path));
    const zip = unzipSync(bytes);
    expect(JSON.parse(strFromU8(zip['clips.json']!)).clips).toHaveLength(clips.length);
    expect(Object.keys(zip).filter((n) => n.startsWith('notes/'))).toHaveLength(clips.length);
    // clips.json is the first entry: deflated (method 8 at offset 8 of its local header) and smaller than its text.
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    expect(view.getUint16(8, true)).toBe(8);
    expect(view.getUint32(18, true)).toBeLessThan(view.getUint32(22, true));
    expect(errors).toEqual([]);
  });
});

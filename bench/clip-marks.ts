/**
 * Clip marks on a live page (issue 10, audit: one clip took a 1.5 MB page that
 * updates constantly from 1 to 14 long tasks per 10 s, up to 634 ms): the long
 * page of bench/page.ts with a ticker rewritten every 200 ms and a paragraph
 * appended every second, in Chromium with the e2e build (`.output/chrome-mv3-e2e`,
 * built by `wxt build --mode e2e`; run under `flock /tmp/e2e.lock`). Counts the
 * page's long tasks over 10 s without a clip, then with one clip of the article
 * saved and the page reopened.
 *
 *   flock /tmp/e2e.lock npx tsx bench/clip-marks.ts [--no-build]
 */
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { loadSeeds, longArticleHtml, newsPageHtml } from '../tests/fixtures/news-pages';
import { root } from '../tests/fixtures/run-cli';
import { launchChromium } from '../tests/e2e/harness';
import { serve } from '../tests/e2e/server';
import { recordProbes } from '../tests/e2e/page-support';

declare const mbrClipService: { saveSelection(tab: unknown): Promise<{ ok: boolean }> };
declare const chrome: { tabs: { query(q: object): Promise<{ url?: string }[]> } };

const observeLongTasks = `<script>window.longTasks=[];new PerformanceObserver(l=>{for(const e of l.getEntries())longTasks.push({start:e.startTime,duration:e.duration})}).observe({type:'longtask',buffered:true});</script>`;
const live = `<script>addEventListener('DOMContentLoaded',()=>{const t=document.createElement('div');t.id='ticker';document.body.prepend(t);let n=0;setInterval(()=>{t.textContent='آخر تحديث '+Date.now()},200);setInterval(()=>{const p=document.createElement('p');p.textContent='تحديث مباشر رقم '+(n++);(document.querySelector('main')||document.body).append(p)},1000)})</script>`;

const probes = (page: Page) => page.evaluate(() => (window as unknown as { mbrProbes: { kind: string }[] }).mbrProbes);
const waitFor = (page: Page, kind: string) => page.waitForFunction((k) => (window as unknown as { mbrProbes: { kind: string }[] }).mbrProbes.some((p) => p.kind === k), kind, { timeout: 120_000 });

async function longTasksOver(page: Page, ms: number): Promise<number[]> {
  const from = await page.evaluate(() => {
    (window as unknown as { longTasks: unknown[] }).longTasks = [];
    return performance.now();
  });
  await page.waitForTimeout(ms);
  if (process.env.MBR_DEBUG) {
    const seen = await page.evaluate((t0) => ({
      tasks: (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks,
      probes: (window as unknown as { mbrProbes: { kind: string; ms?: number; at?: number }[] }).mbrProbes.filter((p) => p.kind !== 'first-paint').map((p) => ({ kind: p.kind, ms: p.ms })),
      t0,
    }), from);
    console.log(JSON.stringify(seen).slice(0, 3000));
  }
  return page.evaluate(() => (window as unknown as { longTasks: { duration: number }[] }).longTasks.map((t) => t.duration));
}

const summary = (xs: number[]) => `${xs.length} long tasks, longest ${xs.length ? Math.max(...xs).toFixed(0) : 0} ms`;

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) {
    execFileSync('npx', ['tsx', 'scripts/data-build.ts'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const seeds = loadSeeds();
  const html = newsPageHtml(seeds[0]!, { related: seeds, article: longArticleHtml(seeds, 1_500_000) }).replace('<head>', `<head>${observeLongTasks}${live}`);
  const server = await serve({ '/plain.html': html, '/clipped.html': html });
  const s = await launchChromium();
  try {
    await s.context.addInitScript(recordProbes);
    const plain = await s.context.newPage();
    await plain.goto(`${server.origin}/plain.html`, { timeout: 120_000 });
    await waitFor(plain, 'scan');
    await plain.waitForTimeout(2000);
    const plainLoad = await plain.evaluate(() => (window as unknown as { longTasks: { duration: number }[] }).longTasks.map((t) => t.duration));
    console.log(`no clip, on load: ${summary(plainLoad)} (${plainLoad.map((d) => d.toFixed(0)).join(', ')})`);
    const without = await longTasksOver(plain, 10_000);
    console.log(`no clip: ${summary(without)} in 10 s (${without.map((d) => d.toFixed(0)).join(', ')})`);
    await plain.close();

    const page = await s.context.newPage();
    await page.goto(`${server.origin}/clipped.html`, { timeout: 120_000 });
    await waitFor(page, 'scan');
    await page.evaluate(() => {
      const p = document.querySelectorAll('main p')[3]!;
      const r = document.createRange();
      r.selectNodeContents(p);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
    });
    const saved = await s.worker.evaluate(async (url) => mbrClipService.saveSelection((await chrome.tabs.query({})).find((t) => t.url === url)), page.url());
    if (!saved?.ok) throw new Error(`the clip was not saved: ${JSON.stringify(saved)}`);
    await page.reload({ timeout: 120_000 });
    await waitFor(page, 'scan');
    await waitFor(page, 'clips');
    await page.waitForTimeout(2000);
    const onLoad = await page.evaluate(() => (window as unknown as { longTasks: { duration: number }[] }).longTasks.map((t) => t.duration));
    console.log(`one clip, on load (reading, annotating, marking): ${summary(onLoad)} (${onLoad.map((d) => d.toFixed(0)).join(', ')})`);
    const withClip = await longTasksOver(page, 10_000);
    const marks = (await probes(page)).filter((p) => p.kind === 'clips').at(-1) as unknown as { marks: { text: string | null }[] };
    console.log(`one clip (${marks.marks[0]?.text ? 'marked' : 'not found'}): ${summary(withClip)} in 10 s (${withClip.map((d) => d.toFixed(0)).join(', ')})`);
  } finally {
    await s.close();
    await server.close();
  }
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

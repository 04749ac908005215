/**
 * The page features in Chromium with the built extension (e2e build, which runs on
 * 127.0.0.1 and answers the bench hook of adapters/page/bench-hook.ts):
 * - page_annotate_ms vs page_floor_ms: a complete annotation (read the text, run
 *   the engine, map to nodes, paint) against a bare TreeWalker read of every code
 *   unit of the same page's text, alternating in the same content script; on a seed
 *   page and on a long page (the seeds repeated to ~1.5 M characters of text);
 * - markjs_vs_ours: mark.js 8.11.1 marking the gazetteer's aliases on the same seed
 *   page (the extension switched off there), divided by our annotation time;
 * - long_page_first_paint_ms: from the start of the long page's navigation to the
 *   first mentions painted (the first viewport's; the frame after they were added
 *   to the painter), in a fresh tab of a browser that has annotated a page before;
 * - long_page_max_task_ms: the longest task of the extension while it annotates the
 *   long page on load (its own slices, and any long task the page saw meanwhile);
 * - popover_ms: from the hover intent firing to the card painted (median of eight;
 *   popover_first_ms: the first, which also puts the extension's host in the page).
 */
import { execFileSync } from 'node:child_process';

import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { gazetteer } from '../data/gazetteer';
import { loadSeeds, longArticleHtml, newsPageHtml } from '../tests/fixtures/news-pages';
import { root } from '../tests/fixtures/run-cli';
import { launchChromium, type ChromiumSession } from '../tests/e2e/harness';
import { serve } from '../tests/e2e/server';
import { rangeCentreInPage, recordProbes } from '../tests/e2e/page-support';
import { round, type Metric } from './measure';

declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };

interface ScanProbe {
  kind: 'scan';
  foldsMs: number;
  compileMs: number;
  compileLongestSliceMs: number;
  compileSlices: number;
  scanMs: number;
  mentions: number;
  startedAt: number;
  endedAt: number;
  longestSliceMs: number;
  slices: number;
  busyMs: number;
}

interface FirstPaintProbe {
  kind: 'first-paint';
  at: number;
  mentions: number;
  from: number;
  to: number;
  chars: number;
}

/** Registered in the page before anything runs: every long task the page sees. */
const observeLongTasks = `<script>window.longTasks=[];new PerformanceObserver(l=>{for(const e of l.getEntries())longTasks.push({start:e.startTime,duration:e.duration})}).observe({type:'longtask',buffered:true});</script>`;

const probes = (page: Page) => page.evaluate(() => (window as unknown as { mbrProbes: { kind: string }[] }).mbrProbes);

async function waitScan(page: Page): Promise<ScanProbe> {
  await page.waitForFunction(() => (window as unknown as { mbrProbes: { kind: string }[] }).mbrProbes.some((p) => p.kind === 'scan'), null, { timeout: 120_000 });
  return (await probes(page)).find((p) => p.kind === 'scan') as ScanProbe;
}

/** Medians of the floor and of our annotation, alternating `runs` times in the content script. */
function benchHook(page: Page, runs: number) {
  return page.evaluate(
    (n) =>
      new Promise<{ floorMs: number; annotateMs: number; readMs: number; findMs: number; mentions: number; chars: number }>((resolve) => {
        window.addEventListener('message', (e) => e.data?.mbrBenchResult && resolve(e.data.mbrBenchResult));
        window.postMessage({ mbrBench: 'annotate', runs: n }, '*');
      }),
    runs,
  );
}

/**
 * Median time of mark.js marking `aliases` in the body, `runs` times (unmarked in
 * between, untimed). As a string: the bench runs under tsx, whose helpers must not
 * leak into code evaluated in the page.
 */
async function markJs(page: Page, aliases: string[], runs: number): Promise<number> {
  await page.addScriptTag({ path: join(root, 'node_modules/mark.js/dist/mark.min.js') });
  return page.evaluate(`(() => {
    const terms = ${JSON.stringify(aliases)};
    const times = [];
    for (let i = 0; i < ${runs}; i++) {
      const m = new Mark(document.body);
      const t0 = performance.now();
      let t1 = 0;
      m.mark(terms, { separateWordSearch: false, done: () => { t1 = performance.now(); } });
      times.push((t1 || performance.now()) - t0);
      m.unmark();
    }
    return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
  })()`) as Promise<number>;
}

export async function benchPage(log: (line: string) => void): Promise<Metric[]> {
  const run = (args: string[]) => execFileSync('npx', args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  run(['tsx', 'scripts/data-build.ts']);
  run(['wxt', 'build', '--mode', 'e2e']);
  const seeds = loadSeeds();
  const longArticle = longArticleHtml(seeds, 1_500_000);
  const server = await serve({
    '/seed.html': newsPageHtml(seeds[0], { related: seeds }),
    '/long.html': newsPageHtml(seeds[0], { related: seeds, article: longArticle }).replace('<head>', `<head>${observeLongTasks}`),
  });
  const aliases = [...new Set(gazetteer.flatMap((e) => e.aliases.map((a) => a.text)))];
  let s: ChromiumSession | undefined;
  try {
    s = await launchChromium();
    await s.context.addInitScript(recordProbes);
    const page = await s.context.newPage();

    // Seed page.
    await page.goto(`${server.origin}/seed.html`);
    const seedScan = await waitScan(page);
    const seed = await benchHook(page, 9);
    log(`seed page: ${seed.chars.toLocaleString('en')} characters of text as read, ${seed.mentions} mentions; fold table decoded in ${seedScan.foldsMs.toFixed(1)} ms, gazetteer compiled in ${seedScan.compileMs.toFixed(1)} ms, in ${seedScan.compileSlices} slices of at most ${seedScan.compileLongestSliceMs.toFixed(1)} ms (the first page of a fresh browser: cold code)`);
    log(`seed page: floor ${seed.floorMs.toFixed(4)} ms, annotation ${seed.annotateMs.toFixed(4)} ms (of which reading the text ${seed.readMs.toFixed(4)} ms, engine and offset map ${seed.findMs.toFixed(4)} ms)`);

    // Popover: hover intent to card painted, on several mentions.
    const popover: number[] = [];
    for (let i = 0; i < 8; i++) {
      const at = await page.evaluate(rangeCentreInPage, [i % 2 ? 'mbr-militia' : 'mbr-base', Math.floor(i / 2)] as [string, number]);
      if (!at) continue;
      await page.mouse.move(5, 890);
      await page.waitForTimeout(450);
      const before = (await probes(page)).filter((p) => p.kind === 'popover').length;
      await page.mouse.move(at.x, at.y);
      await page.waitForFunction((n) => (window as unknown as { mbrProbes: { kind: string }[] }).mbrProbes.filter((p) => p.kind === 'popover').length > n, before, { timeout: 5000 });
    }
    const popoverMs = ((await probes(page)).filter((p) => p.kind === 'popover') as unknown as { ms: number }[]).map((p) => p.ms);
    log(`popover: ${popoverMs.map((x) => x.toFixed(1)).join(', ')} ms (first includes adding the host and the first render)`);

    // mark.js on the same page, with the extension switched off there.
    await s.worker.evaluate(() => chrome.storage.local.set({ settings: { disabledSites: ['127.0.0.1'] } }));
    const plain = await s.context.newPage();
    await plain.goto(`${server.origin}/seed.html`);
    const markMs = await markJs(plain, aliases, 7);
    log(`mark.js: ${aliases.length} aliases on the seed page: ${markMs.toFixed(1)} ms (median of 7)`);
    await plain.close();
    await s.worker.evaluate(() => chrome.storage.local.set({ settings: {} }));

    // Long page: the first annotation on load (sliced), then alternating medians.
    const long = await s.context.newPage();
    await long.goto(`${server.origin}/long.html`, { timeout: 120_000 });
    const longScan = await waitScan(long);
    const paints = (await probes(long)).filter((p) => p.kind === 'first-paint') as unknown as FirstPaintProbe[];
    // Before the first paint came first, the first mentions were painted with the rest, at the scan's end.
    const firstPaintMs = paints[0]?.at ?? longScan.endedAt;
    log(`long page first paint: ${firstPaintMs.toFixed(0)} ms after navigation start${paints[0] ? `, ${paints[0].mentions} mentions of the first viewport (text ${paints[0].from}–${paints[0].to} of ${paints[0].chars})` : ' (with every mention)'}; all ${longScan.mentions.toLocaleString('en')} painted at ${longScan.endedAt.toFixed(0)} ms; the fold table (after the dataset was read) began at ${longScan.startedAt.toFixed(0)} ms`);
    const tasks = (await long.evaluate(() => (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks)) ?? [];
    const during = tasks.filter((t) => t.start + t.duration > longScan.startedAt && t.start < longScan.endedAt);
    const maxTask = Math.max(longScan.longestSliceMs, longScan.foldsMs, longScan.compileLongestSliceMs, ...during.map((t) => t.duration));
    log(`long page on load: ${longScan.mentions.toLocaleString('en')} mentions painted in ${longScan.scanMs.toFixed(1)} ms wall time, in ${longScan.slices} slices of at most ${longScan.longestSliceMs.toFixed(1)} ms (${longScan.busyMs.toFixed(1)} ms busy); compile ${longScan.compileMs.toFixed(1)} ms in slices of at most ${longScan.compileLongestSliceMs.toFixed(1)} ms; long tasks meanwhile: ${during.map((t) => t.duration.toFixed(0)).join(', ') || 'none'} (all page long tasks: ${tasks.map((t) => t.duration.toFixed(0)).join(', ') || 'none'})`);
    const longRuns = await benchHook(long, 9);
    log(`long page: ${longRuns.chars.toLocaleString('en')} characters, floor ${longRuns.floorMs.toFixed(2)} ms, annotation ${longRuns.annotateMs.toFixed(2)} ms unsliced (reading ${longRuns.readMs.toFixed(2)} ms, engine and offset map ${longRuns.findMs.toFixed(2)} ms)`);

    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    return [
      { name: 'page_annotate_ms', value: round(seed.annotateMs, 3), unit: 'ms' },
      { name: 'page_floor_ms', value: round(seed.floorMs, 3), unit: 'ms' },
      { name: 'page_annotate_vs_floor', value: round(seed.annotateMs / seed.floorMs, 2), unit: 'ratio' },
      { name: 'page_annotate_ms_long', value: round(longRuns.annotateMs, 2), unit: 'ms' },
      { name: 'page_floor_ms_long', value: round(longRuns.floorMs, 2), unit: 'ms' },
      { name: 'page_annotate_vs_floor_long', value: round(longRuns.annotateMs / longRuns.floorMs, 2), unit: 'ratio' },
      { name: 'page_scan_wall_ms_long', value: round(longScan.scanMs, 1), unit: 'ms' },
      { name: 'long_page_first_paint_ms', value: round(firstPaintMs, 1), unit: 'ms' },
      { name: 'long_page_max_task_ms', value: round(maxTask, 1), unit: 'ms' },
      { name: 'long_page_max_slice_ms', value: round(longScan.longestSliceMs, 1), unit: 'ms' },
      { name: 'page_finder_compile_ms', value: round(seedScan.compileMs, 1), unit: 'ms' },
      { name: 'page_finder_compile_max_slice_ms', value: round(Math.max(seedScan.compileLongestSliceMs, seedScan.foldsMs), 1), unit: 'ms' },
      { name: 'markjs_ms', value: round(markMs, 2), unit: 'ms' },
      { name: 'markjs_vs_ours', value: round(markMs / seed.annotateMs, 1), unit: 'ratio' },
      { name: 'popover_ms', value: round(median(popoverMs), 1), unit: 'ms' },
      { name: 'popover_first_ms', value: round(popoverMs[0], 1), unit: 'ms' },
    ];
  } finally {
    await s?.close();
    await server.close();
  }
}

/** `npx tsx bench/page.ts`: the page metrics alone. */
if (import.meta.url === `file://${process.argv[1]}`) {
  const metrics = await benchPage((line) => process.stdout.write(`# ${line}\n`));
  for (const m of metrics) process.stdout.write(JSON.stringify(m) + '\n');
}

/**
 * `npx tsx bench/profile-page.ts [seed]`: a CPU profile of annotating the long page
 * (or, with `seed`, the seed page) in Chromium (the e2e build's bench hook,
 * unsliced), written to test-results/page-annotate.cpuprofile and summarised by
 * self time. For finding where page annotation spends its time; `npm run bench`
 * measures it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../tests/e2e/harness';
import { serve } from '../tests/e2e/server';
import { root } from '../tests/fixtures/run-cli';
import { loadSeeds, longArticleHtml, newsPageHtml } from '../tests/fixtures/news-pages';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const run = (args: string[]) => execFileSync('npx', args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, MBR_UNMINIFIED: '1' } });
run(['tsx', 'scripts/data-build.ts']);
run(['wxt', 'build', '--mode', 'e2e']);
const seeds = loadSeeds();
const which = process.argv[2] === 'seed' ? 'seed' : 'long';
const server = await serve({
  '/long.html': newsPageHtml(seeds[0], { related: seeds, article: longArticleHtml(seeds, 1_500_000) }),
  '/seed.html': newsPageHtml(seeds[0], { related: seeds }),
});
const s = await launchChromium();
try {
  const page = await s.context.newPage();
  await page.goto(`${server.origin}/${which}.html`, { timeout: 120_000 });
  await page.waitForFunction(() => (CSS.highlights.get('mbr-base')?.size ?? 0) > 0, undefined, { timeout: 60_000 });
  const cdp = await s.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const result = await page.evaluate(
    (n) => new Promise((resolve) => {
      window.addEventListener('message', (e) => e.data?.mbrBenchResult && resolve(e.data.mbrBenchResult));
      window.postMessage({ mbrBench: 'annotate', runs: n }, '*');
    }),
    5,
  );
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  mkdirSync(join(root, 'test-results'), { recursive: true });
  writeFileSync(join(root, 'test-results/page-annotate.cpuprofile'), JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(JSON.stringify(result));
  for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(us / 1000).toFixed(1).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}`);
} finally {
  await s.close();
  await server.close();
}

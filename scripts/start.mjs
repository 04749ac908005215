// `npm start`: builds the extension (Chrome MV3 and Firefox into .output/, plus the
// demo build .output/chrome-mv3-demo, which also runs on http://127.0.0.1 and is
// otherwise the user's build: no test hooks, the card in a closed shadow root), serves
// the seed articles as news pages on 127.0.0.1, and opens them in Debian's Chromium
// with the extension loaded. With a display the browser stays open until Ctrl-C;
// without one it runs headless, hovers a mention, and writes a screenshot of the
// open card to the path it prints (START_SCREENSHOT to choose it).
// `npm start -- --no-build` reuses the builds already in .output/.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const say = (line) => process.stdout.write(`${line}\n`);

const extension = join(root, '.output/chrome-mv3-demo');
if (process.argv.includes('--no-build') && existsSync(join(extension, 'manifest.json'))) {
  say(`Using the builds in .output/ (--no-build).`);
} else {
  say('Building the extension (npm run build, and the demo build for 127.0.0.1)…');
  execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync('npx', ['wxt', 'build', '--mode', 'demo'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

register();
const { loadSeeds, newsPageHtml, longArticleHtml, escapeHtml } = await import('../tests/fixtures/news-pages.ts');
const { newsAppHtml } = await import('../tests/fixtures/news-app.ts');
const { serve } = await import('../tests/e2e/server.ts');
const seeds = loadSeeds();
const home = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>الخبر اليوم</title></head>
<body style="font: 18px/1.8 'Noto Naskh Arabic', 'DejaVu Sans', sans-serif; max-width: 50rem; margin: 2rem auto"><h1>الخبر اليوم</h1><ul>
${seeds.map((s) => `<li><a href="/news/${s.slug}.html">${escapeHtml(s.blocks[0].text)}</a> · <a href="/app/${s.slug}">(تطبيق)</a></li>`).join('\n')}
<li><a href="/long.html">تغطية مستمرة (صفحة طويلة جداً)</a></li></ul></body></html>`;
const routes = { '/': home, '/long.html': newsPageHtml(seeds[0], { related: seeds, article: longArticleHtml(seeds, 1_500_000) }) };
for (const s of seeds) {
  routes[`/news/${s.slug}.html`] = newsPageHtml(s, { related: seeds });
  routes[`/app/${s.slug}`] = newsAppHtml(s, seeds);
}
const server = await serve(routes);
say(`Serving the seed articles as news pages at ${server.origin}/`);

if (!existsSync(chromium)) {
  say(`Chromium is not installed at ${chromium} (apt-get install chromium, or set CHROMIUM_PATH). Load ${extension} as an unpacked extension and open ${server.origin}/ yourself. Ctrl-C stops the server.`);
  process.on('SIGINT', () => server.close().then(() => process.exit(0)));
} else {
  const { chromium: playwright } = await import('playwright-core');
  const headful = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const profile = mkdtempSync(join(tmpdir(), 'militia-base-reader-'));
  const context = await playwright.launchPersistentContext(profile, {
    executablePath: chromium,
    headless: !headful,
    viewport: headful ? null : { width: 1280, height: 900 },
    args: [...(headful ? [] : ['--headless=new']), `--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--no-first-run', '--no-sandbox', '--disable-sync'],
  });
  const stop = async () => {
    await context.close().catch(() => undefined);
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  };
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${server.origin}/news/${seeds[0].slug}.html`);
  if (headful) {
    const more = await context.newPage();
    await more.goto(`${server.origin}/`);
    await page.bringToFront();
    say('Chromium is open with the extension: hover a highlighted name, or press Alt+Shift+M. Ctrl-C to stop.');
    process.on('SIGINT', () => stop().then(() => process.exit(0)));
    context.on('close', () => stop().then(() => process.exit(0)));
  } else {
    try {
      // The militia «المقاومة الإسلامية في العراق» in the article: hover it until its card opens.
      await page.waitForFunction(() => (CSS.highlights.get('mbr-militia')?.size ?? 0) > 0, null, { timeout: 30_000 });
      const at = await page.evaluate(() => {
        const [r] = CSS.highlights.get('mbr-militia');
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        const box = live.getClientRects()[0];
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      });
      await page.mouse.move(at.x, at.y);
      await waitForCard(await context.newCDPSession(page), 10_000);
      await page.waitForTimeout(300);
      const shot = process.env.START_SCREENSHOT ?? join(root, 'test-results/start-popover.png');
      mkdirSync(dirname(shot), { recursive: true });
      await page.screenshot({ path: shot });
      say(`No display: ran headless. Screenshot of an open card: ${shot}`);
    } finally {
      await stop();
    }
  }
}

/**
 * Waits until a card (an element with role=dialog) is in the page, looking through
 * the DevTools protocol, which sees into the card's closed shadow root as no
 * script of the page can.
 */
async function waitForCard(cdp, ms) {
  const hasDialog = (node) => {
    const attrs = node.attributes ?? [];
    for (let i = 0; i < attrs.length; i += 2) if (attrs[i] === 'role' && attrs[i + 1] === 'dialog') return true;
    return [...(node.children ?? []), ...(node.shadowRoots ?? [])].some(hasDialog);
  };
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    const { root: doc } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    if (hasDialog(doc)) return;
  }
  throw new Error(`no card opened within ${ms} ms`);
}

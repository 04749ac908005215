/**
 * What the page end-to-end tests share: the seed articles served as news pages on
 * 127.0.0.1, the painted ranges read back from the page (`CSS.highlights`, which
 * the content script fills) as offsets into the seed files, and the gold mentions.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { loadGold, type GoldFile } from '../fixtures/gold';
import { newsAppHtml } from '../fixtures/news-app';
import { loadSeeds, longArticleHtml, newsPageHtml, type Seed } from '../fixtures/news-pages';
import { root } from '../fixtures/run-cli';
import { launchChromium, type ChromiumSession } from './harness';
import { serve, type TestServer } from './server';

export const seeds = loadSeeds();
export const gold: Record<string, GoldFile> = loadGold(join(root, 'samples/gold.json'));

/** Serves /news/NNN.html (static; ?theme=dark), /app/NNN (script-rendered) and /long.html. */
export async function serveNews(longChars = 200_000): Promise<TestServer> {
  const routes: Parameters<typeof serve>[0] = {};
  for (const s of seeds) {
    routes[`/news/${s.slug}.html`] = (req, res) => {
      const dark = new URL(req.url ?? '/', 'http://x').searchParams.get('theme') === 'dark';
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(newsPageHtml(s, { related: seeds, theme: dark ? 'dark' : 'light' }));
    };
    routes[`/app/${s.slug}`] = newsAppHtml(s, seeds);
  }
  routes['/long.html'] = newsPageHtml(seeds[0], { related: seeds, article: longArticleHtml(seeds, longChars) });
  return serve(routes);
}

/** Chromium with the extension, the news pages served, and the probe (and optionally mutation) recorders installed. */
export async function startNewsBrowser(o: { mutations?: boolean } = {}): Promise<{ s: ChromiumSession; server: TestServer }> {
  const server = await serveNews();
  const s = await launchChromium();
  await s.context.addInitScript(recordProbes);
  if (o.mutations) await s.context.addInitScript(recordMutations);
  return { s, server };
}

export async function stopNewsBrowser(s: ChromiumSession | undefined, server: TestServer | undefined): Promise<void> {
  await s?.close();
  await server?.close();
}

/** Waits until the content script has reported its first scan of `page`. */
export const waitForScan = (page: Page) =>
  page.waitForFunction(() => (window as unknown as { mbrProbes: { kind: string }[] }).mbrProbes.some((p) => p.kind === 'scan'), null, { timeout: 15_000 });

/** Opens `path` of the server in a new tab and waits for the first scan. */
export async function openScanned(s: ChromiumSession, server: TestServer, path: string): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(`${server.origin}${path}`);
  await waitForScan(page);
  return page;
}

/** A painted range: in the article, `start`/`end` are offsets into the seed file; elsewhere, -1 and the text. */
export interface PaintedSpan {
  readonly kind: 'base' | 'militia';
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Where it is when not in a `data-block` of the article: a CSS-ish path. */
  readonly where: string | null;
}

/**
 * Reads the page's highlights (in the page's main world: the highlight registry is
 * the document's). Runs in the browser; `blocksJson` maps data-block index to file offset.
 */
export const readPaintedInPage = (blockStarts: number[]) => {
  const out: { kind: string; start: number; end: number; text: string; where: string | null }[] = [];
  for (const [name, kind] of [['mbr-base', 'base'], ['mbr-militia', 'militia']]) {
    const h = CSS.highlights.get(name);
    if (!h) continue;
    for (const r of h as unknown as Iterable<AbstractRange>) {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      const text = live.toString();
      const el = r.startContainer.parentElement;
      const block = el?.closest('#article [data-block]');
      if (!block) {
        const path: string[] = [];
        for (let e = el; e && e !== document.body; e = e.parentElement) path.unshift(e.localName + (e.id ? `#${e.id}` : e.classList.length ? `.${e.classList[0]}` : ''));
        out.push({ kind, start: -1, end: -1, text, where: path.join('>') });
        continue;
      }
      const before = document.createRange();
      before.setStart(block, 0);
      before.setEnd(r.startContainer, r.startOffset);
      const start = blockStarts[Number(block.getAttribute('data-block'))] + before.toString().length;
      out.push({ kind, start, end: start + text.length, text, where: null });
    }
  }
  return out.sort((a, b) => a.start - b.start);
};

/** Gold mentions of a seed as "start:end:kind", required and optional. */
export function goldKeys(seed: Seed): { required: string[]; optional: Set<string> } {
  const g = gold[seed.file];
  const key = (m: { start: number; end: number; kind: string }) => `${m.start}:${m.end}:${m.kind}`;
  return { required: g.mentions.map(key).sort(), optional: new Set(g.optional.map(key)) };
}

/** Painted spans of the article, as gold keys, without the optional ones. */
export function articleKeys(painted: readonly PaintedSpan[], seed: Seed): string[] {
  const { optional } = goldKeys(seed);
  return painted
    .filter((p) => p.where === null)
    .map((p) => `${p.start}:${p.end}:${p.kind}`)
    .filter((k) => !optional.has(k))
    .sort();
}

export const blockStarts = (seed: Seed) => seed.blocks.map((b) => b.start);

/**
 * Viewport centre of the `index`-th range of a highlight, in the page (main world),
 * scrolled into view first if needed; null if there is none.
 */
export const rangeCentreInPage = ([name, index]: [string, number]) => {
  const h = CSS.highlights.get(name);
  const r = h ? ([...(h as unknown as Iterable<AbstractRange>)] as AbstractRange[])[index] : undefined;
  if (!r) return null;
  const live = document.createRange();
  live.setStart(r.startContainer, r.startOffset);
  live.setEnd(r.endContainer, r.endOffset);
  const box = live.getBoundingClientRect();
  if (box.top < 0 || box.bottom > innerHeight) window.scrollBy({ top: box.top - innerHeight / 3, behavior: 'instant' });
  const first = live.getClientRects()[0];
  return { x: first.x + first.width / 2, y: first.y + first.height / 2, text: live.toString() };
};

/** Records the content script's probe reports (adapters/page/probe.ts) in `window.mbrProbes`; run as an init script. */
export const recordProbes = () => {
  const w = window as unknown as { mbrProbes: unknown[] };
  w.mbrProbes = [];
  window.addEventListener('message', (e) => {
    if (e.source === window && e.data?.mbrProbe) w.mbrProbes.push(e.data.mbrProbe);
  });
};

/** Records every DOM mutation from DOMContentLoaded on in `window.mbrMutations`; run as an init script. */
export const recordMutations = () => {
  const w = window as unknown as { mbrMutations: string[] };
  w.mbrMutations = [];
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => {
      for (const r of records) {
        const nodes = [...r.addedNodes, ...r.removedNodes].map((n) => n.nodeName).join(',');
        w.mbrMutations.push(`${r.type} ${r.target.nodeName}${r.attributeName ? `@${r.attributeName}` : ''} ${nodes}`);
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
};

/** The popover (inside the extension's open shadow root; Playwright's CSS selectors pierce it). */
export const DIALOG = 'militia-base-reader [role=dialog]';

/** The popover for puppeteer (Firefox), whose `>>>` pierces the shadow root. */
export const DIALOG_PIERCING = 'militia-base-reader >>> [role=dialog]';

const POLL_INTERVAL_MS = 100;

/**
 * Reads until `done` holds for what was read, or `ms` pass; returns the last value
 * read (the caller's expect then shows it). For puppeteer, which has no expect.poll.
 */
export async function pollUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  let last = await read();
  while (!done(last) && Date.now() < end) {
    // How often the condition is read (each read is a round trip to the browser), not a wait for it.
    await new Promise((r) => setTimeout(r, POLL_INTERVAL_MS));
    last = await read();
  }
  return last;
}

/** A page of either driver (Playwright's or puppeteer's): what the helpers below need of it. */
interface Evaluating {
  evaluate(fn: (ms: number) => Promise<void>, ms: number): Promise<unknown>;
}

/** Two animation frames of the page have been painted since the call: layout and styles of what was rendered before it are applied. */
export async function afterFrames(page: Evaluating): Promise<void> {
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))), 0);
}

/**
 * A timer of the page, `ms` from now, has fired. Timers of the content script run on
 * the page's event loop in order of when they are due, so one due earlier (the card's
 * close after the pointer left, `leaveMs`) has had its turn by then, however busy the
 * machine: an order, not a guess at a time.
 */
export async function afterPageTimer(page: Evaluating, ms: number): Promise<void> {
  await page.evaluate((delay) => new Promise<void>((done) => setTimeout(done, delay)), ms);
}

/** Reads `read` after each pair of animation frames until two reads agree (a card placed, then placed again as it renders); returns the value. */
export async function untilStill<T>(page: Evaluating, read: () => Promise<T>, maxFrames = 100): Promise<T> {
  let last = await read();
  for (let k = 0; k < maxFrames; k++) {
    await afterFrames(page);
    const now = await read();
    if (JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
  }
  return last;
}

/** `pollUntil` for a value: until what is read equals `want` (as JSON). */
export const pollFor = <T>(read: () => Promise<T>, want: T, ms?: number): Promise<T> => pollUntil(read, (v) => JSON.stringify(v) === JSON.stringify(want), ms);

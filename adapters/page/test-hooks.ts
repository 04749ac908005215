/**
 * Every hook the content script has for end-to-end tests and `npm run bench`, in
 * one place. They exist only where the build-time constant
 * `import.meta.env.MBR_TEST_HOOKS` is true: the `--mode e2e` build the tests make
 * (wxt.config.ts). The user's build and `npm start`'s demo build leave it false,
 * and the bundler then drops each hook's body, so that no page can reach or even
 * detect one there (tests/e2e/user-build.test.ts reads the built bundles).
 *
 * - `report`: measurements posted to the page's window (`{mbrProbe}`), where the
 *   test reads them.
 * - `installBenchHook`: on a `{mbrBench: 'annotate'}` message from the page, times
 *   the page's annotation against a bare read of its text and posts
 *   `{mbrBenchResult}` back (bench/page.ts).
 * - `forcedOverlay`: `?mbr-paint=overlay` paints with boxes where the Highlight API
 *   exists (tests of the fallback).
 * - `OPEN_UI`: the card's shadow root open, so that tests can look into the card
 *   (page-ui/ui-host.tsx), and its host named `militia-base-reader` (skip.ts);
 *   every other build has a closed root and a host name of its own per page.
 */
import type { MentionFinder } from '@/lib/mentions';
import type { Annotator } from './annotator';
import { OffsetMap } from './offset-map';
import { readText } from './page-text';

const HOOKS = import.meta.env.MBR_TEST_HOOKS === true;

export type ProbeReport =
  | { readonly kind: 'scan'; readonly foldsMs: number; readonly compileMs: number; readonly compileLongestSliceMs: number; readonly compileSlices: number; readonly scanMs: number; readonly mentions: number; readonly startedAt: number; readonly endedAt: number; readonly painter: string; readonly longestSliceMs: number; readonly slices: number; readonly busyMs: number }
  /** The first mentions painted ahead of the rest: the viewport's part `[from, to)` of a text of `chars`, painted at `at` (the frame after). */
  | { readonly kind: 'first-paint'; readonly at: number; readonly mentions: number; readonly from: number; readonly to: number; readonly chars: number }
  | { readonly kind: 'popover'; readonly ms: number }
  | { readonly kind: 'batch'; readonly roots: number; readonly mentions: number; readonly ms: number }
  /** Saved clips of the page re-anchored and painted: each clip's id, its passage's text on the page (null: not found) and score. */
  | { readonly kind: 'clips'; readonly marks: readonly { readonly id: string; readonly text: string | null; readonly score: number }[] };

/** True where reports reach the page: callers skip work that only a report needs. */
export const REPORTING = HOOKS;

/** Posts a measurement to the page (test builds only). */
export const report: (r: ProbeReport) => void = HOOKS ? (r) => window.postMessage({ mbrProbe: r }, '*') : () => undefined;

/** The card's shadow root open to the page's scripts (test builds only: else closed). */
export const OPEN_UI = HOOKS;

/** Overlay painting forced by the page's address (`?mbr-paint=overlay`). */
export const forcedOverlay = (): boolean => HOOKS && new URLSearchParams(location.search).get('mbr-paint') === 'overlay';

/** Installs the bench hook; `unsliced` is an annotator that never yields, sharing the page's painter and index. */
export const installBenchHook: (doc: Document, running: () => { unsliced: Annotator; finder: MentionFinder } | null) => void = HOOKS ? benchHook : () => undefined;

interface BenchRequest {
  readonly mbrBench: 'annotate';
  readonly runs: number;
  readonly minMs?: number;
}

/** The floor: every text node of the body visited with a TreeWalker and every code unit of it read. */
export function readFloor(doc: Document): number {
  const walker = doc.createTreeWalker(doc.body, 0x4 /* SHOW_TEXT */);
  let sum = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as Text).data;
    for (let i = 0; i < data.length; i++) sum = (sum + data.charCodeAt(i)) | 0;
  }
  return sum;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Mean time of `fn` over as many calls as fill `minMs` (at least one); timers are coarsened to 0.1 ms in pages. */
async function timeOf(fn: () => unknown, minMs: number): Promise<number> {
  let n = 0;
  const t0 = performance.now();
  let t = t0;
  do {
    await fn();
    n++;
    t = performance.now();
  } while (t - t0 < minMs);
  return (t - t0) / n;
}

/**
 * Times a bare TreeWalker read of the page's text (the floor) and a complete
 * annotation of the page (read, engine, ranges, highlights) in the same content
 * script, one after the other, after one round of warm-up, and posts the medians
 * back, with a breakdown of the annotation.
 */
function benchHook(doc: Document, running: () => { unsliced: Annotator; finder: MentionFinder } | null): void {
  window.addEventListener('message', async (e: MessageEvent<BenchRequest>) => {
    if (e.source !== window || e.data?.mbrBench !== 'annotate') return;
    const parts = running();
    if (!parts) return;
    const { unsliced: annotator, finder } = parts;
    const minMs = e.data.minMs ?? 20;
    const floor: number[] = [];
    const ours: number[] = [];
    const read: number[] = [];
    const find: number[] = [];
    let mentions = 0;
    // One round first, not recorded: the JavaScript engine is still optimising the
    // unsliced paths (a long page's first rounds measured up to 1.5 times the later ones).
    for (let i = -1; i < e.data.runs; i++) {
      if (i === 0) for (const xs of [floor, ours, read, find]) xs.length = 0;
      floor.push(await timeOf(() => readFloor(doc), minMs));
      ours.push(await timeOf(async () => {
        annotator.reset();
        mentions = (await annotator.scan([doc.body])).length;
      }, minMs));
      read.push(await timeOf(() => readText(doc.body), minMs));
      const page = readText(doc.body);
      find.push(await timeOf(() => {
        const map = new OffsetMap(page);
        for (const m of finder.find(page.text)) map.span(m.start, m.end);
      }, minMs));
    }
    const chars = readText(doc.body).text.length;
    window.postMessage({ mbrBenchResult: { floorMs: median(floor), annotateMs: median(ours), readMs: median(read), findMs: median(find), mentions, chars } }, '*');
  });
}

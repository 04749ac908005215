/**
 * For `npm run bench` (e2e build only): on request from the page's window, times a
 * bare TreeWalker read of the page's text (the floor) and a complete annotation of
 * the page (read, engine, ranges, highlights) in the same content script, one after
 * the other, after one round of warm-up, and posts the medians back, with a
 * breakdown of the annotation. Each time is the mean of as many repetitions as fill
 * `minMs` (timers are coarsened to 0.1 ms in pages).
 */
import type { MentionFinder } from '@/lib/mentions';
import type { Annotator } from './annotator';
import { OffsetMap } from './offset-map';
import { readText } from './page-text';

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

/** Mean time of `fn` over as many calls as fill `minMs` (at least one). */
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

/** Installs the hook; `unsliced` is an annotator that never yields, sharing the page's painter and index. */
export function installBenchHook(doc: Document, running: () => { unsliced: Annotator; finder: MentionFinder } | null): void {
  if (import.meta.env.MODE !== 'e2e') return;
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

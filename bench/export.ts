/**
 * Exporting 1,000 clips to every format and zipping them: realistic clips of about
 * 3 KB of Arabic news each with about 10 mentions found by the engine, the shipped
 * dataset for coordinates and incidents. Measures what the library's "export all"
 * does after reading the clips from Dexie.
 *
 * export_1000_clips_ms: every format and the zip, as the library page makes it
 * (exportArchive, large files encoded and deflated in a worker thread while the next formats render;
 * median of 5); the same on one thread is logged beside it. Logged besides: the formats alone, and the zip alone at each deflate level
 * worth weighing (wall and CPU time, and the archive's size), so that the level
 * exportArchive uses can be chosen on numbers (on a busy machine, CPU time is
 * steadier than wall time).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { gazetteer } from '../data/gazetteer';
import { createClip } from '../lib/clips/create';
import type { Clip } from '../lib/clips/types';
import type { Base, Incident, Militia } from '../lib/dataset/schema';
import { EXPORT_FORMATS, exportArchive, exportFiles, zipFiles, type ExportDataset, type Pack, type Packed } from '../lib/export';
import { createMentionFinder } from '../lib/mentions';
import { repeatedSeeds } from './corpus';
import { round, type Metric } from './measure';

const CLIPS = 1000;
const CLIP_CHARS = 3000;
const MENTIONS = 10;

export function shippedDataset(): ExportDataset {
  const data = fileURLToPath(new URL('../data/', import.meta.url));
  const read = (f: string) => JSON.parse(readFileSync(data + f, 'utf8')) as unknown;
  const incidents = readdirSync(data + 'incidents').filter((f) => f.endsWith('.json')).flatMap((f) => read(`incidents/${f}`) as Incident[]);
  return { version: '2026.01.01.000000-bench', bases: read('bases.json') as Base[], militias: read('militias.json') as Militia[], incidents };
}

/** 1,000 clips cut from the seed articles at varying offsets, each with its first 10 mentions. */
export async function syntheticClips(): Promise<Clip[]> {
  const finder = createMentionFinder(gazetteer);
  const corpus = repeatedSeeds(CLIP_CHARS * 60);
  const clips: Clip[] = [];
  for (let i = 0; clips.length < CLIPS; i++) {
    const start = (i * 7919) % (corpus.length - CLIP_CHARS);
    const text = corpus.slice(start, start + CLIP_CHARS);
    const mentions = finder.find(text).slice(0, MENTIONS);
    if (mentions.length < MENTIONS - 2) continue;
    clips.push(await createClip({
      text, mentions, via: i % 2 ? 'selection' : 'article',
      page: i % 2 ? { text: corpus.slice(Math.max(0, start - 500), start + CLIP_CHARS + 500), start: Math.min(500, start) } : null,
      metadata: { url: `https://news.example.com/2024/${i}`, canonical_url: `https://news.example.com/a/${i}`, title: `خبر رقم ${i}: ${text.slice(0, 60)}`, site: 'أخبار', author: 'مراسل', published: '2024-01-20', lang: 'ar' },
      notes: `ملاحظة ${i}: تحقق من المصدر "الثاني"، وقارن بالبيان.`, tags: ['طائرات مسيرة', `دفعة-${i % 7}`],
      id: `bench-${i}`, now: new Date(Date.UTC(2024, 0, 1 + (i % 300))),
    }));
  }
  return clips;
}

/**
 * Zip entries checksummed and deflated in a worker thread (the bytes encoded here
 * and transferred), as the
 * library page packs them in a Web Worker (components/library/deflate-worker.ts):
 * started once, before anything is timed, with tsx's loader for its TypeScript.
 */
const encoder = new TextEncoder();

function workerPack(): { pack: Pack; close: () => Promise<number> } {
  const script = new URL('./zip-worker.ts', import.meta.url).href;
  const worker = new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(script)}); });`, { eval: true });
  const pending = new Map<number, (p: Packed) => void>();
  let next = 0;
  worker.on('message', ({ id, packed }: { id: number; packed: Packed }) => {
    pending.get(id)!(packed);
    pending.delete(id);
  });
  const pack: Pack = (text, level) => new Promise((resolve) => {
    const id = next++;
    pending.set(id, resolve);
    const bytes = encoder.encode(text);
    worker.postMessage({ id, bytes, level }, [bytes.buffer as ArrayBuffer]);
  });
  return { pack, close: () => worker.terminate() };
}

/** Median wall and CPU (user + system) times of `fn` in ms, after `warmups` untimed calls. */
async function timesAsync(fn: () => unknown, runs: number, warmups = 1): Promise<{ wall: number; cpu: number }> {
  for (let i = 0; i < warmups; i++) await fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  return { wall: median(wall), cpu: median(cpu) };
}

async function medianMsAsync(fn: () => Promise<unknown>, runs: number, warmups = 1): Promise<number> {
  return (await timesAsync(fn, runs, warmups)).wall;
}

export async function benchExport(log: (line: string) => void): Promise<Metric[]> {
  const dataset = shippedDataset();
  const clips = await syntheticClips();
  const chars = clips.reduce((n, c) => n + c.text.length, 0);
  const mentions = clips.reduce((n, c) => n + c.mentions.length, 0);
  log(`export: ${clips.length} clips, ${chars.toLocaleString('en')} chars, ${mentions.toLocaleString('en')} mentions`);
  const options = { exportedAt: new Date('2024-06-01T00:00:00.000Z'), dataset };
  for (const format of EXPORT_FORMATS) {
    let bytes = 0;
    const ms = await medianMsAsync(async () => (bytes = (await exportFiles(clips, [format], options)).reduce((n, f) => n + f.text.length, 0)), 3);
    log(`  ${format}: ${ms.toFixed(1)} ms, ${(bytes / 1e6).toFixed(1)} M chars`);
  }
  const fmt = (t: { wall: number; cpu: number }) => `${t.wall.toFixed(0)} ms (CPU ${t.cpu.toFixed(0)} ms)`;
  const files = await exportFiles(clips, EXPORT_FORMATS, options);
  log(`all formats, no zip: ${fmt(await timesAsync(() => exportFiles(clips, EXPORT_FORMATS, options), 5))}, ${(files.reduce((n, f) => n + f.text.length, 0) / 1e6).toFixed(1)} M chars in ${files.length} files`);
  for (const [level, storeBelow] of [[0, 0], [1, 0], [6, 0], [1, 65_536]] as const) {
    let bytes = 0;
    const t = await timesAsync(() => (bytes = zipFiles(files, options.exportedAt, level, storeBelow).length), 3);
    log(`  zip alone, deflate level ${level}${storeBelow ? `, files under ${storeBelow / 1024} KB stored` : ''}: ${fmt(t)}, ${(bytes / 1e6).toFixed(1)} MB`);
  }
  let size = 0;
  const here = await timesAsync(async () => (size = (await exportArchive(clips, EXPORT_FORMATS, options)).length), 5);
  log(`all formats + zip, all on one thread: ${fmt(here)}, zip ${(size / 1e6).toFixed(1)} MB`);
  // As the library page exports: large files packed in a worker while the next formats render.
  const worker = workerPack();
  const all = await timesAsync(async () => (size = (await exportArchive(clips, EXPORT_FORMATS, options, 1, worker.pack)).length), 5);
  await worker.close();
  const ms = all.wall;
  log(`all formats + zip as exported (large files packed in a worker): ${fmt(all)}, zip ${(size / 1e6).toFixed(1)} MB (target <= 1000 ms on this machine idle)`);
  return [{ name: 'export_1000_clips_ms', value: round(ms, 1), unit: 'ms' }];
}

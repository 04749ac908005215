/**
 * The library's zip worker client (components/library/deflate-worker.ts): the
 * archive is the same whether files are packed by the worker, on the page after
 * the worker failed, or on the page because no worker could start.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { workerPack } from '../../../components/library/deflate-worker';
import type { Clip } from '../../../lib/clips/types';
import { EXPORT_FORMATS, exportArchive, packBytes } from '../../../lib/export';
import { dataset, sampleClips } from '../../fixtures/clips';

const exportedAt = new Date('2024-03-01T12:00:00.000Z');
let clips: Clip[];
let expected: Uint8Array;
beforeAll(async () => {
  clips = [];
  // Enough clips for the JSON files to pass 64 KB and be deflated.
  for (let n = 0; n < 40; n++) for (const c of await sampleClips()) clips.push({ ...c, id: `${c.id}-${n}` });
  expected = await exportArchive(clips, EXPORT_FORMATS, { exportedAt, dataset });
});
afterEach(() => vi.unstubAllGlobals());

/** A stand-in Worker: answers like zip-worker.ts, or fails on its `failAt`-th message. */
class FakeWorker {
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: { preventDefault(): void }) => void) | null = null;
  received = 0;
  terminated = false;
  constructor(readonly failAt = Infinity) {}
  postMessage({ id, bytes, level }: { id: number; bytes: Uint8Array; level: 1 }) {
    const n = ++this.received;
    setTimeout(() => {
      if (n >= this.failAt) this.onerror?.({ preventDefault() {} });
      else this.onmessage?.({ data: { id, packed: packBytes(bytes, level) } });
    }, 1);
  }
  terminate() {
    this.terminated = true;
  }
}

describe('zip entries packed in a worker, with the page as fallback', () => {
  it('gives the same archive as deflating on the page, with one worker for every export', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const workers: FakeWorker[] = [];
    const deflate = workerPack(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w as unknown as Worker;
    });
    expect(await exportArchive(clips, EXPORT_FORMATS, { exportedAt, dataset }, 1, deflate)).toEqual(expected);
    expect(await exportArchive(clips, EXPORT_FORMATS, { exportedAt, dataset }, 1, deflate)).toEqual(expected);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.received).toBeGreaterThan(2);
  });

  it('a worker that fails mid-export: the pending files are packed on the page, nothing lost', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const worker = new FakeWorker(2);
    const deflate = workerPack(() => worker as unknown as Worker);
    expect(await exportArchive(clips, EXPORT_FORMATS, { exportedAt, dataset }, 1, deflate)).toEqual(expected);
    expect(worker.terminated).toBe(true);
    expect(await exportArchive(clips, EXPORT_FORMATS, { exportedAt, dataset }, 1, deflate)).toEqual(expected);
  });

  it('no worker can start, or none exists: all on the page', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const refused = workerPack(() => {
      throw new Error('refused by the content security policy');
    });
    expect(await exportArchive(clips, EXPORT_FORMATS, { exportedAt, dataset }, 1, refused)).toEqual(expected);
    vi.unstubAllGlobals();
    const start = vi.fn();
    expect(await exportArchive(clips, EXPORT_FORMATS, { exportedAt, dataset }, 1, workerPack(start))).toEqual(expected);
    expect(start).not.toHaveBeenCalled();
  });
});

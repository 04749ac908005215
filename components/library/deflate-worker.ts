/**
 * Deflate in a Web Worker (zip-worker.ts) for the library's export zip, started on
 * the first export and kept for the page's life. Should the worker be unavailable
 * or fail (no Worker, a refused script), every pending and later file is deflated
 * on the page's own thread instead: slower, never lost.
 */
import { deflateHere, type Deflate } from '@/lib/export';

type Pending = { bytes: Uint8Array; level: Parameters<Deflate>[1]; resolve: (out: Uint8Array) => void; reject: (e: unknown) => void };

/** A Deflate over the worker `start` makes (by default the bundled zip-worker.ts); on the page's thread when it cannot. */
export function workerDeflate(start: () => Worker = () => new Worker(new URL('./zip-worker.ts', import.meta.url), { type: 'module' })): Deflate {
  let worker: Worker | null | undefined;
  const pending = new Map<number, Pending>();
  let next = 0;
  const fallBack = () => {
    worker?.terminate();
    worker = null;
    for (const p of pending.values()) deflateHere(p.bytes, p.level).then(p.resolve, p.reject);
    pending.clear();
  };
  const open = (): Worker | null => {
    if (worker !== undefined) return worker;
    try {
      worker = start();
      worker.onmessage = ({ data }: MessageEvent<{ id: number; out: Uint8Array }>) => {
        pending.get(data.id)?.resolve(data.out);
        pending.delete(data.id);
      };
      worker.onerror = (e) => {
        e.preventDefault();
        fallBack();
      };
    } catch {
      worker = null;
    }
    return worker;
  };
  return (bytes, level) => {
    const w = typeof Worker === 'undefined' ? null : open();
    if (!w) return deflateHere(bytes, level);
    return new Promise((resolve, reject) => {
      const id = next++;
      // The worker keeps a copy: the caller's bytes stay usable should the worker fail and the page deflate them.
      pending.set(id, { bytes, level, resolve, reject });
      w.postMessage({ id, bytes, level });
    });
  };
}

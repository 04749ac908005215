/**
 * The library's export zip packed in a Web Worker (zip-worker.ts): the page
 * encodes each large file and hands the bytes over; the worker checksums and
 * deflates them. The worker is started on the first export and kept for the page's life.
 * Should the worker be unavailable or fail (no Worker, a refused script), every
 * pending and later file is packed on the page's own thread instead: slower, never lost.
 */
import { packHere, type Pack, type Packed } from '@/lib/export';

const encoder = new TextEncoder();

type Pending = { text: string; level: Parameters<Pack>[1]; resolve: (p: Packed) => void; reject: (e: unknown) => void };

/** A Pack over the worker `start` makes (by default the bundled zip-worker.ts); on the page's thread when it cannot. */
export function workerPack(start: () => Worker = () => new Worker(new URL('./zip-worker.ts', import.meta.url), { type: 'module' })): Pack {
  let worker: Worker | null | undefined;
  const pending = new Map<number, Pending>();
  let next = 0;
  const fallBack = () => {
    worker?.terminate();
    worker = null;
    for (const p of pending.values()) packHere(p.text, p.level).then(p.resolve, p.reject);
    pending.clear();
  };
  const open = (): Worker | null => {
    if (worker !== undefined) return worker;
    try {
      worker = start();
      worker.onmessage = ({ data }: MessageEvent<{ id: number; packed: Packed }>) => {
        pending.get(data.id)?.resolve(data.packed);
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
  return (text, level) => {
    const w = typeof Worker === 'undefined' ? null : open();
    if (!w) return packHere(text, level);
    return new Promise((resolve, reject) => {
      const id = next++;
      pending.set(id, { text, level, resolve, reject });
      // The bytes go over (transferred: no copy); the text stays, should the page have to pack it after all.
      const bytes = encoder.encode(text);
      w.postMessage({ id, bytes, level }, [bytes.buffer]);
    });
  };
}

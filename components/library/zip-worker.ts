/**
 * The library page's deflate worker: deflates each file of an export zip off the
 * page's thread, so the page renders the next formats meanwhile (lib/export:
 * exportArchive, ZipWriter). Messages: {id, bytes, level} in, {id, out} back, the
 * buffers transferred.
 */
import { deflateSync } from 'fflate';
import type { Level } from '@/lib/export/zip';

interface WorkerScope {
  onmessage: ((e: MessageEvent<{ id: number; bytes: Uint8Array; level: Level }>) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
}
const scope = globalThis as unknown as WorkerScope;

scope.onmessage = ({ data: { id, bytes, level } }) => {
  const out = deflateSync(bytes, { level });
  scope.postMessage({ id, out }, [out.buffer]);
};

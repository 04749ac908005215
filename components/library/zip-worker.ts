/**
 * The library page's zip worker: checksums and deflates each large file of an
 * export zip off the page's thread (packBytes), so the page renders the next
 * formats meanwhile (lib/export: exportArchive, ZipWriter). Messages: {id, bytes,
 * level} in, {id, packed} back, the buffers transferred both ways.
 */
import { packBytes, type Level } from '@/lib/export/zip';

interface WorkerScope {
  onmessage: ((e: MessageEvent<{ id: number; bytes: Uint8Array; level: Level }>) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
}
const scope = globalThis as unknown as WorkerScope;

scope.onmessage = ({ data: { id, bytes, level } }) => {
  const packed = packBytes(bytes, level);
  scope.postMessage({ id, packed }, [packed.data.buffer]);
};

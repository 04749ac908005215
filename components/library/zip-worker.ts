/**
 * The library page's zip worker: encodes, checksums and deflates each large file
 * of an export zip off the page's thread (packText), so the page renders the next
 * formats meanwhile (lib/export: exportArchive, ZipWriter). Messages: {id, text,
 * level} in, {id, packed} back, the data's buffer transferred.
 */
import { packText, type Level } from '@/lib/export/zip';

interface WorkerScope {
  onmessage: ((e: MessageEvent<{ id: number; text: string; level: Level }>) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
}
const scope = globalThis as unknown as WorkerScope;

scope.onmessage = ({ data: { id, text, level } }) => {
  const packed = packText(text, level);
  scope.postMessage({ id, packed }, [packed.data.buffer]);
};

// The bench's zip worker (Node worker_threads), as components/library/zip-worker.ts is the library page's.
import { parentPort } from 'node:worker_threads';
import { packBytes, type Level } from '../lib/export/zip';

parentPort!.on('message', ({ id, bytes, level }: { id: number; bytes: Uint8Array; level: Level }) => {
  const packed = packBytes(bytes, level);
  parentPort!.postMessage({ id, packed }, [packed.data.buffer as ArrayBuffer]);
});

// The bench's zip worker (Node worker_threads), as components/library/zip-worker.ts is the library page's.
import { parentPort } from 'node:worker_threads';
import { packText, type Level } from '../lib/export/zip';

parentPort!.on('message', ({ id, text, level }: { id: number; text: string; level: Level }) => {
  const packed = packText(text, level);
  parentPort!.postMessage({ id, packed }, [packed.data.buffer as ArrayBuffer]);
});

// The bench's deflate worker (Node worker_threads), as components/library/zip-worker.ts is the library page's.
import { parentPort } from 'node:worker_threads';
import { deflateSync } from 'fflate';

parentPort.on('message', ({ id, bytes, level }) => {
  const out = deflateSync(bytes, { level });
  parentPort.postMessage({ id, out }, [out.buffer]);
});

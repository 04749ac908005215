/**
 * A static HTTP server on 127.0.0.1 for end-to-end tests: serves a map of paths to
 * responses, on a free port, and stops when asked.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = string | { status?: number; type?: string; body: string | Buffer; headers?: Record<string, string> } | ((req: IncomingMessage, res: ServerResponse) => void);

export interface TestServer {
  readonly origin: string;
  /** Replaces or adds a route while the server runs. */
  set(path: string, route: Route): void;
  /** Paths requested so far, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

export async function serve(routes: Record<string, Route>): Promise<TestServer> {
  const table = new Map(Object.entries(routes));
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    const route = table.get(path);
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (typeof route === 'function') return route(req, res);
    const r = typeof route === 'string' ? { body: route } : route;
    const type = r.type ?? (path.endsWith('.json') ? 'application/json' : 'text/html; charset=utf-8');
    res.writeHead(r.status ?? 200, { 'content-type': type, ...r.headers }).end(r.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    set: (path, route) => void table.set(path, route),
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

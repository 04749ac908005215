/**
 * One HTTP GET with a time limit and a byte limit, read as a stream so an oversized
 * answer is cut off as soon as it passes the limit instead of filling memory.
 * Redirects are not followed (`redirect: 'manual'`), so nothing is ever asked of
 * another origin than the URL's: a redirect is a `redirect` error naming where it
 * pointed when the runtime shows it (browsers hide it). Never throws: every failure
 * is a SyncError with a specific code.
 */
import { httpError, type SyncError } from './sync-errors';

export interface DownloadOptions {
  /** Extra request headers (If-None-Match, If-Modified-Since). */
  readonly headers?: Readonly<Record<string, string>>;
  readonly maxBytes: number;
  /** For the whole exchange: connecting, headers and body. */
  readonly timeoutMs: number;
  readonly fetch?: typeof fetch;
}

export type Download =
  | { ok: true; status: 200; bytes: Uint8Array<ArrayBuffer>; etag: string | null; lastModified: string | null }
  | { ok: true; status: 304 }
  | { ok: false; error: SyncError };

export async function download(url: string, options: DownloadOptions): Promise<Download> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const fail = (code: SyncError['code'], detail: string): Download => ({ ok: false, error: { code, detail } });
  const timeout = () => fail('timeout', `no complete answer from ${url} within ${options.timeoutMs} ms`);
  try {
    let res: Response;
    try {
      // Validators are handled here, not by the HTTP cache; no cookies go to the feed host.
      res = await (options.fetch ?? fetch)(url, { headers: options.headers, signal: controller.signal, cache: 'no-store', credentials: 'omit', redirect: 'manual' });
    } catch (e) {
      return timedOut ? timeout() : fail('network', `${url}: ${describe(e)}`);
    }
    const landed = res.url ? new URL(res.url) : null;
    if (res.type === 'opaqueredirect' || (res.status >= 300 && res.status < 400 && res.status !== 304) || (landed && landed.origin !== new URL(url).origin)) {
      controller.abort();
      const to = res.headers.get('location');
      return fail('redirect', `${url} answered with a redirect${to ? ` to ${to}` : ''}; redirects are not followed: set the feed URL to the final address`);
    }
    if (res.status === 304) return { ok: true, status: 304 };
    if (res.status !== 200) {
      controller.abort();
      return fail(httpError(res.status), `${url} answered HTTP ${res.status} ${res.statusText}`.trim());
    }
    const announced = Number(res.headers.get('content-length') ?? NaN);
    if (announced > options.maxBytes) {
      controller.abort();
      return fail('too-large', `${url} announces ${announced} bytes; the limit is ${options.maxBytes}`);
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    if (res.body) {
      const reader = res.body.getReader();
      try {
        for (let r = await reader.read(); !r.done; r = await reader.read()) {
          total += r.value.length;
          if (total > options.maxBytes) {
            controller.abort();
            return fail('too-large', `${url} sent more than ${options.maxBytes} bytes`);
          }
          chunks.push(r.value);
        }
      } catch (e) {
        return timedOut ? timeout() : fail('truncated', `${url}: the connection ended after ${total} bytes (${describe(e)})`);
      }
    }
    // With a content-encoding, Content-Length counts the compressed bytes; the stream gives decoded ones.
    const encoded = (res.headers.get('content-encoding') ?? 'identity') !== 'identity';
    if (!encoded && Number.isFinite(announced) && total < announced) return fail('truncated', `${url}: received ${total} of ${announced} bytes`);
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.length;
    }
    return { ok: true, status: 200, bytes, etag: res.headers.get('etag'), lastModified: res.headers.get('last-modified') };
  } finally {
    clearTimeout(timer);
  }
}

function describe(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const cause = (e as { cause?: unknown }).cause;
  return cause instanceof Error ? `${e.message}: ${cause.message}` : e.message;
}

/**
 * Feed URLs as the reader types them: either the feed's directory
 * (`https://host/feed/`, `https://host/feed`) or its manifest (`…/manifest.json`).
 * Only https URLs are feeds; plain http only on this computer (127.0.0.1,
 * localhost, [::1]), where the tests serve theirs. Pure: the options page and the
 * background share it.
 */

/** Hosts that never leave the machine: the only ones a feed may reach over plain http. */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Whether the extension may fetch feed files from `url`: https, or http on the loopback. */
export function isFeedTransport(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
}

/** The manifest's URL for a feed URL: the URL itself if it names a .json file, else `manifest.json` in that directory; null if not https (or loopback http). */
export function manifestUrlOf(feedUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(feedUrl.trim());
  } catch {
    return null;
  }
  if (!isFeedTransport(url) || url.username !== '' || url.password !== '') return null;
  url.hash = '';
  if (url.pathname.endsWith('.json')) return url.href;
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return new URL('manifest.json', url).href;
}

/** The host permission pattern for a URL's origin, any port (Firefox match patterns cannot name one). */
export function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}

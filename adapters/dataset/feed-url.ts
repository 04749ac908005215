/**
 * Feed URLs as the reader types them: either the feed's directory
 * (`https://host/feed/`, `https://host/feed`) or its manifest (`…/manifest.json`).
 * Only http(s) URLs are feeds. Pure: the options page and the background share it.
 */

/** The manifest's URL for a feed URL: the URL itself if it names a .json file, else `manifest.json` in that directory; null if not http(s). */
export function manifestUrlOf(feedUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(feedUrl.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
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

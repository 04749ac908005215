/**
 * A source URL is well formed when it parses as an absolute `http:` or `https:` URL
 * with a dotted host name and contains no white space or control characters.
 * Non-ASCII letters in the path (IRIs, common for Arabic news sites) are accepted:
 * browsers and `URL` percent-encode them.
 */
export function isHttpUrl(s: string): boolean {
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f]/.test(s)) return false;
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (!/^[a-z]+:\/\//i.test(s)) return false;
  const host = url.hostname;
  return host.includes('.') && !host.startsWith('.') && !host.endsWith('.') && !url.username && !url.password;
}

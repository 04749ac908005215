/**
 * Whether two addresses are on the same site, as browsers mean it: the same
 * scheme and registrable domain (the public suffix and one label before it:
 * `www.bbc.com` and `feeds.bbc.com` are one site, `a.co.uk` and `b.co.uk` two).
 * A page may name only a URL of its own site as its canonical URL (issue 10: a
 * hostile page planted clips aimed at another site).
 *
 * No public-suffix list ships with the extension: a suffix is taken to have two
 * labels when its last label is a two-letter country code and the one before it
 * is a generic second level (`co.uk`, `com.tr`, `gov.iq`, …), or when it is one
 * of the hosting suffixes below; otherwise one label. Unknown private suffixes
 * (other hosting platforms) are then one site with their neighbours: a page
 * there can name a neighbour, never a news site elsewhere.
 */

/** Second-level labels under which country-code registries register names. */
const GENERIC_SECOND_LEVEL = new Set(['ac', 'co', 'com', 'edu', 'gov', 'info', 'mil', 'name', 'net', 'nic', 'org', 'sch', 'biz', 'gob', 'ne', 'or', 'go', 'web', 'press', 'tv', 'news']);

/** Suffixes under which anyone gets a name (a page there is not its neighbour's site). */
const HOSTING_SUFFIXES = new Set(['github.io', 'gitlab.io', 'blogspot.com', 'wordpress.com', 'medium.com', 'substack.com', 'netlify.app', 'vercel.app', 'pages.dev', 'web.app', 'firebaseapp.com', 'herokuapp.com', 'appspot.com', 'azurewebsites.net', 'cloudfront.net', 'tumblr.com', 'wixsite.com', 'weebly.com']);

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** The registrable domain of a host name (lower case, no trailing dot); the host itself for an IP address or a single label. */
export function registrableDomain(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (IPV4.test(h) || h.startsWith('[') || !h.includes('.')) return h;
  const labels = h.split('.');
  const n = labels.length;
  const lastTwo = labels.slice(-2).join('.');
  let suffix = 1;
  if (HOSTING_SUFFIXES.has(lastTwo)) suffix = 2;
  else if (n >= 3 && labels[n - 1]!.length === 2 && GENERIC_SECOND_LEVEL.has(labels[n - 2]!)) suffix = 2;
  return labels.slice(-(suffix + 1)).join('.');
}

/** True when `a` and `b` are http(s) URLs of the same scheme and registrable domain. */
export function isSameSite(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    const y = new URL(b);
    if (!/^https?:$/.test(x.protocol) || x.protocol !== y.protocol) return false;
    return registrableDomain(x.hostname) === registrableDomain(y.hostname);
  } catch {
    return false;
  }
}

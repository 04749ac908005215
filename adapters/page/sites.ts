/**
 * Where the extension runs: by itself on the listed news sites
 * (config/news-sites.json), on other sites after a click on the toolbar button or
 * when the reader allowed a site "always", and nowhere the reader switched it off.
 * A site is a host name; it covers its subdomains.
 */
import newsSites from '@/config/news-sites.json';

/** Match patterns of the listed news sites, subdomains included (as wxt.config.ts declares them as host permissions). */
export const newsSiteMatches: readonly string[] = newsSites.sites.flatMap((host) => [`https://${host}/*`, `https://*.${host}/*`]);

/** The host of an http(s) URL, lower case; null for any other URL (browser pages, files, the store). */
export function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** True if `host` is `site` or one of its subdomains. */
export const isOnSite = (host: string, site: string): boolean => host === site || host.endsWith(`.${site}`);

export const isListedNewsSite = (host: string, sites: readonly string[] = newsSites.sites): boolean => sites.some((s) => isOnSite(host, s));

export const isSwitchedOff = (host: string, disabledSites: readonly string[]): boolean => disabledSites.some((s) => isOnSite(host, s));

/** Match patterns that give a site's pages (both schemes, subdomains included). */
export const sitePatterns = (site: string): string[] => [`*://${site}/*`, `*://*.${site}/*`];

/** The list with `host` added, unless an entry already covers it. */
export const withSite = (list: readonly string[], host: string): string[] => (list.some((s) => isOnSite(host, s)) ? [...list] : [...list, host]);

/** The list without every entry that covers `host` (the host itself or a parent domain). */
export const withoutSite = (list: readonly string[], host: string): string[] => list.filter((s) => !isOnSite(host, s));

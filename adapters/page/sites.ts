/**
 * Where the extension runs: by itself on the listed news sites
 * (config/news-sites.json), on other sites after a click on the toolbar button or
 * when the reader allowed a site "always", and nowhere the reader switched it off.
 * A site is a host name; it covers its subdomains.
 */
// Relative, not '@/': wxt.config.ts imports this module too.
import newsSites from '../../config/news-sites.json';

/**
 * Listed hosts that publish in many languages, with the paths of their Arabic
 * service: the reader runs by itself there only, and the extension holds no host
 * permission for the rest of these sites (issue 10: every language section was
 * covered). Elsewhere on them the toolbar button still works (activeTab).
 */
export const ARABIC_SECTIONS: Readonly<Record<string, readonly string[]>> = {
  'bbc.com': ['/arabic'],
  'dw.com': ['/ar/'],
  'france24.com': ['/ar/'],
  'aa.com.tr': ['/ar/'],
};

const hostPatterns = (host: string, path = '/') => [`https://${host}${path}*`, `https://*.${host}${path}*`];

/** Where the content script runs by itself: the listed sites (https, subdomains included), only the Arabic paths of multilingual ones. */
export const newsSiteMatches: readonly string[] = newsSites.sites.flatMap((host) => (ARABIC_SECTIONS[host] ?? ['/']).flatMap((path) => hostPatterns(host, path)));

/**
 * The host permissions wxt.config.ts declares: the listed sites without Arabic
 * sections. Browsers ignore a host permission's path, so multilingual hosts get
 * none: their Arabic paths are reached through the content script's matches.
 */
export const newsSiteHostPermissions: readonly string[] = newsSites.sites.filter((host) => !ARABIC_SECTIONS[host]).flatMap((host) => hostPatterns(host));

/** True for a page the reader runs on by itself (an https page of a listed site, in the Arabic section of a multilingual one). */
export function isListedNewsPage(url: string): boolean {
  try {
    const u = new URL(url);
    const host = u.hostname.toLowerCase();
    if (u.protocol !== 'https:') return false;
    const site = newsSites.sites.find((s) => isOnSite(host, s));
    if (!site) return false;
    const sections = ARABIC_SECTIONS[site];
    return !sections || sections.some((p) => u.pathname.startsWith(p));
  } catch {
    return false;
  }
}

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

/** Match patterns that give an always-on site's pages: https only (issue 10), subdomains included. */
export const sitePatterns = (site: string): string[] => [`https://${site}/*`, `https://*.${site}/*`];

/** The list with `host` added, unless an entry already covers it. */
export const withSite = (list: readonly string[], host: string): string[] => (list.some((s) => isOnSite(host, s)) ? [...list] : [...list, host]);

/** The list without every entry that covers `host` (the host itself or a parent domain). */
export const withoutSite = (list: readonly string[], host: string): string[] => list.filter((s) => !isOnSite(host, s));

/**
 * How exports name the page a clip was read on (issue 10: they cited the page's
 * own claims): the site name the page gives, followed by the host the text was
 * actually read on when the name is not that host, so that a page calling itself
 * «Reuters» on another host is cited with that host.
 */
import type { Clip } from './types';

export function sourceLabel(clip: Pick<Clip, 'url' | 'site'>): string {
  let host: string;
  try {
    host = new URL(clip.url).hostname;
  } catch {
    return clip.site ?? clip.url;
  }
  const site = clip.site?.trim();
  if (!site) return host;
  const bare = host.replace(/^www\./, '');
  return site.toLowerCase() === host || site.toLowerCase() === bare ? site : `${site} (${host})`;
}

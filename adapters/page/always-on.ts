/**
 * "Always on this site": an optional host permission for the site, requested when
 * the reader asks (it must be called from a click in an extension page), and a
 * registered content script for every such site, kept in step with the settings.
 */
import { browser } from 'wxt/browser';
import { writeSettings, readSettings, type Settings } from '@/adapters/settings';
import { CONTENT_SCRIPT_FILE } from './inject';
import { sitePatterns, withSite, withoutSite } from './sites';

const SCRIPT_ID = 'always-on-sites';

/** Asks for the site's permission and, if granted, adds it to the always-on sites. Must run in a user gesture. */
export async function allowAlways(host: string): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: sitePatterns(host) });
  if (granted) {
    const s = await readSettings();
    await writeSettings({ alwaysOnSites: withSite(s.alwaysOnSites, host), disabledSites: withoutSite(s.disabledSites, host) });
  }
  return granted;
}

/** Removes the site from the always-on sites and gives its permission back. */
export async function stopAlways(host: string): Promise<void> {
  const s = await readSettings();
  await writeSettings({ alwaysOnSites: s.alwaysOnSites.filter((x) => x !== host) });
  await browser.permissions.remove({ origins: sitePatterns(host) }).catch(() => false);
}

/**
 * Registers one content script for the always-on sites whose permission is held
 * (and unregisters it when there are none). Idempotent; run at startup and on
 * every settings change.
 */
export async function syncAlwaysOn(settings: Settings): Promise<string[]> {
  const allowed: string[] = [];
  for (const site of settings.alwaysOnSites) {
    if (await browser.permissions.contains({ origins: sitePatterns(site) }).catch(() => false)) allowed.push(site);
  }
  const matches = allowed.flatMap(sitePatterns);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] }).catch(() => []);
  const same = existing.length === 1 && JSON.stringify(existing[0].matches ?? []) === JSON.stringify(matches);
  if (same) return allowed;
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length > 0) {
    await browser.scripting.registerContentScripts([{ id: SCRIPT_ID, matches, js: [CONTENT_SCRIPT_FILE.slice(1)], runAt: 'document_idle' }]);
  }
  return allowed;
}

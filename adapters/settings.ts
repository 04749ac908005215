/**
 * The reader's settings, in `browser.storage.local` under one key. Reading never
 * throws: missing or malformed fields fall back to their defaults, one by one.
 */
import { browser } from 'wxt/browser';

export type LanguagePreference = 'auto' | 'ar' | 'en';

export interface Settings {
  /** UI language; 'auto' follows the browser. */
  readonly language: LanguagePreference;
  /** Highlight colours, CSS colours. */
  readonly baseColour: string;
  readonly militiaColour: string;
  /** Hosts where the extension is switched off, even if listed as a news site. */
  readonly disabledSites: readonly string[];
  /** Hosts, beyond the listed news sites, where it runs without a click. */
  readonly alwaysOnSites: readonly string[];
  /** Feed to sync the dataset from; empty: the bundled dataset only, nothing fetched. */
  readonly feedUrl: string;
  /** Hours between periodic syncs. */
  readonly syncIntervalHours: number;
}

export const defaultSettings: Settings = {
  language: 'auto',
  baseColour: '#ffb74d',
  militiaColour: '#4dd0e1',
  disabledSites: [],
  alwaysOnSites: [],
  feedUrl: '',
  syncIntervalHours: 12,
};

export const SETTINGS_KEY = 'settings';

/** Keeps each field of `raw` that has the right type, defaults for the rest. */
export function sanitizeSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const str = (k: keyof Settings, ok: (s: string) => boolean = () => true) => (typeof r[k] === 'string' && ok(r[k] as string) ? (r[k] as string) : (defaultSettings[k] as string));
  const hosts = (k: keyof Settings) => (Array.isArray(r[k]) ? (r[k] as unknown[]).filter((h): h is string => typeof h === 'string' && h.length > 0) : (defaultSettings[k] as string[]));
  const hours = typeof r.syncIntervalHours === 'number' && r.syncIntervalHours >= 1 && r.syncIntervalHours <= 24 * 30 ? r.syncIntervalHours : defaultSettings.syncIntervalHours;
  return {
    language: (['auto', 'ar', 'en'] as const).find((l) => l === r.language) ?? defaultSettings.language,
    baseColour: str('baseColour'),
    militiaColour: str('militiaColour'),
    disabledSites: hosts('disabledSites'),
    alwaysOnSites: hosts('alwaysOnSites'),
    feedUrl: str('feedUrl', (s) => s === '' || /^https?:\/\//.test(s)),
    syncIntervalHours: hours,
  };
}

export async function readSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  return sanitizeSettings(got[SETTINGS_KEY]);
}

/** Merges `patch` into the stored settings and returns the result. */
export async function writeSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = sanitizeSettings({ ...(await readSettings()), ...patch });
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Calls `listener` with the new settings whenever they change; returns the unsubscribe function. */
export function onSettingsChanged(listener: (s: Settings) => void): () => void {
  const handle = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) listener(sanitizeSettings(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}

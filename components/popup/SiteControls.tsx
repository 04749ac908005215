/**
 * Switches for the current site: off (one click) or on again, and "always on"
 * where the reader does not run by itself: any page that is not a listed news page
 * (a multilingual site's pages outside its Arabic section included: bbc.com's
 * English pages are not listed, only /arabic is).
 */
import { useState } from 'preact/hooks';
import { allowAlways } from '@/adapters/page/always-on';
import { isListedNewsPage, isOnSite, isSwitchedOff, withSite, withoutSite } from '@/adapters/page/sites';
import { writeSettings, type Settings } from '@/adapters/settings';
import { t, type UiLang } from '@/components/i18n';

export function SiteControls({ lang, host, url, settings }: { lang: UiLang; host: string; url: string | null; settings: Settings }) {
  const [note, setNote] = useState<string | null>(null);
  const off = isSwitchedOff(host, settings.disabledSites);
  const always = (url !== null && isListedNewsPage(url)) || settings.alwaysOnSites.some((s) => isOnSite(host, s));
  const toggle = () => void writeSettings({ disabledSites: off ? withoutSite(settings.disabledSites, host) : withSite(settings.disabledSites, host) });
  const allow = async () => {
    try {
      setNote((await allowAlways(host)) ? t(lang, 'alwaysOnActive', { host }) : t(lang, 'alwaysOnDenied'));
    } catch (e) {
      setNote(t(lang, 'errorPrefix', { message: String(e) }));
    }
  };
  return (
    <section class="site" aria-label={host}>
      <p class="host">
        <bdi>{host}</bdi>
      </p>
      <div class="row">
        <button type="button" aria-pressed={off} onClick={toggle}>
          {t(lang, off ? 'turnOnHere' : 'turnOffHere')}
        </button>
        {!off && !always && (
          <button type="button" onClick={() => void allow()}>
            {t(lang, 'alwaysOnHere')}
          </button>
        )}
      </div>
      {note && <p role="status">{note}</p>}
    </section>
  );
}

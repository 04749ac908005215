/**
 * The toolbar popup: the current site's switches, the mentions on the page
 * grouped by entity, the attacks the article reports, "Clip this article" and
 * the clip library, and a search over the whole dataset. Follows the UI language
 * setting, right to left in Arabic.
 */
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isSwitchedOff } from '@/adapters/page/sites';
import { onSettingsChanged, readSettings, type Settings } from '@/adapters/settings';
import { dirOf, resolveLang, t } from '@/components/i18n';
import { ArticleEvents } from './ArticleEvents';
import { ClipActions } from './ClipActions';
import { DatasetSearch } from './DatasetSearch';
import { PageMentions } from './PageMentions';
import { SiteControls } from './SiteControls';
import { useActiveTab, usePageStatus } from './use-page';

export function PopupApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    readSettings().then(setSettings, () => setSettings(null));
    return onSettingsChanged(setSettings);
  }, []);
  const lang = resolveLang(settings?.language ?? 'auto');
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dirOf(lang);
    document.title = t(lang, 'appName');
  }, [lang]);
  const tab = useActiveTab();
  const active = tab === 'none' ? null : tab;
  const enabled = !!settings && !!active?.host && !isSwitchedOff(active.host, settings.disabledSites);
  const page = usePageStatus(settings ? (tab === 'none' ? { id: -1, host: null, url: null } : tab) : null, enabled);
  return (
    <main style={settings ? { '--base-colour': settings.baseColour, '--militia-colour': settings.militiaColour } : undefined}>
      <header>
        <h1>{t(lang, 'appName')}</h1>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t(lang, 'openSettings')}
        </button>
      </header>
      {settings && active?.host && <SiteControls lang={lang} host={active.host} url={active.url} settings={settings} />}
      <PageMentions lang={lang} tabId={active?.id ?? null} page={page} />
      <ArticleEvents lang={lang} tabId={active?.host ? active.id : null} page={page} />
      {active?.host && <ClipActions lang={lang} tabId={active.id} />}
      <DatasetSearch lang={lang} />
    </main>
  );
}

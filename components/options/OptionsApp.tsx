/**
 * The options page: reading settings (sites, colours, language) and the dataset
 * (version, sync). Follows the UI language setting, right to left in Arabic.
 */
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { onSettingsChanged, readSettings, type Settings } from '@/adapters/settings';
import { dirOf, resolveLang, t } from '@/components/i18n';
import { DatasetSettings } from './DatasetSettings';
import { ReadingSettings } from './ReadingSettings';

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    readSettings().then(setSettings, (e: unknown) => setError(String(e)));
    return onSettingsChanged(setSettings);
  }, []);
  const lang = resolveLang(settings?.language ?? 'auto');
  // Before paint, so the page never shows in the wrong direction.
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dirOf(lang);
    document.title = `${t(lang, 'appName')}`;
  }, [lang]);
  if (error) return <main><p role="alert">{t(lang, "errorPrefix", { message: error })}</p></main>;
  if (!settings) return <main aria-busy="true">{t(lang, 'loading')}</main>;
  return (
    <main>
      <h1>{t(lang, 'appName')}</h1>
      <ReadingSettings lang={lang} settings={settings} />
      <DatasetSettings lang={lang} settings={settings} />
    </main>
  );
}

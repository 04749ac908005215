/**
 * Reading settings: the UI language, the highlight colours (with a preview), the
 * sites where the reader is switched off and those where it is always on, and the
 * listed news sites where it runs by itself.
 */
import { useState } from 'preact/hooks';
import { stopAlways } from '@/adapters/page/always-on';
import { textColourOn } from '@/adapters/page/highlight-style';
import { withoutSite } from '@/adapters/page/sites';
import { defaultSettings, writeSettings, type LanguagePreference, type Settings } from '@/adapters/settings';
import { t, type UiLang } from '@/components/i18n';
import { count } from '@/components/i18n/plural';
import newsSites from '@/config/news-sites.json';

export function ReadingSettings({ lang, settings }: { lang: UiLang; settings: Settings }) {
  const [error, setError] = useState<string | null>(null);
  const save = (patch: Partial<Settings>) => writeSettings(patch).catch((e: unknown) => setError(String(e)));
  return (
    <section aria-labelledby="reading-title">
      <h2 id="reading-title">{t(lang, 'readingTitle')}</h2>
      {error && <p role="alert">{t(lang, 'errorPrefix', { message: error })}</p>}

      <p>
        <label for="language">{t(lang, 'language')} </label>
        <select id="language" value={settings.language} onChange={(e) => void save({ language: (e.target as HTMLSelectElement).value as LanguagePreference })}>
          <option value="auto">{t(lang, 'languageAuto')}</option>
          <option value="ar">{t(lang, 'languageArabic')}</option>
          <option value="en">{t(lang, 'languageEnglish')}</option>
        </select>
      </p>

      <h3>{t(lang, 'coloursTitle')}</h3>
      <p class="colours">
        <label>
          <input type="color" value={settings.baseColour} onInput={(e) => void save({ baseColour: (e.target as HTMLInputElement).value })} /> {t(lang, 'baseColour')}
        </label>{' '}
        <label>
          <input type="color" value={settings.militiaColour} onInput={(e) => void save({ militiaColour: (e.target as HTMLInputElement).value })} /> {t(lang, 'militiaColour')}
        </label>{' '}
        <button type="button" onClick={() => void save({ baseColour: defaultSettings.baseColour, militiaColour: defaultSettings.militiaColour })}>
          {t(lang, 'resetColours')}
        </button>
      </p>
      <ColourPreview lang={lang} settings={settings} />

      <h3>{t(lang, 'sitesTitle')}</h3>
      <p class="muted">{t(lang, 'newsSitesNoteCounted', { sites: count(lang, 'newsSites', newsSites.sites.length) })}</p>
      <SiteList lang={lang} title={t(lang, 'disabledSitesTitle')} sites={settings.disabledSites} onRemove={(host) => void save({ disabledSites: withoutSite(settings.disabledSites, host) })} />
      <SiteList lang={lang} title={t(lang, 'alwaysOnTitle')} sites={settings.alwaysOnSites} onRemove={(host) => void stopAlways(host).catch((e: unknown) => setError(String(e)))} />
      <details>
        <summary>{t(lang, 'newsSitesList')}</summary>
        <ul class="sites" dir="ltr">
          {newsSites.sites.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}

function SiteList({ lang, title, sites, onRemove }: { lang: UiLang; title: string; sites: readonly string[]; onRemove: (host: string) => void }) {
  return (
    <div class="site-list">
      <h4>{title}</h4>
      {sites.length === 0 ? (
        <p class="muted">{t(lang, 'noSites')}</p>
      ) : (
        <ul>
          {sites.map((host) => (
            <li key={host}>
              <bdi>{host}</bdi>{' '}
              <button type="button" onClick={() => onRemove(host)} aria-label={t(lang, 'removeSite', { host })}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A sentence painted as pages get it (highlight-style.ts picks the text colour), on a light and on a dark background. */
function ColourPreview({ lang, settings }: { lang: UiLang; settings: Settings }) {
  const mark = (colour: string, text: string) => <span style={{ background: colour, color: textColourOn(colour), borderRadius: '2px' }}>{text}</span>;
  const sentence = (bg: string, fg: string) => {
    const parts = t(lang, 'colourPreview', { militia: '\u0000m', base: '\u0000b' }).split('\u0000');
    return (
      <p style={{ background: bg, color: fg, padding: '0.3rem 0.6rem', margin: '0.2rem 0', borderRadius: '6px' }}>
        {parts.map((p, i) =>
          i === 0 ? p : <span key={i}>{p[0] === 'm' ? mark(settings.militiaColour, lang === 'ar' ? 'كتائب حزب الله' : 'Kataib Hezbollah') : mark(settings.baseColour, lang === 'ar' ? 'عين الأسد' : 'Ain al-Asad')}{p.slice(1)}</span>,
        )}
      </p>
    );
  };
  return (
    <div aria-hidden="true">
      {sentence('#ffffff', '#1d2226')}
      {sentence('#15191c', '#e8ecef')}
    </div>
  );
}

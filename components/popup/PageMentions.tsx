/** The mentions on the current page, one line per entity with its count; a click goes to its first mention, card open. */
import { useState } from 'preact/hooks';
import { askTab } from '@/adapters/messaging';
import type { MentionGroup } from '@/adapters/page/messages';
import { formatNumber, t, type UiLang } from '@/components/i18n';
import { count } from '@/components/i18n/plural';
import type { PageState } from './use-page';

export function PageMentions({ lang, tabId, page }: { lang: UiLang; tabId: number | null; page: PageState }) {
  const [error, setError] = useState<string | null>(null);
  const name = (g: MentionGroup) => (lang === 'ar' ? g.name_ar : g.name_en);
  const show = async (g: MentionGroup, index: number) => {
    if (tabId === null) return;
    try {
      await askTab(tabId, { type: 'page/show', entityId: g.entityId, index });
      window.close();
    } catch (e) {
      setError(String(e));
    }
  };
  const body = () => {
    if (page.kind === 'loading') return <p aria-busy="true">{t(lang, 'loading')}</p>;
    if (page.kind === 'unavailable') return <p class="muted">{t(lang, 'pageCannotRun')}</p>;
    const { status } = page;
    if (status.state === 'off') return <p class="muted">{t(lang, 'pageOff', { host: status.host })}</p>;
    if (status.state === 'error') return <p role="alert">{t(lang, 'errorPrefix', { message: status.error ?? '' })}</p>;
    if (status.state === 'scanning' && status.groups.length === 0) return <p aria-busy="true">{t(lang, 'pageScanning')}</p>;
    if (status.groups.length === 0) return <p class="muted">{t(lang, 'pageNoMentions')}</p>;
    return (
      <ul class="mentions">
        {status.groups.map((g) => (
          <li key={g.entityId} class={g.kind}>
            {/* Named by what it shows, then what it does (WCAG 2.5.3: the visible label is in the name). */}
            <button type="button" class="mention" onClick={() => void show(g, 0)}>
              <span class="swatch" aria-hidden="true" />
              <span class="name">{name(g)}</span>
              <span class="kind muted">{t(lang, g.kind === 'base' ? 'base' : 'militia')}</span>
              <span class="count">{count(lang, 'times', g.count)}</span>
              <span class="sr-only">{t(lang, 'goToFirstMention')}</span>
            </button>
            {g.count > 1 && (
              <span class="more">
                {Array.from({ length: Math.min(g.count, 9) - 1 }, (_, k) => k + 1).map((k) => (
                  <button type="button" key={k} class="nth" onClick={() => void show(g, k)} aria-label={t(lang, 'showNthMention', { name: name(g), index: formatNumber(lang, k + 1), count: formatNumber(lang, g.count) })}>
                    {formatNumber(lang, k + 1)}
                  </button>
                ))}
              </span>
            )}
          </li>
        ))}
      </ul>
    );
  };
  return (
    <section aria-labelledby="page-title">
      <h2 id="page-title">{t(lang, 'pageMentionsTitle')}</h2>
      {body()}
      {error && <p role="alert">{t(lang, 'errorPrefix', { message: error })}</p>}
    </section>
  );
}

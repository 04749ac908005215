/** Searches every base and militia of the published dataset; a result opens the entity's incidents page. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { pageNormalizer } from '@/adapters/page/engine/page-finder';
import { onPublished, readPublished } from '@/adapters/page/published-source';
import { incidentsPageUrl } from '@/adapters/page/service';
import { t, type UiLang } from '@/components/i18n';
import { count } from '@/components/i18n/plural';
import type { PublishedData } from '@/lib/published';
import { createDatasetSearch } from './search';

export function DatasetSearch({ lang }: { lang: UiLang }) {
  const [published, setPublished] = useState<PublishedData | null | 'missing'>(null);
  const [query, setQuery] = useState('');
  useEffect(() => {
    readPublished().then((p) => setPublished(p ?? 'missing'), () => setPublished('missing'));
    return onPublished(setPublished);
  }, []);
  const index = useMemo(() => {
    if (!published || published === 'missing') return null;
    const norm = pageNormalizer();
    return createDatasetSearch(published.summaries, (s) => norm.fold(s));
  }, [published]);
  const results = index && query.trim() ? index.search(query) : [];
  const open = (id: string) => void browser.tabs.create({ url: incidentsPageUrl(id) });
  return (
    <section aria-labelledby="search-title">
      <h2 id="search-title">{t(lang, 'searchTitle')}</h2>
      <label for="search" class="muted">
        {t(lang, 'searchLabel')}
      </label>
      <input id="search" type="search" dir="auto" autoComplete="off" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} disabled={!index} />
      {published === null && <p aria-busy="true">{t(lang, 'loading')}</p>}
      {published === 'missing' && <p class="muted">{t(lang, 'searchUnavailable')}</p>}
      {index && query.trim().length >= 2 && results.length === 0 && <p class="muted" role="status">{t(lang, 'searchNoResults')}</p>}
      {results.length > 0 && (
        <ul class="results" role="list">
          {results.map((r) => (
            <li key={r.id} class={r.kind}>
              <button type="button" class="mention" onClick={() => open(r.id)}>
                <span class="swatch" aria-hidden="true" />
                <span class="name">{lang === 'ar' ? r.name_ar : r.name_en}</span>
                <bdi class="other muted" lang={lang === 'ar' ? 'en' : 'ar'}>{lang === 'ar' ? r.name_en : r.name_ar}</bdi>
                <span class="count">{count(lang, 'incidents', r.incident_count)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

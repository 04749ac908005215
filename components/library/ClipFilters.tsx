/** The library's search box, sort order and filters (entity, site, tag, capture dates). Every control is labelled. */
import { t, type UiLang } from '@/components/i18n';
import { nameOf } from '@/components/popover/format';
import { noQuery, type Facets, type LibraryQuery, type LibrarySort } from './query';

const SORTS: readonly [LibrarySort, Parameters<typeof t>[1]][] = [
  ['relevance', 'librarySortRelevance'],
  ['captured-desc', 'librarySortCaptured'],
  ['captured-asc', 'librarySortCapturedOld'],
  ['title', 'librarySortTitle'],
  ['site', 'librarySortSite'],
];

export function ClipFilters({ lang, query, facets, onChange }: { lang: UiLang; query: LibraryQuery; facets: Facets; onChange: (q: LibraryQuery) => void }) {
  const set = <K extends keyof LibraryQuery>(key: K) => (e: Event) => onChange({ ...query, [key]: (e.currentTarget as HTMLInputElement | HTMLSelectElement).value });
  const any = <option value="">{t(lang, 'filterAny')}</option>;
  return (
    <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <label class="text-filter">
        {t(lang, 'librarySearch')}
        <input type="search" name="q" dir="auto" value={query.text} onInput={set('text')} />
      </label>
      <label>
        {t(lang, 'librarySort')}
        <select name="sort" value={query.sort} onChange={set('sort')}>
          {SORTS.map(([value, key]) => <option key={value} value={value}>{t(lang, key)}</option>)}
        </select>
      </label>
      <label>
        {t(lang, 'libraryFilterEntity')}
        <select name="entity" value={query.entity} onChange={set('entity')}>
          {any}
          {facets.entities.map((e) => <option key={e.id} value={e.id}>{nameOf(lang, e)} ({e.clips})</option>)}
        </select>
      </label>
      <label>
        {t(lang, 'filterSite')}
        <select name="site" value={query.site} onChange={set('site')}>
          {any}
          {facets.sites.map((s) => <option key={s} value={s}>{s}</option>)}
        </select>
      </label>
      <label>
        {t(lang, 'libraryFilterTag')}
        <select name="tag" value={query.tag} onChange={set('tag')}>
          {any}
          {facets.tags.map((s) => <option key={s} value={s}>{s}</option>)}
        </select>
      </label>
      <label>
        {t(lang, 'filterFrom')}
        <input type="date" name="from" value={query.from} onChange={set('from')} />
      </label>
      <label>
        {t(lang, 'filterTo')}
        <input type="date" name="to" value={query.to} onChange={set('to')} />
      </label>
      <button type="button" onClick={() => onChange(noQuery)}>{t(lang, 'filterClear')}</button>
    </form>
  );
}

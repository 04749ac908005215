/**
 * The filters of the incident list: site, group, weapon, date range and text, and,
 * once the list has some of the analyst's own incidents, which record. Every
 * control is a labelled native form control, so the form works from the keyboard
 * and with a screen reader; changes apply as they are made.
 */
import { t, type UiLang } from '@/components/i18n';
import type { IncidentSummary } from '@/lib/dataset/summary';
import { filterChoices, isFiltering, noFilter, type IncidentFilter } from './filter';
import { byName, nameOf, weaponLabel } from './format';
import { ownT } from './own-strings';

interface Props {
  lang: UiLang;
  incidents: readonly IncidentSummary[];
  filter: IncidentFilter;
  onChange(filter: IncidentFilter): void;
}

export function IncidentFilters({ lang, incidents, filter, onChange }: Props) {
  const choices = filterChoices(incidents);
  const set = (field: keyof IncidentFilter) => (e: Event) => onChange({ ...filter, [field]: (e.currentTarget as HTMLInputElement | HTMLSelectElement).value });
  const any = <option value="">{t(lang, 'filterAny')}</option>;
  const hasOwn = incidents.some((i) => (i as { own?: true }).own === true);
  return (
    <form class="filters" role="search" aria-label={t(lang, 'filters')} onSubmit={(e) => e.preventDefault()}>
      <label>
        {t(lang, 'filterSite')}
        <select name="site" value={filter.site} onChange={set('site')}>
          {any}
          {choices.sites.sort(byName(lang)).map((s) => <option key={s.id} value={s.id}>{nameOf(lang, s)}</option>)}
        </select>
      </label>
      <label>
        {t(lang, 'filterGroup')}
        <select name="group" value={filter.group} onChange={set('group')}>
          {any}
          {choices.groups.sort(byName(lang)).map((g) => <option key={g.id} value={g.id}>{nameOf(lang, g)}</option>)}
        </select>
      </label>
      <label>
        {t(lang, 'filterWeapon')}
        <select name="weapon" value={filter.weapon} onChange={set('weapon')}>
          {any}
          {choices.weapons.map((w) => <option key={w} value={w}>{weaponLabel(lang, w)}</option>)}
        </select>
      </label>
      <label>
        {t(lang, 'filterFrom')}
        <input type="date" name="from" value={filter.from} max={filter.to || undefined} onInput={set('from')} />
      </label>
      <label>
        {t(lang, 'filterTo')}
        <input type="date" name="to" value={filter.to} min={filter.from || undefined} onInput={set('to')} />
      </label>
      {(hasOwn || filter.record) && (
        <label>
          {ownT(lang, 'filterRecord')}
          <select name="record" value={filter.record ?? ''} onChange={set('record')}>
            {any}
            <option value="own">{ownT(lang, 'myRecord')}</option>
            <option value="dataset">{ownT(lang, 'theDataset')}</option>
          </select>
        </label>
      )}
      <label class="text-filter">
        {t(lang, 'filterText')}
        <input type="search" name="text" value={filter.text} onInput={set('text')} />
      </label>
      <button type="button" onClick={() => onChange(noFilter)} disabled={!isFiltering(filter)}>
        {t(lang, 'filterClear')}
      </button>
    </form>
  );
}

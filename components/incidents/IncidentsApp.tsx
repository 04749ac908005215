/**
 * The full incident list (incidents.html): every incident of one entity
 * (`?entity=<id>`, linked from the popover) or of the whole dataset, newest first,
 * with filters, the analyst's own incidents among them by date («سجلّي» / "My
 * record", which can be deleted and exported as a proposal). Asks the background
 * (`dataset/lookup`, `own-incidents/lookup`); follows the UI language setting,
 * right to left in Arabic.
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { defaultSettings, onSettingsChanged, readSettings, type Settings } from '@/adapters/settings';
import type { LookupResult } from '@/adapters/dataset/lookup';
import { ask, onNotice } from '@/adapters/messaging';
import { isListedOwn, mergeListed, type ListedIncident } from '@/lib/own-incidents/listing';
import { dirOf, formatNumber, resolveLang, t, type UiLang } from '@/components/i18n';
import { filterIncidents, noFilter, type IncidentFilter } from './filter';
import { nameOf } from './format';
import { IncidentCard } from './IncidentCard';
import { IncidentExport } from './IncidentExport';
import { IncidentFilters } from './IncidentFilters';
import { ProposalExport } from './ProposalExport';

/** Incidents rendered at first and added by each "Show more". */
const PAGE = 100;

type Load = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; result: LookupResult };

export function IncidentsApp({ entityId }: { entityId: string | null }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [filter, setFilter] = useState<IncidentFilter>(noFilter);
  const [limit, setLimit] = useState(PAGE);
  const [own, setOwn] = useState<readonly ListedIncident[]>([]);
  const [ownAsked, setOwnAsked] = useState(0);
  useEffect(() => {
    readSettings().then(setSettings, () => setSettings(defaultSettings));
    return onSettingsChanged(setSettings);
  }, []);
  useEffect(() => {
    ask({ type: 'dataset/lookup', ...(entityId ? { entityId } : {}) }).then(
      (result) => setLoad({ kind: 'ready', result }),
      (e: unknown) => setLoad({ kind: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
  }, [entityId]);
  // The analyst's own incidents: asked again whenever the background says they changed.
  // Without an answer (no background) the page lists the dataset's alone.
  useEffect(() => {
    let live = true;
    try {
      ask({ type: 'own-incidents/lookup', ...(entityId ? { entityId } : {}) }).then(
        (r) => live && setOwn(Array.isArray(r) ? r : []),
        () => live && setOwn([]),
      );
    } catch {
      setOwn([]);
    }
    return () => void (live = false);
  }, [entityId, ownAsked]);
  useEffect(() => {
    try {
      return onNotice('own-incidents/changed', () => setOwnAsked((n) => n + 1));
    } catch {
      return undefined;
    }
  }, []);
  const deleteOwn = async (id: string): Promise<string | null> => {
    const r = await ask({ type: 'own-incidents/delete', id });
    if (!r.ok) return r.error;
    setOwnAsked((n) => n + 1);
    return null;
  };

  const lang = resolveLang(settings?.language ?? 'auto');
  const entity = load.kind === 'ready' ? load.result.entity : null;
  const heading = entity ? t(lang, 'incidentsOf', { name: nameOf(lang, entity) }) : t(lang, 'incidentsAll');
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dirOf(lang);
    document.title = `${heading} — ${t(lang, 'appName')}`;
  }, [lang, heading]);

  const all = useMemo(() => mergeListed(load.kind === 'ready' ? load.result.incidents : [], own), [load, own]);
  const ownCount = useMemo(() => all.filter(isListedOwn).length, [all]);
  const shown = useMemo(() => filterIncidents(all, filter), [all, filter]);
  const changeFilter = (f: IncidentFilter) => {
    setFilter(f);
    setLimit(PAGE);
  };

  // Busy until the settings are read too: no flash of the wrong language.
  if (load.kind === 'loading' || !settings) return <main aria-busy="true"><p>{t(lang, 'loading')}</p></main>;
  if (load.kind === 'error') return <main><h1>{heading}</h1><p role="alert">{t(lang, 'incidentsError', { message: load.message })}</p></main>;
  return (
    <main class="incidents">
      <h1>{heading}</h1>
      {entity && <p class="muted">{lang === 'ar' ? entity.description_ar : entity.description_en}</p>}
      {entityId && !entity && <Unknown lang={lang} id={entityId} installed={load.result.version !== null} />}
      {load.result.version === null && <p role="status">{t(lang, 'datasetNotInstalled')}</p>}
      {all.length === 0 ? (
        load.result.version !== null && (entity || !entityId) && <p role="status">{t(lang, 'incidentsNone')}</p>
      ) : (
        <>
          <IncidentFilters lang={lang} incidents={all} filter={filter} onChange={changeFilter} />
          <p class="muted" role="status" aria-live="polite">
            {t(lang, 'shownOfTotal', { shown: formatNumber(lang, shown.length), total: formatNumber(lang, all.length) })}
          </p>
          <IncidentExport lang={lang} ids={shown.map((i) => i.id)} />
          {ownCount > 0 && <ProposalExport lang={lang} count={ownCount} />}
          {shown.length === 0 && <p>{t(lang, 'incidentsNoMatch')}</p>}
          <ol class="incident-list">
            {shown.slice(0, limit).map((i) => (
              <li key={i.id}><IncidentCard lang={lang} incident={i} onDelete={isListedOwn(i) ? deleteOwn : undefined} /></li>
            ))}
          </ol>
          {shown.length > limit && <button type="button" onClick={() => setLimit(limit + PAGE)}>{t(lang, 'incidentsMore')}</button>}
        </>
      )}
    </main>
  );
}

function Unknown({ lang, id, installed }: { lang: UiLang; id: string; installed: boolean }) {
  if (!installed) return null;
  return (
    <p role="status">
      {t(lang, 'incidentsUnknownEntity', { id })} <a href="?">{t(lang, 'incidentsShowAll')}</a>
    </p>
  );
}

/**
 * The clip library (library.html, and the side panel / sidebar): every saved
 * clip, searched, filtered and sorted; notes and tags edited; clips deleted, each
 * with its own undo; export and import at the top, exporting the selected clips or
 * else those shown; a JSON export imported. `#clip=<id>` in the address brings
 * that clip into view (a page offers it for a clip already saved). Follows the
 * UI language setting, right to left in Arabic. Loading, empty and error states
 * are said in words.
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { ClipLibraryApi } from '@/adapters/clips/library';
import { defaultSettings, onSettingsChanged, readSettings, type Settings } from '@/adapters/settings';
import { dirOf, formatNumber, resolveLang, t } from '@/components/i18n';
import { ClipIndex } from '@/lib/clips/search';
import { entityKinds } from '@/lib/export/group-kind';
import type { Clip } from '@/lib/clips/types';
import type { ExportDataset } from '@/lib/export';
import { ClipFilters } from './ClipFilters';
import { ClipItem } from './ClipItem';
import { ExportPanel, type ExportScope } from './ExportPanel';
import { facetsOf, noQuery, queryClips, type LibraryQuery } from './query';
import { UNDO_MS, UndoToasts } from './UndoToast';

/** Clips rendered at first and added by each "Show more". */
const PAGE = 100;

type Load = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; clips: Clip[] };

export interface LibraryAppProps {
  readonly api: ClipLibraryApi;
  /** The time exports are dated with. */
  readonly now?: () => Date;
  /** How long a deletion can be undone. */
  readonly undoMs?: number;
}

export function LibraryApp({ api, now = () => new Date(), undoMs = UNDO_MS }: LibraryAppProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [dataset, setDataset] = useState<ExportDataset | null>(null);
  const [query, setQuery] = useState<LibraryQuery>(noQuery);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [limit, setLimit] = useState(PAGE);
  /** Deleted clips whose undo is still offered, oldest first. */
  const [deleted, setDeleted] = useState<readonly Clip[]>([]);

  const reload = () => api.list().then(
    (clips) => setLoad({ kind: 'ready', clips }),
    (e: unknown) => setLoad({ kind: 'error', message: e instanceof Error ? e.message : String(e) }),
  );
  useEffect(() => {
    readSettings().then(setSettings, () => setSettings(defaultSettings));
    const stopSettings = onSettingsChanged(setSettings);
    void reload();
    api.dataset().then(setDataset, () => setDataset(null));
    const stopClips = api.onChanged(() => void reload());
    return () => {
      stopSettings();
      stopClips();
    };
  }, [api]);

  const lang = resolveLang(settings?.language ?? 'auto');
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dirOf(lang);
    document.title = `${t(lang, 'libraryTitle')} — ${t(lang, 'appName')}`;
  }, [lang]);

  // `#clip=<id>`: that clip brought into view and focused once it is listed.
  const [target, setTarget] = useState<string | null>(clipInAddress);
  const [current, setCurrent] = useState<string | null>(null);
  useEffect(() => {
    const onHash = () => setTarget(clipInAddress());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const clips = load.kind === 'ready' ? load.clips : [];
  const index = useMemo(() => {
    const aliases = new Map<string, string[]>();
    for (const e of [...(dataset?.bases ?? []), ...(dataset?.militias ?? [])]) aliases.set(e.id, e.aliases.map((a) => a.text));
    return new ClipIndex(clips, { names: (id) => aliases.get(id) ?? [] });
  }, [clips, dataset]);
  const kindOf = useMemo(() => entityKinds(dataset ?? undefined), [dataset]);
  const shown = useMemo(() => queryClips(clips, index, query, lang), [clips, index, query, lang]);
  const facets = useMemo(() => facetsOf(clips, lang), [clips, lang]);
  const filtered = query.text.trim() !== '' || query.entity !== '' || query.site !== '' || query.tag !== '' || query.from !== '' || query.to !== '';
  const scope: ExportScope = selected.size > 0 ? 'selected' : filtered ? 'shown' : 'all';
  const chosen = scope === 'selected' ? clips.filter((c) => selected.has(c.id)) : scope === 'shown' ? shown : clips;

  const select = (id: string, on: boolean) => setSelected((s) => {
    const next = new Set(s);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  });
  const remove = async (clip: Clip) => {
    const gone = await api.remove(clip.id);
    select(clip.id, false);
    if (gone) setDeleted((d) => [...d.filter((c) => c.id !== gone.id), gone]);
    await reload();
  };
  const forget = (clip: Clip) => setDeleted((d) => d.filter((c) => c.id !== clip.id));
  const undo = async (clip: Clip) => {
    forget(clip);
    await api.restore(clip);
    await reload();
  };
  const save = async (id: string, changes: { notes: string; tags: string[] }) => {
    await api.update(id, changes);
    await reload();
  };
  useEffect(() => {
    if (target === null || load.kind !== 'ready') return;
    let at = shown.findIndex((c) => c.id === target);
    if (at < 0 && clips.some((c) => c.id === target)) {
      // Hidden by the search or a filter: clear them, it is what was asked for.
      setQuery(noQuery);
      return;
    }
    if (at >= limit) {
      setLimit(Math.ceil((at + 1) / PAGE) * PAGE);
      return;
    }
    setTarget(null);
    if (at < 0) return;
    setCurrent(target);
    const heading = document.getElementById(`clip-title-${target}`);
    heading?.scrollIntoView?.({ block: 'center' });
    heading?.focus();
  }, [target, load, shown, limit]);

  const changeQuery = (q: LibraryQuery) => {
    setQuery(q);
    setLimit(PAGE);
  };

  const heading = <h1>{t(lang, 'libraryTitle')}</h1>;
  if (load.kind === 'loading') return <main class="library" aria-busy="true">{heading}<p>{t(lang, 'loading')}</p></main>;
  if (load.kind === 'error') return <main class="library">{heading}<p role="alert">{t(lang, 'libraryError', { message: load.message })}</p></main>;
  return (
    <main class="library">
      {heading}
      {clips.length > 0 && <ClipFilters lang={lang} query={query} facets={facets} onChange={changeQuery} />}
      {clips.length > 0 && <p class="count muted" role="status">{t(lang, 'shownOfTotal', { shown: formatNumber(lang, shown.length), total: formatNumber(lang, clips.length) })}</p>}
      <ExportPanel lang={lang} clips={chosen} scope={scope} selectedCount={selected.size} dataset={dataset} now={now}
        onSelectShown={() => setSelected(new Set(shown.map((c) => c.id)))} onSelectNone={() => setSelected(new Set())}
        onImport={async (text) => {
          const report = await api.importText(text);
          await reload();
          return report;
        }} />
      {clips.length === 0 ? (
        <p class="empty muted">{t(lang, 'libraryEmpty')}</p>
      ) : (
        <>
          {shown.length === 0 && <p class="muted">{t(lang, 'libraryNoMatch')}</p>}
          <ol class="clip-list">
            {shown.slice(0, limit).map((c) => (
              <ClipItem key={c.id} lang={lang} clip={c} kindOf={kindOf} current={c.id === current} selected={selected.has(c.id)} onSelect={select} onSave={save} onDelete={(clip) => void remove(clip)} />
            ))}
          </ol>
          {shown.length > limit && <button type="button" onClick={() => setLimit((n) => n + PAGE)}>{t(lang, 'incidentsMore')}</button>}
        </>
      )}
      <UndoToasts lang={lang} clips={deleted} ms={undoMs} onUndo={(c) => void undo(c)} onExpire={forget} />
    </main>
  );
}

/** The clip id of an address ending in `#clip=<id>`, else null. */
function clipInAddress(): string | null {
  return /^#clip=([A-Za-z0-9][A-Za-z0-9_-]{0,63})$/.exec(globalThis.location?.hash ?? '')?.[1] ?? null;
}

/**
 * Export and import, at the top of the library. Export: the selected clips, or
 * else the clips the search and filters show (every clip when none is set), said
 * with their number («تصدير 10 مقتطفات»), in one format per button or every
 * format as one zip. Import: a JSON export, validated as a whole before anything
 * is written; a refused file changes nothing and says why.
 */
import { useState } from 'preact/hooks';
import type { ImportReport } from '@/adapters/clips/store';
import { t, type UiLang } from '@/components/i18n';
import { pluralize } from '@/components/i18n/plural';
import { libraryCounts } from '@/components/i18n/strings/library-counts';
import type { Clip } from '@/lib/clips/types';
import type { ExportDataset } from '@/lib/export';
import { EXPORT_CHOICES, exportChoiceLabel, exportDownload, offerDownload, type ExportChoice } from './exporting';
import { importSummary } from './import-summary';

export interface ExportPanelProps {
  readonly lang: UiLang;
  /** What an export writes: the selected clips, or those shown. */
  readonly clips: readonly Clip[];
  /** Which clips `clips` are. */
  readonly scope: ExportScope;
  readonly selectedCount: number;
  readonly dataset: ExportDataset | null;
  readonly now: () => Date;
  readonly onSelectShown: () => void;
  readonly onSelectNone: () => void;
  readonly onImport: (text: string) => Promise<ImportReport>;
}

/** The selected clips, the clips a search or filter shows, or every clip. */
export type ExportScope = 'selected' | 'shown' | 'all';
const SCOPE_LABEL = { selected: 'exportScopeSelected', shown: 'exportScopeShown', all: 'exportScopeAll' } as const;

type Status = { kind: 'idle' } | { kind: 'busy'; text: string } | { kind: 'ok'; text: string } | { kind: 'error'; text: string };

export function ExportPanel({ lang, clips, scope, selectedCount, dataset, now, onSelectShown, onSelectNone, onImport }: ExportPanelProps) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const busy = status.kind === 'busy';

  const run = async (choice: ExportChoice) => {
    setStatus({ kind: 'busy', text: t(lang, 'exportBusy') });
    try {
      const download = await exportDownload(clips, choice, dataset, now());
      offerDownload(document, download);
      setStatus({ kind: 'ok', text: t(lang, 'exportDone', { file: download.name }) });
    } catch (e) {
      setStatus({ kind: 'error', text: t(lang, 'exportFailed', { message: e instanceof Error ? e.message : String(e) }) });
    }
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setStatus({ kind: 'busy', text: t(lang, 'importBusy') });
    try {
      const report = await onImport(await file.text());
      setStatus(report.ok
        ? { kind: 'ok', text: importSummary(lang, report) }
        : { kind: 'error', text: t(lang, 'importRefused', { error: report.error }) });
    } catch (e) {
      setStatus({ kind: 'error', text: t(lang, 'importRefused', { error: e instanceof Error ? e.message : String(e) }) });
    } finally {
      input.value = '';
    }
  };

  return (
    <section class="export" aria-labelledby="export-title">
      <h2 id="export-title" class="visually-hidden">{t(lang, 'exportImportTitle')}</h2>
      <p class="row export-scope">
        <strong class="export-count" aria-live="polite">{pluralize(lang, libraryCounts.exportClips[lang], clips.length)}</strong>
        <span class="muted">({t(lang, SCOPE_LABEL[scope])})</span>
        <button type="button" class="select-shown" onClick={onSelectShown}>{t(lang, 'exportSelectShown')}</button>
        <button type="button" class="select-none" onClick={onSelectNone} disabled={selectedCount === 0}>{t(lang, 'exportSelectNone')}</button>
      </p>
      <div class="row formats">
        {EXPORT_CHOICES.map((c) => (
          <button key={c} type="button" class={`export-${c}${c === 'zip' ? ' primary' : ''}`} data-format={c} disabled={busy || clips.length === 0} onClick={() => void run(c)}>
            {exportChoiceLabel(c, lang)}
          </button>
        ))}
      </div>
      <label class="import">
        {`${t(lang, 'importTitle')}: ${t(lang, 'importLabel')}`}
        <input type="file" name="import" accept=".json,application/json" disabled={busy} onChange={(e) => void importFile(e.currentTarget as HTMLInputElement)} />
      </label>
      <p class={`export-status ${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
        {status.kind === 'idle' ? '' : status.text}
      </p>
    </section>
  );
}

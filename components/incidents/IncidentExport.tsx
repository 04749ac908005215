/**
 * Export of the incidents the page shows (its entity's, or all, after its filters),
 * the dataset's and the analyst's own alike, in each format of incidents in the
 * export registry (lib/export/registry.ts): STIX 2.1, an ACLED-shaped CSV, GeoJSON
 * with time. The records are read when a button is pressed, from the extension's
 * database (the page lists summaries; an export needs whole records).
 */
import { useState } from 'preact/hooks';
import { readDataset } from '@/adapters/dataset/store';
import { openDatasetDb, type DatasetDb } from '@/adapters/dataset/db';
import { listOwnIncidents } from '@/adapters/own-incidents/store';
import { formatNumber, t, type UiLang } from '@/components/i18n';
import { incidentExportDownload, offerDownload } from '@/components/library/exporting';
import { formatLabel, INCIDENT_EXPORT_FORMATS, type ExportDataset, type ExportIncident, type IncidentExportFormat } from '@/lib/export';
import type { OwnIncident } from '@/lib/own-incidents/types';

/** What an export reads: the installed dataset (null before the first install) and the own incidents. */
export interface IncidentExportSource {
  readonly dataset: ExportDataset | null;
  readonly own: readonly OwnIncident[];
}

export interface IncidentExportProps {
  readonly lang: UiLang;
  /** The ids of the incidents shown, in the page's order. */
  readonly ids: readonly string[];
  readonly load?: () => Promise<IncidentExportSource>;
  readonly now?: () => Date;
}

const STRINGS = {
  title: { ar: 'تصدير الحوادث المعروضة ({count})', en: 'Export the incidents shown ({count})' },
} as const;

let db: DatasetDb | null = null;
/** The records from the extension's database, opened once per page. */
export async function readIncidentSource(): Promise<IncidentExportSource> {
  db ??= openDatasetDb();
  const [dataset, own] = await Promise.all([readDataset(db), listOwnIncidents(db)]);
  return { dataset, own };
}

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'ok'; file: string } | { kind: 'error'; message: string };

export function IncidentExport({ lang, ids, load = readIncidentSource, now = () => new Date() }: IncidentExportProps) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const run = async (format: IncidentExportFormat) => {
    setStatus({ kind: 'busy' });
    try {
      const { dataset, own } = await load();
      const byId = new Map<string, ExportIncident>([...(dataset?.incidents ?? []), ...own].map((i) => [i.id, i]));
      const incidents = ids.map((id) => byId.get(id)).filter((i): i is ExportIncident => i !== undefined);
      const download = await incidentExportDownload(incidents, format, dataset, now());
      offerDownload(document, download);
      setStatus({ kind: 'ok', file: download.name });
    } catch (e) {
      setStatus({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };
  const title = STRINGS.title[lang].replace('{count}', formatNumber(lang, ids.length));
  return (
    <section class="incident-export" aria-label={title}>
      <p class="row formats">
        <span>{title}:</span>
        {INCIDENT_EXPORT_FORMATS.map((f) => (
          <button key={f.id} type="button" data-format={f.id} disabled={status.kind === 'busy' || ids.length === 0} onClick={() => void run(f.id)}>
            {formatLabel(f, lang)}
          </button>
        ))}
      </p>
      <p class={`export-status ${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
        {status.kind === 'busy' ? t(lang, 'exportBusy') : status.kind === 'ok' ? t(lang, 'exportDone', { file: status.file }) : status.kind === 'error' ? t(lang, 'exportFailed', { message: status.message }) : ''}
      </p>
    </section>
  );
}

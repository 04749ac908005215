/**
 * Export downloads from the library page (the formats of clips in the export
 * registry, lib/export/registry.ts): the bytes of one format (a single file,
 * or a zip when the format writes several, as Markdown does with a note per clip)
 * or of every format in one zip (fflate), offered through a Blob URL and an
 * `<a download>` (no `downloads` permission needed).
 */
import type { Clip } from '@/lib/clips/types';
import {
  EXPORT_FORMATS, exportArchive, exportBaseName, exportFiles, exportFormat, exportIncidentFiles, formatLabel, zipFiles,
  type ExportDataset, type ExportFormat, type ExportIncident, type IncidentExportFormat,
} from '@/lib/export';
import { t, type UiLang } from '@/components/i18n';
import { workerPack } from './deflate-worker';

export type ExportChoice = ExportFormat | 'zip';
export const EXPORT_CHOICES: readonly ExportChoice[] = [...EXPORT_FORMATS, 'zip'];

export interface ExportDownload {
  readonly name: string;
  readonly type: string;
  readonly data: string | Uint8Array<ArrayBuffer>;
}

/** A choice's label: the registry's for a format, the catalog's for the zip of every format. */
export const exportChoiceLabel = (choice: ExportChoice, lang: UiLang): string => (choice === 'zip' ? t(lang, 'export_zip') : formatLabel(exportFormat(choice), lang));

/** What the library downloads for `choice`, exported at `now`. */
export async function exportDownload(clips: readonly Clip[], choice: ExportChoice, dataset: ExportDataset | null, now: Date): Promise<ExportDownload> {
  const options = { exportedAt: now, dataset: dataset ?? undefined };
  const base = exportBaseName(now);
  if (choice === 'zip') return { name: `${base}.zip`, type: 'application/zip', data: asBytes(await exportArchive(clips, EXPORT_FORMATS, options, 1, pack())) };
  const files = await exportFiles(clips, [choice], options);
  const format = exportFormat(choice);
  if (files.length === 1) return { name: `${base}${format.extension}`, type: format.media_type, data: files[0]!.text };
  return { name: `${base}-${choice}.zip`, type: 'application/zip', data: asBytes(await exportArchive(clips, [choice], options, 1, pack())) };
}

/** The page's zip worker, started on the first zip. */
let worker: ReturnType<typeof workerPack> | null = null;
const pack = () => (worker ??= workerPack());

/** What the incidents page downloads for `format`: its one file, or a zip when it writes several. */
export async function incidentExportDownload(incidents: readonly ExportIncident[], format: IncidentExportFormat, dataset: ExportDataset | null, now: Date): Promise<ExportDownload> {
  const files = await exportIncidentFiles(incidents, [format], { exportedAt: now, dataset: dataset ?? undefined });
  const base = exportBaseName(now, 'incidents');
  const entry = exportFormat(format);
  if (files.length === 1) return { name: `${base}${entry.extension}`, type: entry.media_type, data: files[0]!.text };
  return { name: `${base}-${format}.zip`, type: 'application/zip', data: asBytes(zipFiles(files, now, 1)) };
}

const asBytes = (u: Uint8Array): Uint8Array<ArrayBuffer> => (u.buffer instanceof ArrayBuffer ? (u as Uint8Array<ArrayBuffer>) : new Uint8Array(u));

/** Offers `d` as a download from `doc` (the Blob URL is revoked a minute later). */
export function offerDownload(doc: Document, d: ExportDownload): void {
  const url = URL.createObjectURL(new Blob([d.data], { type: d.type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = d.name;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

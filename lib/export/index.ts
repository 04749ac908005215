/**
 * Exports of clips and of incidents: every format as files, and several files as
 * one zip. Pure: the browser side only offers the bytes for download. The formats,
 * their files and media types are listed once, in registry.ts.
 */
import type { Clip } from '../clips/types';
import type { ExportOptions } from './common';
import type { ExportIncident, IncidentExportOptions } from './incident-common';
import { CLIP_EXPORT_FORMATS, EXPORT_REGISTRY, INCIDENT_EXPORT_FORMATS, type ExportFormat, type ExportFormatId, type IncidentExportFormat } from './registry';
import { packHere, ZipWriter, type ExportFile, type Level, type Pack } from './zip';

export { entityIri, type ExportDataset, type ExportOptions } from './common';
export { exportCsv, csvField } from './csv';
export { exportGeoJson, basesFeatureCollection } from './geojson';
export { exportHtmlReport, REPORT_CSP } from './html-report';
export { exportJson, type ClipExport } from './json';
export { exportJsonLd, annotationCollection, ANNO_CONTEXT } from './jsonld';
export { exportMarkdown, markdownNote, type NoteFile } from './markdown';
export { exportStix, stixBundle, type StixBundle } from './stix';
export { uuidV5, MBR_NAMESPACE } from './uuid';
export { packBytes, packHere, packText, zipFiles, ZipWriter, type ExportFile, type Level, type Pack, type Packed } from './zip';
export { exportAcledCsv, ACLED_COLUMNS, ACLED_CSV_COLUMNS } from './acled-csv';
export { exportIncidentsGeoJson, incidentsFeatureCollection } from './incidents-geojson';
export { exportStixIncidents, stixIncidentBundle } from './stix-incidents';
export type { ExportIncident, IncidentExportOptions } from './incident-common';
export {
  EXPORT_REGISTRY, CLIP_EXPORT_FORMATS, INCIDENT_EXPORT_FORMATS, exportFormat, formatLabel,
  type ExportFormat, type ExportFormatId, type IncidentExportFormat, type ExportFormatEntry, type ClipFormatEntry, type IncidentFormatEntry,
} from './registry';

/** The ids of the formats of clips, in the registry's order. */
export const EXPORT_FORMATS: readonly ExportFormat[] = CLIP_EXPORT_FORMATS.map((f) => f.id);
/** The ids of the formats of incidents, in the registry's order. */
export const INCIDENT_FORMATS: readonly IncidentExportFormat[] = INCIDENT_EXPORT_FORMATS.map((f) => f.id);

export const MEDIA_TYPES = Object.fromEntries(EXPORT_REGISTRY.map((f) => [f.id, f.media_type])) as Record<ExportFormatId, string>;

/** The files of `formats` for `clips`, in the registry's order. */
export async function exportFiles(clips: readonly Clip[], formats: readonly ExportFormat[], options: ExportOptions): Promise<ExportFile[]> {
  const want = new Set(formats);
  const files: ExportFile[] = [];
  for (const f of CLIP_EXPORT_FORMATS) if (want.has(f.id)) files.push(...(await f.render(clips, options)));
  return files;
}

/** The files of `formats` for `incidents` (the dataset's and the analyst's own), in the registry's order. */
export async function exportIncidentFiles(incidents: readonly ExportIncident[], formats: readonly IncidentExportFormat[], options: IncidentExportOptions): Promise<ExportFile[]> {
  const want = new Set(formats);
  const files: ExportFile[] = [];
  for (const f of INCIDENT_EXPORT_FORMATS) if (want.has(f.id)) files.push(...(await f.render(incidents, options)));
  return files;
}

/**
 * One zip of the files of `formats` (see exportFiles), entries dated
 * `options.exportedAt`. Deflate level 1 by default: for 1,000 clips it zips about
 * 1.4× faster than level 6 for a third more bytes, and the archive is a local download.
 * Files under 64 KB (the Markdown notes) are stored: see zipFiles. Each larger file
 * is handed to `pack` (encode, checksum, deflate) as soon as its format is
 * rendered, so a pack running in a worker overlaps the rendering of the next
 * formats (the library page does so: components/library/deflate-worker.ts).
 */
export async function exportArchive(clips: readonly Clip[], formats: readonly ExportFormat[], options: ExportOptions, level: Level = 1, pack: Pack = packHere): Promise<Uint8Array> {
  const zip = new ZipWriter(options.exportedAt, level, 65_536, pack);
  const want = new Set(formats);
  for (const f of CLIP_EXPORT_FORMATS) if (want.has(f.id)) for (const file of await f.render(clips, options)) zip.add(file);
  return zip.finish();
}

/** A download name for an export made at `at`: `militia-base-reader-clips-YYYY-MM-DD` (or `-incidents-`). */
export const exportBaseName = (at: Date, subject: 'clips' | 'incidents' = 'clips') => `militia-base-reader-${subject}-${at.toISOString().slice(0, 10)}`;

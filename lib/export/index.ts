/**
 * Exports of clips: every format as files, and several files as one zip. Pure: the
 * browser side only offers the bytes for download.
 *
 * | format   | file(s)             | media type (RFC 6838 registrations where they exist) |
 * | json     | clips.json          | application/json — the lossless format import.ts reads back |
 * | jsonld   | clips.jsonld        | application/ld+json; profile="http://www.w3.org/ns/anno.jsonld" |
 * | markdown | notes/<clip>.md     | text/markdown (RFC 7763) |
 * | csv      | mentions.csv        | text/csv (RFC 4180) |
 * | html     | report.html         | text/html |
 * | geojson  | bases.geojson       | application/geo+json (RFC 7946) |
 * | stix     | clips.stix.json     | application/stix+json;version=2.1 |
 */
import type { Clip } from '../clips/types';
import type { ExportOptions } from './common';
import { exportCsv } from './csv';
import { exportGeoJson } from './geojson';
import { exportHtmlReport } from './html-report';
import { exportJson } from './json';
import { exportJsonLd } from './jsonld';
import { exportMarkdown } from './markdown';
import { exportStix } from './stix';
import { zipFiles, type ExportFile } from './zip';

export { entityIri, type ExportDataset, type ExportOptions } from './common';
export { exportCsv, csvField } from './csv';
export { exportGeoJson, basesFeatureCollection } from './geojson';
export { exportHtmlReport, REPORT_CSP } from './html-report';
export { exportJson, type ClipExport } from './json';
export { exportJsonLd, annotationCollection, ANNO_CONTEXT } from './jsonld';
export { exportMarkdown, markdownNote, type NoteFile } from './markdown';
export { exportStix, stixBundle, type StixBundle } from './stix';
export { uuidV5, MBR_NAMESPACE } from './uuid';
export { zipFiles, type ExportFile } from './zip';

export const EXPORT_FORMATS = ['json', 'jsonld', 'markdown', 'csv', 'html', 'geojson', 'stix'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const MEDIA_TYPES: Record<ExportFormat, string> = {
  json: 'application/json',
  jsonld: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
  markdown: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  html: 'text/html; charset=utf-8',
  geojson: 'application/geo+json',
  stix: 'application/stix+json;version=2.1',
};

/** The files of `formats` for `clips`, in the order of EXPORT_FORMATS. */
export async function exportFiles(clips: readonly Clip[], formats: readonly ExportFormat[], options: ExportOptions): Promise<ExportFile[]> {
  const want = new Set(formats);
  const files: ExportFile[] = [];
  if (want.has('json')) files.push({ name: 'clips.json', text: exportJson(clips, options) });
  if (want.has('jsonld')) files.push({ name: 'clips.jsonld', text: exportJsonLd(clips, options) });
  if (want.has('markdown')) files.push(...exportMarkdown(clips, options.dataset).map((n) => ({ name: `notes/${n.name}`, text: n.text })));
  if (want.has('csv')) files.push({ name: 'mentions.csv', text: exportCsv(clips, options.dataset) });
  if (want.has('html')) files.push({ name: 'report.html', text: exportHtmlReport(clips, options) });
  if (want.has('geojson')) files.push({ name: 'bases.geojson', text: exportGeoJson(clips, options) });
  if (want.has('stix')) files.push({ name: 'clips.stix.json', text: await exportStix(clips, options) });
  return files;
}

/**
 * One zip of the files of `formats` (see exportFiles), entries dated
 * `options.exportedAt`. Deflate level 1 by default: for 1,000 clips it zips about
 * 1.4× faster than level 6 for a third more bytes, and the archive is a local download.
 * Files under 64 KB (the Markdown notes) are stored: see zipFiles.
 */
export async function exportArchive(clips: readonly Clip[], formats: readonly ExportFormat[], options: ExportOptions, level: Parameters<typeof zipFiles>[2] = 1): Promise<Uint8Array> {
  return zipFiles(await exportFiles(clips, formats, options), options.exportedAt, level, 65_536);
}

/** A download name for an export made at `at`: `militia-base-reader-clips-YYYY-MM-DD`. */
export const exportBaseName = (at: Date) => `militia-base-reader-clips-${at.toISOString().slice(0, 10)}`;

/**
 * Every export format, one entry each: what it is called in both languages, the
 * file(s) it writes, its media type, what it exports (clips or incidents) and how it
 * renders. exportFiles, the media types, the library's buttons and the incidents
 * page's choices all read this list, so a new format is one entry here (a test
 * checks that every entry is offered in the UI and renders).
 *
 * | id                | subject   | file(s)                    | media type |
 * | json              | clips     | clips.json                 | application/json — the lossless format import.ts reads back |
 * | jsonld            | clips     | clips.jsonld               | application/ld+json; profile="http://www.w3.org/ns/anno.jsonld" |
 * | markdown          | clips     | notes/<clip>.md            | text/markdown (RFC 7763) |
 * | csv               | clips     | mentions.csv               | text/csv (RFC 4180) |
 * | html              | clips     | report.html                | text/html |
 * | geojson           | clips     | bases.geojson              | application/geo+json (RFC 7946) |
 * | stix              | clips     | clips.stix.json            | application/stix+json;version=2.1 |
 * | incidents-stix    | incidents | incidents.stix.json        | application/stix+json;version=2.1 |
 * | incidents-acled   | incidents | incidents-acled.csv        | text/csv (RFC 4180) |
 * | incidents-geojson | incidents | incidents.geojson          | application/geo+json (RFC 7946) |
 */
import type { Clip } from '../clips/types';
import { exportAcledCsv } from './acled-csv';
import type { ExportOptions } from './common';
import { exportCsv } from './csv';
import { exportGeoJson } from './geojson';
import { exportHtmlReport } from './html-report';
import type { ExportIncident, IncidentExportOptions } from './incident-common';
import { exportIncidentsGeoJson } from './incidents-geojson';
import { exportJson } from './json';
import { exportJsonLd } from './jsonld';
import { exportMarkdown } from './markdown';
import { exportStix } from './stix';
import { exportStixIncidents } from './stix-incidents';
import type { ExportFile } from './zip';

interface FormatEntry<Id extends string> {
  readonly id: Id;
  readonly label_en: string;
  readonly label_ar: string;
  /** The file it writes, or the pattern of its files. */
  readonly file: string;
  readonly media_type: string;
  /** The download name's ending when the format writes one file. */
  readonly extension: string;
}

export interface ClipFormatEntry<Id extends string = string> extends FormatEntry<Id> {
  readonly subject: 'clips';
  render(clips: readonly Clip[], options: ExportOptions): ExportFile[] | Promise<ExportFile[]>;
}

export interface IncidentFormatEntry<Id extends string = string> extends FormatEntry<Id> {
  readonly subject: 'incidents';
  render(incidents: readonly ExportIncident[], options: IncidentExportOptions): ExportFile[] | Promise<ExportFile[]>;
}

export type ExportFormatEntry = ClipFormatEntry | IncidentFormatEntry;

const STIX = 'application/stix+json;version=2.1';
const CSV = 'text/csv; charset=utf-8';
const GEOJSON = 'application/geo+json';

export const EXPORT_REGISTRY = [
  {
    id: 'json', subject: 'clips', label_en: 'JSON (for import)', label_ar: 'JSON (للاستيراد)', file: 'clips.json', media_type: 'application/json', extension: '.json',
    render: (clips, o) => [{ name: 'clips.json', text: exportJson(clips, o) }],
  },
  {
    id: 'jsonld', subject: 'clips', label_en: 'W3C Web Annotation (JSON-LD)', label_ar: 'تعليقات W3C ‏(JSON-LD)', file: 'clips.jsonld',
    media_type: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"', extension: '.jsonld',
    render: (clips, o) => [{ name: 'clips.jsonld', text: exportJsonLd(clips, o) }],
  },
  {
    id: 'markdown', subject: 'clips', label_en: 'Markdown (a note per clip)', label_ar: 'Markdown (ملاحظة لكل مقتطف)', file: 'notes/<clip>.md', media_type: 'text/markdown; charset=utf-8', extension: '.md',
    render: (clips, o) => exportMarkdown(clips, o.dataset).map((n) => ({ name: `notes/${n.name}`, text: n.text })),
  },
  {
    id: 'csv', subject: 'clips', label_en: 'CSV (a row per mention)', label_ar: 'CSV (سطر لكل ذكر)', file: 'mentions.csv', media_type: CSV, extension: '.csv',
    render: (clips, o) => [{ name: 'mentions.csv', text: exportCsv(clips, o.dataset) }],
  },
  {
    id: 'html', subject: 'clips', label_en: 'HTML report', label_ar: 'تقرير HTML', file: 'report.html', media_type: 'text/html; charset=utf-8', extension: '.html',
    render: (clips, o) => [{ name: 'report.html', text: exportHtmlReport(clips, o) }],
  },
  {
    id: 'geojson', subject: 'clips', label_en: 'GeoJSON (bases)', label_ar: 'GeoJSON (القواعد)', file: 'bases.geojson', media_type: GEOJSON, extension: '.geojson',
    render: (clips, o) => [{ name: 'bases.geojson', text: exportGeoJson(clips, o) }],
  },
  {
    id: 'stix', subject: 'clips', label_en: 'STIX 2.1', label_ar: 'STIX 2.1', file: 'clips.stix.json', media_type: STIX, extension: '.stix.json',
    render: async (clips, o) => [{ name: 'clips.stix.json', text: await exportStix(clips, o) }],
  },
  {
    id: 'incidents-stix', subject: 'incidents', label_en: 'STIX 2.1 incidents', label_ar: 'حوادث STIX 2.1', file: 'incidents.stix.json', media_type: STIX, extension: '.stix.json',
    render: async (incidents, o) => [{ name: 'incidents.stix.json', text: await exportStixIncidents(incidents, o) }],
  },
  {
    id: 'incidents-acled', subject: 'incidents', label_en: 'CSV (ACLED columns)', label_ar: 'CSV (بأعمدة ACLED)', file: 'incidents-acled.csv', media_type: CSV, extension: '-acled.csv',
    render: (incidents, o) => [{ name: 'incidents-acled.csv', text: exportAcledCsv(incidents, o) }],
  },
  {
    id: 'incidents-geojson', subject: 'incidents', label_en: 'GeoJSON (points in time)', label_ar: 'GeoJSON (نقاط بتواريخها)', file: 'incidents.geojson', media_type: GEOJSON, extension: '.geojson',
    render: (incidents, o) => [{ name: 'incidents.geojson', text: exportIncidentsGeoJson(incidents, o) }],
  },
] as const satisfies readonly ExportFormatEntry[];

type Entry = (typeof EXPORT_REGISTRY)[number];
/** The id of any format. */
export type ExportFormatId = Entry['id'];
/** The id of a format of clips. */
export type ExportFormat = Extract<Entry, { subject: 'clips' }>['id'];
/** The id of a format of incidents. */
export type IncidentExportFormat = Extract<Entry, { subject: 'incidents' }>['id'];

const isClipFormat = (f: Entry): f is Extract<Entry, { subject: 'clips' }> => f.subject === 'clips';
const isIncidentFormat = (f: Entry): f is Extract<Entry, { subject: 'incidents' }> => f.subject === 'incidents';

/** The formats of clips, in the registry's order. */
export const CLIP_EXPORT_FORMATS: readonly ClipFormatEntry<ExportFormat>[] = EXPORT_REGISTRY.filter(isClipFormat);
/** The formats of incidents, in the registry's order. */
export const INCIDENT_EXPORT_FORMATS: readonly IncidentFormatEntry<IncidentExportFormat>[] = EXPORT_REGISTRY.filter(isIncidentFormat);

/** The entry of `id`. */
export function exportFormat<Id extends ExportFormatId>(id: Id): Extract<Entry, { id: Id }> {
  return EXPORT_REGISTRY.find((f) => f.id === id) as Extract<Entry, { id: Id }>;
}

/** A format's label in the UI's language. */
export const formatLabel = (f: Pick<FormatEntry<string>, 'label_en' | 'label_ar'>, lang: 'ar' | 'en'): string => (lang === 'ar' ? f.label_ar : f.label_en);

/**
 * What the incident exports share (STIX incidents, the ACLED-shaped CSV, GeoJSON
 * with time): the incidents given, the dataset's and the analyst's own
 * alike, with the sites and groups they name looked up once.
 *
 * An own incident (lib/own-incidents/types.ts) is a dataset incident plus where the
 * analyst read it; every format marks it as such. A site or group an incident names
 * that the dataset lacks (removed by a later sync) is exported by its id alone.
 */
import type { Base, Incident, Militia } from '../dataset/schema';
import { isOwnIncident, type OwnIncident } from '../own-incidents/types';
import type { ExportDataset } from './common';

/** An incident of the dataset, or one the analyst kept. */
export type ExportIncident = Incident | OwnIncident;

export interface IncidentExportOptions {
  /** The export's time: STIX timestamps of dataset objects, the CSV's `timestamp`. */
  readonly exportedAt: Date;
  /** The installed dataset, for the sites' places and the groups' names. */
  readonly dataset?: ExportDataset;
}

export { isOwnIncident };

/** Lookups by id over the dataset's bases and groups, built once per export. */
export interface IncidentIndex {
  readonly base: (id: string) => Base | undefined;
  readonly group: (id: string) => Militia | undefined;
  /** A group's English name, else its id. */
  readonly groupName: (id: string) => string;
}

export function incidentIndex(dataset: ExportDataset | undefined): IncidentIndex {
  const bases = new Map(dataset?.bases.map((b) => [b.id, b]));
  const groups = new Map(dataset?.militias.map((m) => [m.id, m]));
  return { base: (id) => bases.get(id), group: (id) => groups.get(id), groupName: (id) => groups.get(id)?.name_en ?? id };
}

/** The groups of an incident that claimed it, then those officials blamed that did not, each once. */
export function attackers(i: Incident): string[] {
  return [...new Set([...i.claimed_by, ...i.attributed_to.map((a) => a.group)])];
}

/** The first day after the period `date` starts (day, month or year), as `YYYY-MM-DD`. */
export function periodEnd(date: string, precision: Incident['date_precision']): string {
  const d = new Date(`${date}T00:00:00.000Z`);
  if (precision === 'year') d.setUTCFullYear(d.getUTCFullYear() + 1, 0, 1);
  else if (precision === 'month') d.setUTCMonth(d.getUTCMonth() + 1, 1);
  else d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Where the analyst read an own incident (its article), else null. */
export const articleOf = (i: ExportIncident): string | null => (isOwnIncident(i) ? i.article_url : null);

/** The incidents newest first (then by id), as every incident export lists them. */
export function newestFirst<T extends Incident>(incidents: readonly T[]): T[] {
  return [...incidents].sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

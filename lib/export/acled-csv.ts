/**
 * Incidents as an events table in ACLED's shape: ACLED's column names, in its
 * order, one row per incident and site (ACLED codes one row per event and
 * location), so that a table of ACLED events and this file stack, and scripts
 * written for ACLED's exports read this one. Then this tool's own columns, `mbr_…`,
 * for what ACLED has no column for. The file follows csv.ts: RFC 4180, every field
 * quoted, UTF-8 with a byte order mark, formula injection neutralised.
 *
 * How the dataset's fields map (columns not listed are left empty: this tool does
 * not code ACLED's actor categories `inter1`/`inter2`/`interaction`, admin2/admin3
 * or source scale):
 * - `event_id_cnty`: the incident's id (an own incident's starts with `own-`),
 *   `-2`, `-3`… appended for its second and later sites.
 * - `event_date` YYYY-MM-DD; `time_precision` 1 for a day, 3 for a month or a year.
 * - `disorder_type` "Political violence"; `event_type`/`sub_event_type` by weapon:
 *   a drone "Explosions/Remote violence"/"Air/drone strike"; rockets, missiles,
 *   mortars the same event type/"Shelling/artillery/missile attack"; an IED
 *   "Remote explosive/landmine/IED"; small arms alone "Battles"/"Armed clash".
 *   A weapon recorded as "unknown" alone gives "Explosions/Remote violence" and no
 *   sub-event type.
 * - `actor1` the first group that claimed it, else the first officials blamed, else
 *   "Unidentified Armed Group (<country>)"; `assoc_actor_1` the others, "; "-joined.
 *   `actor2` the first force the site hosts (the dataset's `hosted`), the rest in
 *   `assoc_actor_2`.
 * - `iso` ISO 3166-1 numeric, `country` in English, `admin1` the site's area,
 *   `location` its name, `latitude`/`longitude`, `geo_precision` 1 when the point is
 *   right within 5 km, 2 within 50 km, else 3; empty for a site without coordinates.
 * - `source` the hosts of the http(s) sources, `notes` the English summary, `fatalities` the
 *   killed as reported (empty when the sources give no number), `tags` "own record"
 *   for the analyst's own incidents, `timestamp` the export time in Unix seconds.
 */
import type { Weapon } from '../dataset/schema';
import { csvField } from './csv';
import { isLinkable } from './text-escape';
import { articleOf, incidentIndex, isOwnIncident, newestFirst, type ExportIncident, type IncidentExportOptions } from './incident-common';

export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
  'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
] as const;

/** This tool's columns after ACLED's: ids and what ACLED's columns cannot hold. */
export const MBR_COLUMNS = [
  'mbr_incident_id', 'mbr_own', 'mbr_site_id', 'mbr_weapons', 'mbr_outcome', 'mbr_injured', 'mbr_claimed_by', 'mbr_attributed_to',
  'mbr_summary_ar', 'mbr_sources', 'mbr_article_url', 'mbr_confidence', 'mbr_date_precision',
] as const;

export const ACLED_CSV_COLUMNS = [...ACLED_COLUMNS, ...MBR_COLUMNS] as const;

/** ISO 3166-1 numeric codes of the Middle East countries the dataset's sites are in; ACLED files all of these under its "Middle East" region. */
const MIDDLE_EAST_ISO: Readonly<Record<string, number>> = {
  IQ: 368, SY: 760, JO: 400, KW: 414, SA: 682, AE: 784, QA: 634, BH: 48, OM: 512, LB: 422, IL: 376, IR: 364, TR: 792, YE: 887, PS: 275,
};
/** ISO 3166-1 numeric codes of every country the dataset's sites are in: those and the British Indian Ocean Territory (Diego Garcia), whose ACLED region is left empty. */
const ISO_NUMERIC: Readonly<Record<string, number>> = { ...MIDDLE_EAST_ISO, IO: 86 };
const MIDDLE_EAST = new Set(Object.keys(MIDDLE_EAST_ISO));

/** The event and sub-event types of each weapon, strongest first (the first weapon found in this order decides). */
const TYPES_BY_WEAPON: readonly [Weapon, string, string][] = [
  ['drone', 'Explosions/Remote violence', 'Air/drone strike'],
  ['ballistic missile', 'Explosions/Remote violence', 'Shelling/artillery/missile attack'],
  ['cruise missile', 'Explosions/Remote violence', 'Shelling/artillery/missile attack'],
  ['rocket', 'Explosions/Remote violence', 'Shelling/artillery/missile attack'],
  ['mortar', 'Explosions/Remote violence', 'Shelling/artillery/missile attack'],
  ['ied', 'Explosions/Remote violence', 'Remote explosive/landmine/IED'],
  ['small arms', 'Battles', 'Armed clash'],
];

const countries = new Intl.DisplayNames('en', { type: 'region' });
const countryName = (code: string) => {
  try {
    return countries.of(code) ?? code;
  } catch {
    return code;
  }
};

export function exportAcledCsv(incidents: readonly ExportIncident[], options: IncidentExportOptions): string {
  const index = incidentIndex(options.dataset);
  const timestamp = Math.floor(options.exportedAt.getTime() / 1000);
  const rows: string[] = [ACLED_CSV_COLUMNS.join(',')];
  for (const i of newestFirst(incidents)) {
    const [eventType, subType] = eventTypes(i.weapons);
    const groups = [...i.claimed_by, ...i.attributed_to.map((a) => a.group).filter((g) => !i.claimed_by.includes(g))];
    const own = isOwnIncident(i);
    i.sites.forEach((siteId, n) => {
      const site = index.base(siteId);
      const country = site?.country ?? '';
      const actors = [...new Set(groups)].map(index.groupName);
      const hosted = site?.hosted ?? [];
      const c = site?.coordinates;
      const row: Record<(typeof ACLED_CSV_COLUMNS)[number], string | number | null> = {
        event_id_cnty: n === 0 ? i.id : `${i.id}-${n + 1}`,
        event_date: i.date,
        year: Number(i.date.slice(0, 4)),
        time_precision: i.date_precision === 'day' ? 1 : 3,
        disorder_type: 'Political violence',
        event_type: eventType,
        sub_event_type: subType,
        actor1: actors[0] ?? `Unidentified Armed Group (${country ? countryName(country) : 'unknown'})`,
        assoc_actor_1: actors.slice(1).join('; '),
        inter1: null,
        actor2: hosted[0] ?? '',
        assoc_actor_2: hosted.slice(1).join('; '),
        inter2: null,
        interaction: null,
        civilian_targeting: null,
        iso: ISO_NUMERIC[country] ?? null,
        region: MIDDLE_EAST.has(country) ? 'Middle East' : null,
        country: country ? countryName(country) : null,
        admin1: site?.admin_area_en ?? null,
        admin2: null,
        admin3: null,
        location: site?.name_en ?? siteId,
        latitude: c ? c.lat : null,
        longitude: c ? c.lon : null,
        geo_precision: c ? (c.precision_m <= 5000 ? 1 : c.precision_m <= 50_000 ? 2 : 3) : null,
        source: [...new Set(i.sources.filter(isLinkable).map((u) => new URL(u).hostname))].join('; '),
        source_scale: null,
        notes: i.summary_en,
        fatalities: i.casualties?.killed ?? null,
        tags: own ? 'own record' : null,
        timestamp,
        mbr_incident_id: i.id,
        mbr_own: own ? 'true' : 'false',
        mbr_site_id: siteId,
        mbr_weapons: i.weapons.join('; '),
        mbr_outcome: i.outcome,
        mbr_injured: i.casualties?.injured ?? null,
        mbr_claimed_by: i.claimed_by.join('; '),
        mbr_attributed_to: i.attributed_to.map((a) => `${a.group} (${a.by})`).join('; '),
        mbr_summary_ar: i.summary_ar,
        mbr_sources: i.sources.join(' '),
        mbr_article_url: articleOf(i),
        mbr_confidence: i.confidence,
        mbr_date_precision: i.date_precision,
      };
      rows.push(ACLED_CSV_COLUMNS.map((k) => csvField(row[k])).join(','));
    });
  }
  return '\ufeff' + rows.join('\r\n') + '\r\n';
}

function eventTypes(weapons: readonly Weapon[]): [string, string] {
  for (const [w, type, sub] of TYPES_BY_WEAPON) if (weapons.includes(w)) return [type, sub];
  return ['Explosions/Remote violence', ''];
}

/** The numbers `npm run -s data:stats` prints: what the dataset holds, at a glance. */
import { GAZA_WAR_CAMPAIGN, type Dataset } from './schema';
import { hasAgencyOrOfficial, type SourceHostTable } from './source-hosts';

export interface DatasetStats {
  readonly version: string;
  readonly bases: number;
  readonly militias: number;
  readonly incidents: number;
  /** Incidents with at least one source URL. */
  readonly incidents_with_source: number;
  /** Incidents dated within the Gaza-war campaign window, 17 Oct 2023 – 4 Feb 2024 inclusive (by date, not by label). */
  readonly incidents_2023_2024_campaign: number;
  /** Aliases of bases and militias, by language. */
  readonly aliases_ar: number;
  readonly aliases_en: number;
  /** Earliest and latest incident dates (`YYYY-MM-DD`), null when there are no incidents. */
  readonly first_incident: string | null;
  readonly last_incident: string | null;
  /** Incidents by the year of their date, years in order. */
  readonly incidents_per_year: Readonly<Record<string, number>>;
  /** Incidents by the country of their sites (an incident on sites in two countries counts in both), codes in order. */
  readonly incidents_per_country: Readonly<Record<string, number>>;
  /** Incidents citing at least one news agency or official source (data/source-hosts.json), and their share of all incidents (0–1, three decimals). */
  readonly incidents_with_agency_or_official: number;
  readonly share_with_agency_or_official: number;
  /** Ids of the bases (sites) without coordinates and without a stated reason (data:build refuses these). */
  readonly sites_without_coordinates: readonly string[];
  /** Ids of the sites without a place, each saying why (`coordinates_note_en`: the convoy routes). */
  readonly sites_without_place: readonly string[];
  /** Ids of the sites whose point is an estimate or a stand-in, explained in `coordinates_note_en`. */
  readonly sites_estimated: readonly string[];
}

export function datasetStats(d: Dataset, sourceHosts: SourceHostTable = new Map()): DatasetStats {
  const aliases = [...d.bases, ...d.militias].flatMap((r) => r.aliases);
  const dates = d.incidents.map((i) => i.date).sort();
  const { from, to } = GAZA_WAR_CAMPAIGN;
  const country = new Map(d.bases.map((b) => [b.id, b.country]));
  const backed = d.incidents.filter((i) => hasAgencyOrOfficial(i.sources, sourceHosts)).length;
  return {
    version: d.version,
    bases: d.bases.length,
    militias: d.militias.length,
    incidents: d.incidents.length,
    incidents_with_source: d.incidents.filter((i) => i.sources.length > 0).length,
    incidents_2023_2024_campaign: dates.filter((x) => x >= from && x <= to).length,
    aliases_ar: aliases.filter((a) => a.lang === 'ar').length,
    aliases_en: aliases.filter((a) => a.lang === 'en').length,
    first_incident: dates[0] ?? null,
    last_incident: dates[dates.length - 1] ?? null,
    incidents_per_year: tally(d.incidents.map((i) => [i.date.slice(0, 4)])),
    incidents_per_country: tally(d.incidents.map((i) => [...new Set(i.sites.map((s) => country.get(s) ?? '??'))])),
    incidents_with_agency_or_official: backed,
    share_with_agency_or_official: d.incidents.length === 0 ? 0 : Math.round((backed / d.incidents.length) * 1000) / 1000,
    sites_without_coordinates: d.bases.filter((b) => b.coordinates === null && !b.coordinates_note_en?.trim()).map((b) => b.id),
    sites_without_place: d.bases.filter((b) => b.coordinates === null && !!b.coordinates_note_en?.trim()).map((b) => b.id),
    sites_estimated: d.bases.filter((b) => b.coordinates !== null && !!b.coordinates_note_en?.trim()).map((b) => b.id),
  };
}

/** How many of the lists hold each key, keys sorted. */
function tally(lists: readonly (readonly string[])[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const keys of lists) for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : 1)));
}

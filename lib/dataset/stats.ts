/** The numbers `npm run -s data:stats` prints: what the dataset holds, at a glance. */
import { GAZA_WAR_CAMPAIGN, type Dataset } from './schema';

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
}

export function datasetStats(d: Dataset): DatasetStats {
  const aliases = [...d.bases, ...d.militias].flatMap((r) => r.aliases);
  const dates = d.incidents.map((i) => i.date).sort();
  const { from, to } = GAZA_WAR_CAMPAIGN;
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
  };
}

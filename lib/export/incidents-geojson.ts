/**
 * Incidents as GeoJSON (RFC 7946) to play over time: one Point Feature per
 * incident and located site, [longitude, latitude] in WGS 84, newest first.
 *
 * Time, as the tools read it:
 * - `time`: the start of the incident's day (or month, or year) as an ISO 8601
 *   UTC timestamp «2024-01-28T00:00:00Z»: kepler.gl offers a string property in
 *   this form as a time filter to play; GDAL/OGR (and so QGIS) types it as a
 *   DateTime field, which QGIS's temporal controller animates ("single field with
 *   date/time").
 * - `time_end`: the start of the next day (month, year), for QGIS's "separate
 *   fields for start and end" when a date is known only to the month or year.
 * - `timestamp`: `time` in Unix milliseconds, for tools that want a number.
 * - `date` «YYYY-MM-DD» and `date_precision` as the dataset has them.
 *
 * Other properties: ids and names of the site, weapons and groups as "; "-joined
 * text (scalar fields every GIS reads), outcome, killed and injured (null when not
 * reported), the summaries, sources, confidence, and for the analyst's own
 * incidents `own: true` and `article_url`. Feature ids are `<incident>|<site>`.
 * Incidents at sites without coordinates are not features: they are listed in the
 * foreign member (§6.1) `unlocated_incidents` with the site they name.
 */
import { articleOf, incidentIndex, isOwnIncident, newestFirst, periodEnd, type ExportIncident, type IncidentExportOptions } from './incident-common';

export function exportIncidentsGeoJson(incidents: readonly ExportIncident[], options: IncidentExportOptions): string {
  return JSON.stringify(incidentsFeatureCollection(incidents, options)) + '\n';
}

export function incidentsFeatureCollection(incidents: readonly ExportIncident[], options: Pick<IncidentExportOptions, 'dataset'>) {
  const index = incidentIndex(options.dataset);
  const features = [];
  const unlocated: { incident_id: string; site_id: string; date: string }[] = [];
  for (const i of newestFirst(incidents)) {
    const time = `${i.date}T00:00:00Z`;
    const common = {
      incident_id: i.id,
      date: i.date,
      date_precision: i.date_precision,
      time,
      time_end: `${periodEnd(i.date, i.date_precision)}T00:00:00Z`,
      timestamp: Date.parse(time),
      weapons: i.weapons.join('; '),
      outcome: i.outcome,
      killed: i.casualties?.killed ?? null,
      injured: i.casualties?.injured ?? null,
      claimed_by: i.claimed_by.map(index.groupName).join('; '),
      attributed_to: i.attributed_to.map((a) => `${index.groupName(a.group)} (${a.by})`).join('; '),
      summary_en: i.summary_en,
      summary_ar: i.summary_ar,
      sources: i.sources.join(' '),
      confidence: i.confidence,
      own: isOwnIncident(i),
      article_url: articleOf(i),
    };
    for (const siteId of i.sites) {
      const site = index.base(siteId);
      if (!site?.coordinates) {
        unlocated.push({ incident_id: i.id, site_id: siteId, date: i.date });
        continue;
      }
      features.push({
        type: 'Feature' as const,
        id: `${i.id}|${siteId}`,
        geometry: { type: 'Point' as const, coordinates: [site.coordinates.lon, site.coordinates.lat] as [number, number] },
        properties: { ...common, site_id: siteId, site_name_en: site.name_en, site_name_ar: site.name_ar, country: site.country, precision_m: site.coordinates.precision_m },
      });
    }
  }
  return { type: 'FeatureCollection' as const, features, unlocated_incidents: unlocated };
}

/**
 * The bases the clips mention, as GeoJSON (RFC 7946).
 *
 * - One FeatureCollection (§3.3) with one Feature (§3.2) per base that has
 *   coordinates: a Point (§3.1.2) [longitude, latitude] in WGS 84 (§4: no `crs`
 *   member), the feature `id` the base's dataset id, `properties` with its names,
 *   type, country, the radius in metres within which the point is right, and counts:
 *   mentions in the clips, clips mentioning it, incidents at it in the dataset.
 * - Bases without coordinates (none in the dataset, or missing from the current
 *   dataset) are not features; they are listed, with the same counts, in the
 *   foreign member (§6.1) `unlocated_bases`, so nothing mentioned is silently lost.
 * - Militias have no location and are left out.
 */
import type { Clip } from '../clips/types';
import { entitiesOf, type ExportedEntity, type ExportOptions } from './common';

interface Counts {
  readonly mention_count: number;
  readonly clip_count: number;
  readonly incident_count: number;
}

export function exportGeoJson(clips: readonly Clip[], options: Pick<ExportOptions, 'dataset'>): string {
  return JSON.stringify(basesFeatureCollection(clips, options)) + '\n';
}

export function basesFeatureCollection(clips: readonly Clip[], options: Pick<ExportOptions, 'dataset'>) {
  const features = [];
  const unlocated: ({ id: string; name_en: string; name_ar: string } & Counts)[] = [];
  for (const e of entitiesOf(clips, options.dataset).values()) {
    if (e.kind !== 'base') continue;
    const counts = countsOf(e);
    const b = e.base;
    if (!b?.coordinates) {
      unlocated.push({ id: e.id, name_en: e.name_en, name_ar: e.name_ar, ...counts });
      continue;
    }
    features.push({
      type: 'Feature' as const,
      id: e.id,
      geometry: { type: 'Point' as const, coordinates: [b.coordinates.lon, b.coordinates.lat] as [number, number] },
      properties: {
        id: e.id,
        name_en: b.name_en,
        name_ar: b.name_ar,
        type: b.type,
        country: b.country,
        admin_area_en: b.admin_area_en,
        admin_area_ar: b.admin_area_ar,
        precision_m: b.coordinates.precision_m,
        ...counts,
      },
    });
  }
  return { type: 'FeatureCollection' as const, features, unlocated_bases: unlocated };
}

function countsOf(e: ExportedEntity): Counts {
  return { mention_count: e.mentions, clip_count: e.clips, incident_count: e.incidents.length };
}

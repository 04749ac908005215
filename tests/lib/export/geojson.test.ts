/** The GeoJSON export against RFC 7946. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Clip } from '../../../lib/clips/types';
import { exportGeoJson } from '../../../lib/export/geojson';
import { dataset, sampleClips } from '../../fixtures/clips';

type Obj = Record<string, any>;

/** RFC 7946 rules for a FeatureCollection of Points. */
function geoJsonProblems(fc: Obj): string[] {
  const p: string[] = [];
  if (fc.type !== 'FeatureCollection') p.push('type must be FeatureCollection (§3.3)');
  if (!Array.isArray(fc.features)) p.push('features must be an array (§3.3)');
  if ('crs' in fc) p.push('no crs member (§4)');
  for (const f of fc.features ?? []) {
    if (f.type !== 'Feature') p.push('feature type (§3.2)');
    if (!('geometry' in f) || !('properties' in f)) p.push('feature needs geometry and properties members (§3.2)');
    if (f.id !== undefined && typeof f.id !== 'string' && typeof f.id !== 'number') p.push('id must be a string or number (§3.2)');
    if (f.properties !== null && (typeof f.properties !== 'object' || Array.isArray(f.properties))) p.push('properties must be an object or null (§3.2)');
    if ('crs' in f) p.push('no crs member (§4)');
    const g = f.geometry;
    if (g.type !== 'Point') p.push('geometry type Point (§3.1.2)');
    const c = g.coordinates;
    if (!Array.isArray(c) || c.length < 2 || c.length > 3 || !c.every((x: unknown) => typeof x === 'number' && Number.isFinite(x))) p.push('a position is 2 or 3 numbers (§3.1.1)');
    else {
      if (c[0] < -180 || c[0] > 180) p.push('longitude out of range (§3.1.1: [longitude, latitude])');
      if (c[1] < -90 || c[1] > 90) p.push('latitude out of range (§3.1.1)');
    }
  }
  return p;
}

let clips: Clip[];
beforeAll(async () => {
  clips = await sampleClips();
});

describe('GeoJSON export', () => {
  it('is an RFC 7946 FeatureCollection of Points', () => {
    const fc = JSON.parse(exportGeoJson(clips, { dataset }));
    expect(geoJsonProblems(fc)).toEqual([]);
    expect(geoJsonProblems(JSON.parse(exportGeoJson([], { dataset })))).toEqual([]);
  });

  it('writes [longitude, latitude] with names and counts', () => {
    const fc = JSON.parse(exportGeoJson(clips, { dataset }));
    const asad = fc.features.find((f: Obj) => f.id === 'ain-al-asad');
    expect(asad.geometry.coordinates).toEqual([42.4412, 33.7857]);
    // Mentions: twice in the article, once in the hostile clip; in two clips; two incidents in the dataset.
    expect(asad.properties).toMatchObject({ name_en: 'Ain al-Asad Air Base', name_ar: 'قاعدة عين الأسد', country: 'IQ', precision_m: 1000, mention_count: 3, clip_count: 2, incident_count: 2 });
    const victory = fc.features.find((f: Obj) => f.id === 'victory');
    expect(victory.geometry.coordinates).toEqual([44.2383, 33.2617]);
    expect(victory.properties).toMatchObject({ mention_count: 2, clip_count: 2, incident_count: 1 });
  });

  it('lists bases without coordinates in unlocated_bases, and leaves militias out', () => {
    const fc = JSON.parse(exportGeoJson(clips, { dataset }));
    expect(fc.features.map((f: Obj) => f.id).sort()).toEqual(['ain-al-asad', 'victory']);
    expect(fc.unlocated_bases).toEqual([{ id: 'harir', name_en: 'Harir Air Base', name_ar: 'قاعدة حرير', mention_count: 2, clip_count: 2, incident_count: 0 }]);
    const bare = JSON.parse(exportGeoJson(clips, {}));
    expect(bare.features).toEqual([]);
    expect(bare.unlocated_bases.map((b: Obj) => b.id).sort()).toEqual(['ain-al-asad', 'harir', 'victory']);
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportIncidentsGeoJson } from '../../../lib/export/incidents-geojson';
import { dataset, exportedAt, incidents, ownDrone, ownMonth } from '../../fixtures/incidents';

type Obj = Record<string, any>;
const ogrinfo = (() => {
  try {
    execFileSync('ogrinfo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('GeoJSON of incidents, with time', () => {
  const text = exportIncidentsGeoJson(incidents, { exportedAt, dataset });
  const fc = JSON.parse(text) as Obj;
  const feature = (id: string) => fc.features.find((f: Obj) => f.id === id);

  it('is an RFC 7946 FeatureCollection of Points in [longitude, latitude], one per incident and located site, newest first', () => {
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.crs).toBeUndefined();
    expect(fc.features.map((f: Obj) => f.id)).toEqual([`${ownDrone.id}|victory`, '2024-01-20-ain-al-asad-rocket|ain-al-asad', '2023-11-02-victory-rocket|victory', '2023-10-25-ain-al-asad-drone|ain-al-asad']);
    for (const f of fc.features) {
      expect(f.type).toBe('Feature');
      expect(f.geometry.type).toBe('Point');
      const [lon, lat] = f.geometry.coordinates;
      expect(lon).toBeGreaterThanOrEqual(-180);
      expect(lat).toBeLessThanOrEqual(90);
    }
    expect(feature('2024-01-20-ain-al-asad-rocket|ain-al-asad').geometry.coordinates).toEqual([42.4412, 33.7857]);
  });

  it('carries the time as ISO 8601 (start and end of the period) and as Unix milliseconds', () => {
    expect(feature('2024-01-20-ain-al-asad-rocket|ain-al-asad').properties).toMatchObject({
      time: '2024-01-20T00:00:00Z', time_end: '2024-01-21T00:00:00Z', timestamp: Date.UTC(2024, 0, 20), date: '2024-01-20', date_precision: 'day',
      weapons: 'rocket; drone', outcome: 'damage', killed: 0, injured: 2, claimed_by: "Kata'ib Hezbollah", own: false, article_url: null,
      site_id: 'ain-al-asad', site_name_ar: 'قاعدة عين الأسد', country: 'IQ', precision_m: 1000,
    });
    for (const f of fc.features) expect(new Date(f.properties.time).toISOString().replace('.000', '')).toBe(f.properties.time);
  });

  it('marks own incidents; incidents at sites without coordinates are listed, not lost', () => {
    expect(feature(`${ownDrone.id}|victory`).properties).toMatchObject({ own: true, article_url: ownDrone.article_url, killed: null, injured: 3, attributed_to: "Kata'ib Hezbollah (US Department of Defense)" });
    expect(fc.unlocated_incidents).toEqual([
      { incident_id: ownMonth.id, site_id: 'harir', date: '2024-01-01' },
      { incident_id: ownMonth.id, site_id: 'gone-base', date: '2024-01-01' },
    ]);
  });

  it('without the dataset, no feature and every incident listed; with none, an empty collection', () => {
    const bare = JSON.parse(exportIncidentsGeoJson(incidents, { exportedAt })) as Obj;
    expect(bare.features).toEqual([]);
    expect(bare.unlocated_incidents).toHaveLength(6);
    expect(JSON.parse(exportIncidentsGeoJson([], { exportedAt, dataset }))).toEqual({ type: 'FeatureCollection', features: [], unlocated_incidents: [] });
  });

  it.skipIf(!ogrinfo)('GDAL/OGR (what QGIS reads with) types `time` as DateTime and `date` as Date', () => {
    const dir = mkdtempSync(join(tmpdir(), 'geojson-'));
    const file = join(dir, 'incidents.geojson');
    writeFileSync(file, text, 'utf8');
    const info = execFileSync('ogrinfo', ['-so', '-al', file], { encoding: 'utf8' });
    expect(info).toMatch(/Feature Count: 4/);
    expect(info).toMatch(/^time: DateTime/m);
    expect(info).toMatch(/^date: Date/m);
  });
});

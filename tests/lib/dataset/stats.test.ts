import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { datasetStats, isVersion } from '../../../lib/dataset';
import { root } from '../../fixtures/run-cli';
import { validContent } from '../../fixtures/shipped-data';

describe('npm run -s data:stats', () => {
  const r = spawnSync('npm', ['run', '-s', 'data:stats'], { cwd: root, encoding: 'utf8' });

  it('prints exactly one JSON object with the contract fields', () => {
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const stats = JSON.parse(r.stdout);
    expect(Object.keys(stats)).toEqual([
      'version', 'bases', 'militias', 'incidents', 'incidents_with_source', 'incidents_2023_2024_campaign',
      'aliases_ar', 'aliases_en', 'first_incident', 'last_incident', 'incidents_per_year', 'incidents_per_country',
      'incidents_with_agency_or_official', 'share_with_agency_or_official', 'sites_without_coordinates',
      'sites_without_place', 'sites_estimated',
    ]);
    expect(isVersion(stats.version)).toBe(true);
    expect(stats.first_incident).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(stats.last_incident).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const k of ['bases', 'militias', 'incidents', 'incidents_with_source', 'incidents_2023_2024_campaign', 'aliases_ar', 'aliases_en']) {
      expect(Number.isInteger(stats[k]), k).toBe(true);
    }
  });

  it('meets the dataset targets', () => {
    const stats = JSON.parse(r.stdout);
    expect(stats.bases).toBeGreaterThanOrEqual(40);
    expect(stats.militias).toBeGreaterThanOrEqual(30);
    expect(stats.incidents).toBeGreaterThanOrEqual(250);
    expect(stats.incidents_2023_2024_campaign).toBeGreaterThanOrEqual(140);
    expect(stats.incidents_with_source).toBe(stats.incidents);
    expect(stats.first_incident >= '2019-01-01').toBe(true);
    expect(stats.first_incident <= stats.last_incident).toBe(true);
  });

  it('breaks incidents down by year and country, and counts the agency or official ones', () => {
    const stats = JSON.parse(r.stdout);
    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    expect(sum(stats.incidents_per_year)).toBe(stats.incidents);
    expect(Object.keys(stats.incidents_per_year)).toEqual(Object.keys(stats.incidents_per_year).sort());
    expect(Object.keys(stats.incidents_per_year).every((y) => /^\d{4}$/.test(y))).toBe(true);
    expect(sum(stats.incidents_per_country)).toBeGreaterThanOrEqual(stats.incidents);
    expect(Object.keys(stats.incidents_per_country).every((c) => /^[A-Z]{2}$/.test(c))).toBe(true);
    expect(stats.share_with_agency_or_official).toBe(Math.round((stats.incidents_with_agency_or_official / stats.incidents) * 1000) / 1000);
    expect(stats.sites_without_coordinates.every((id: string) => /^[a-z0-9-]+$/.test(id))).toBe(true);
  });

  it('lists no site without coordinates or a stated reason (issue 12: every site located)', () => {
    const stats = JSON.parse(r.stdout);
    expect(stats.sites_without_coordinates).toEqual([]);
    expect(stats.sites_without_place).toEqual(['coalition-supply-convoys-iraq']);
  });
});

describe('datasetStats', () => {
  it('counts per year, per country (once per incident), agency or official sources and sites without coordinates', () => {
    const d = { version: '2026.11.21.1', ...validContent() };
    d.bases[1]!.coordinates = null;
    d.incidents[1]!.sites = ['tower-22', 'ain-al-asad'];
    d.incidents[1]!.sources = ['https://wire.example/x'];
    const s = datasetStats(d, new Map([['wire.example', 'agency'], ['example.org', 'outlet']]));
    expect(s.incidents_per_year).toEqual({ 2023: 1, 2024: 1 });
    expect(s.incidents_per_country).toEqual({ IQ: 2, JO: 1 });
    expect([s.incidents_with_agency_or_official, s.share_with_agency_or_official]).toEqual([1, 0.5]);
    expect(s.sites_without_coordinates).toEqual(['tower-22']);
    expect(s.sites_without_place).toEqual([]);
  });

  it('tells a site without a place (its reason stated) and an estimated point from a site not yet located', () => {
    const d = { version: '2026.11.21.1', ...validContent() };
    d.bases[1]!.coordinates = null;
    d.bases[1]!.coordinates_note_en = 'Not a place.';
    d.bases[1]!.coordinates_note_ar = 'ليس موقعاً.';
    d.bases[0]!.coordinates_note_en = 'Estimated from a distance.';
    d.bases[0]!.coordinates_note_ar = 'تقدير من مسافة.';
    const s = datasetStats(d);
    expect(s.sites_without_coordinates).toEqual([]);
    expect(s.sites_without_place).toEqual([d.bases[1]!.id]);
    expect(s.sites_estimated).toEqual([d.bases[0]!.id]);
  });
});

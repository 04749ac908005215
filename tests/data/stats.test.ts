import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { isVersion } from '../../lib/dataset';
import { root } from '../fixtures/run-cli';

describe('npm run -s data:stats', () => {
  const r = spawnSync('npm', ['run', '-s', 'data:stats'], { cwd: root, encoding: 'utf8' });

  it('prints exactly one JSON object with the contract fields', () => {
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const stats = JSON.parse(r.stdout);
    expect(Object.keys(stats)).toEqual([
      'version', 'bases', 'militias', 'incidents', 'incidents_with_source', 'incidents_2023_2024_campaign',
      'aliases_ar', 'aliases_en', 'first_incident', 'last_incident',
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
});

import { describe, expect, it } from 'vitest';
import { buildSummaries } from '../../../lib/dataset/summary';
import { assembleDataset } from '../../../lib/dataset';
import { shipped } from '../../fixtures/shipped-data';

const shippedDataset = async () => assembleDataset(shipped().content, '2026.01.01.000000-test');

describe('buildSummaries', () => {
  it('summarises every entity, with its incidents newest first', async () => {
    const dataset = await shippedDataset();
    const s = buildSummaries(dataset, 5);
    expect(Object.keys(s).length).toBe(dataset.bases.length + dataset.militias.length);
    const asad = s['ain-al-asad'];
    expect(asad.kind).toBe('base');
    expect(asad.incident_count).toBe(dataset.incidents.filter((i) => i.sites.includes('ain-al-asad')).length);
    expect(asad.recent).toHaveLength(5);
    const dates = asad.recent.map((i) => i.date);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(asad.recent[0].sites.map((x) => x.id)).toContain('ain-al-asad');
  });

  it('counts for a group the incidents it claimed or was blamed for, and names its umbrella', async () => {
    const dataset = await shippedDataset();
    const s = buildSummaries(dataset);
    const kh = s['kataib-hezbollah'];
    const expected = dataset.incidents.filter((i) => i.claimed_by.includes('kataib-hezbollah') || i.attributed_to.some((a) => a.group === 'kataib-hezbollah')).length;
    expect(kh.incident_count).toBe(expected);
    expect(kh.incident_count).toBeGreaterThan(0);
    expect(kh.umbrella.map((u) => u.id)).toContain('islamic-resistance-in-iraq');
    expect(kh.recent[0].claimed_by.every((c) => c.name_en.length > 0)).toBe(true);
  });
});

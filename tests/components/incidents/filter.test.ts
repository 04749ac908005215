import { describe, expect, it } from 'vitest';
import { filterIncidents, isFiltering, noFilter } from '../../../components/incidents/filter';
import { ownIncidentSummary } from '../../../lib/own-incidents/listing';
import { checkOwnIncident } from '../../../lib/own-incidents/validate';
import { draft, KNOWN, NOW } from '../../fixtures/own-incidents';

describe('the record filter of the incident list', () => {
  const r = checkOwnIncident(draft(), KNOWN, NOW);
  if (!r.ok) throw new Error(r.error);
  const own = ownIncidentSummary(r.incident, new Map());
  const { own: _, article_url: _a, article_title: _t, kept_at: _k, evidence: _e, ...rest } = own;
  const dataset = { ...rest, id: '2026-11-17-ain-al-asad-drone', date: '2026-11-17' };

  it("keeps the own incidents, the dataset's, or both", () => {
    expect(filterIncidents([own, dataset], noFilter)).toHaveLength(2);
    expect(filterIncidents([own, dataset], { ...noFilter, record: 'own' })).toEqual([own]);
    expect(filterIncidents([own, dataset], { ...noFilter, record: 'dataset' })).toEqual([dataset]);
    expect(filterIncidents([dataset], { ...noFilter, record: 'own' })).toEqual([]);
  });

  it('counts as filtering only when set, and a filter without it (made before it existed) still works', () => {
    expect(isFiltering({ ...noFilter, record: 'own' })).toBe(true);
    expect(isFiltering(noFilter)).toBe(false);
    const { record: _r, ...old } = noFilter;
    expect(isFiltering(old)).toBe(false);
    expect(filterIncidents([own, dataset], old)).toHaveLength(2);
  });
});

import { describe, expect, it } from 'vitest';
import { buildSummaries, type IncidentSummary } from '../../../lib/dataset/summary';
import { filterChoices, filterIncidents, isFiltering, noFilter, safeSourceUrl } from '../../../components/incidents/filter';
import { newIncident, smallDataset, withNewIncident } from '../../fixtures/dataset';

const incidents: IncidentSummary[] = (() => {
  const s = buildSummaries(withNewIncident(smallDataset('2026.1'), '2026.2'), Infinity);
  const all = new Map<string, IncidentSummary>();
  for (const e of Object.values(s)) for (const i of e.recent) all.set(i.id, i);
  return [...all.values()].sort((a, b) => (a.date < b.date ? 1 : -1));
})();
const ids = (list: IncidentSummary[]) => list.map((i) => i.id);

describe('filtering the incident list', () => {
  it('keeps everything without a filter', () => {
    expect(isFiltering(noFilter)).toBe(false);
    expect(ids(filterIncidents(incidents, noFilter))).toEqual(ids(incidents));
  });

  it('by site, group (claimed or attributed), weapon and date range, both days included', () => {
    expect(ids(filterIncidents(incidents, { ...noFilter, site: 'tower-22' }))).toEqual([newIncident().id, '2024-01-28-tower-22-drone']);
    expect(filterIncidents(incidents, { ...noFilter, group: 'umbrella-u' })).toHaveLength(2); // attributed only
    expect(filterIncidents(incidents, { ...noFilter, group: 'group-a' })).toHaveLength(3);
    expect(ids(filterIncidents(incidents, { ...noFilter, weapon: 'drone' }))).toEqual(['2024-01-28-tower-22-drone']);
    expect(ids(filterIncidents(incidents, { ...noFilter, from: '2024-01-28', to: '2024-01-28' }))).toEqual(['2024-01-28-tower-22-drone']);
    expect(filterIncidents(incidents, { ...noFilter, from: '2024-02-03' })).toHaveLength(0);
  });

  it('by text, in either language, after folding (hamza, case), every word required', () => {
    expect(ids(filterIncidents(incidents, { ...noFilter, text: 'NEW rocket' }))).toEqual([newIncident().id]);
    expect(ids(filterIncidents(incidents, { ...noFilter, text: 'هجوم صاروخي' }))).toEqual([newIncident().id]);
    expect(filterIncidents(incidents, { ...noFilter, text: 'قاعده' })).toHaveLength(3); // ة/ه folded, matches the site name
    expect(filterIncidents(incidents, { ...noFilter, text: 'rocket drone' })).toHaveLength(0);
  });

  it('offers as choices only the sites, groups and weapons present', () => {
    const c = filterChoices(incidents);
    expect(c.sites.map((s) => s.id).sort()).toEqual(['ain-al-asad', 'tower-22']);
    expect(c.groups.map((g) => g.id).sort()).toEqual(['group-a', 'umbrella-u']);
    expect(c.weapons.sort()).toEqual(['drone', 'rocket']);
  });

  it('links sources only when they are http(s) URLs', () => {
    expect(safeSourceUrl('https://www.reuters.com/x')?.hostname).toBe('www.reuters.com');
    expect(safeSourceUrl('javascript:alert(1)')).toBeNull();
    expect(safeSourceUrl('data:text/html,<script>')).toBeNull();
    expect(safeSourceUrl('not a url')).toBeNull();
  });
});

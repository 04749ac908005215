import Ajv2020 from 'ajv/dist/2020';
import { beforeAll, describe, expect, it } from 'vitest';
import { stixBundle } from '../../../lib/export/stix';
import { stixIncidentBundle } from '../../../lib/export/stix-incidents';
import { sampleClips } from '../../fixtures/clips';
import { stixProblems } from '../../fixtures/stix-validator';
import { dataset, exportedAt, incidents, ownDrone, ownMonth } from '../../fixtures/incidents';
import { INCIDENT_SCHEMA, RELATIONSHIP_SCHEMA } from '../../fixtures/stix-schemas';

type Obj = Record<string, any>;
let objects: Obj[];
beforeAll(async () => {
  objects = [...(await stixIncidentBundle(incidents, { exportedAt, dataset })).objects] as Obj[];
});
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
const checkIncident = ajv.compile(INCIDENT_SCHEMA);
const checkRelationship = ajv.compile(RELATIONSHIP_SCHEMA);
const incidentOf = (id: string) => objects.find((o) => o.type === 'incident' && o.x_mbr_incident_id === id)!;
const relsFrom = (id: string, type: string) => objects.filter((o) => o.type === 'relationship' && o.source_ref === id && o.relationship_type === type);
const byId = (id: string) => objects.find((o) => o.id === id)!;

describe('STIX 2.1 incidents export', () => {
  it('is a valid bundle by the validator, with the dataset, without it and with no incident', async () => {
    expect(stixProblems({ type: 'bundle', id: 'x', objects: [] })).not.toEqual([]);
    expect(stixProblems(await stixIncidentBundle(incidents, { exportedAt, dataset }))).toEqual([]);
    expect(stixProblems(await stixIncidentBundle(incidents, { exportedAt }))).toEqual([]);
    expect(stixProblems(await stixIncidentBundle([], { exportedAt, dataset }))).toEqual([]);
  });

  it('passes the JSON Schemas of the 2.1 incident and relationship, which refuse what the specification forbids', () => {
    const incidents = objects.filter((o) => o.type === 'incident');
    const rels = objects.filter((o) => o.type === 'relationship');
    expect(incidents).toHaveLength(5);
    for (const o of incidents) expect(checkIncident(o), JSON.stringify(checkIncident.errors)).toBe(true);
    for (const o of rels) expect(checkRelationship(o), JSON.stringify(checkRelationship.errors)).toBe(true);
    // Negatives: a missing name, an un-prefixed custom property, a timestamp without milliseconds, a bad ref.
    const bad = structuredClone(incidents[0]!);
    delete bad.name;
    expect(checkIncident(bad)).toBe(false);
    expect(checkIncident({ ...incidents[0], weapons: ['drone'] })).toBe(false);
    expect(checkIncident({ ...incidents[0], created: '2024-01-01T00:00:00Z' })).toBe(false);
    expect(checkRelationship({ ...rels[0], target_ref: 'location--not-a-uuid' })).toBe(false);
    expect(checkRelationship({ ...rels[0], relationship_type: 'Targets' })).toBe(false);
  });

  it('records the date, weapons, outcome and casualties on each incident', () => {
    const i = incidentOf('2024-01-20-ain-al-asad-rocket');
    expect(i).toMatchObject({
      name: 'Attack on Ain al-Asad Air Base, 2024-01-20', description: 'Attack on ain-al-asad.', labels: ['attack'], confidence: 85,
      x_mbr_date: '2024-01-20', x_mbr_date_precision: 'day', x_mbr_first_seen: '2024-01-20T00:00:00.000Z', x_mbr_last_seen: '2024-01-21T00:00:00.000Z',
      x_mbr_weapons: ['rocket', 'drone'], x_mbr_outcome: 'damage', x_mbr_casualties: { killed: 0, injured: 2 },
      created: '2026-03-01T12:00:00.000Z',
    });
    expect(i.x_mbr_own).toBeUndefined();
    // The javascript: source is not a reference.
    expect(i.external_references.map((r: Obj) => r.url ?? r.external_id)).toEqual(['2024-01-20-ain-al-asad-rocket', 'https://example.org/source/5']);
    const month = incidentOf(ownMonth.id);
    expect(month).toMatchObject({ name: 'Attack on Harir Air Base, gone-base, 2024-01', x_mbr_first_seen: '2024-01-01T00:00:00.000Z', x_mbr_last_seen: '2024-02-01T00:00:00.000Z' });
    expect(month.x_mbr_casualties).toBeUndefined();
  });

  it('marks the analyst’s own incidents, dated when they were kept, citing the article', () => {
    const own = incidentOf(ownDrone.id);
    expect(own).toMatchObject({
      labels: ['attack', 'own-record'], x_mbr_own: true, x_mbr_article_url: ownDrone.article_url, x_mbr_kept_at: ownDrone.kept_at,
      x_mbr_corrected: ['weapons'], created: '2024-02-11T08:30:00.000Z', modified: '2024-02-11T08:30:00.000Z',
    });
    expect(own.external_references.map((r: Obj) => r.url ?? r.external_id)).toEqual([ownDrone.id, ownDrone.article_url]);
  });

  it('targets the sites (locations), not sightings; a site without a location object is named on the incident', () => {
    expect(objects.some((o) => o.type === 'sighting')).toBe(false);
    const i = incidentOf('2024-01-20-ain-al-asad-rocket');
    const targets = relsFrom(i.id, 'targets');
    expect(targets.map((r) => byId(r.target_ref))).toMatchObject([{ type: 'location', name: 'Ain al-Asad Air Base', latitude: 33.7857 }]);
    const month = incidentOf(ownMonth.id);
    // Harir has a country (a location without coordinates); gone-base is not in the dataset.
    expect(relsFrom(month.id, 'targets').map((r) => byId(r.target_ref).name)).toEqual(['Harir Air Base']);
    expect(month.x_mbr_unlocated_sites).toEqual(['gone-base']);
  });

  it('attributes to groups, a claim and an official attribution apart', () => {
    const own = incidentOf(ownDrone.id);
    const rels = relsFrom(own.id, 'attributed-to');
    const summary = rels.map((r) => [byId(r.target_ref).name, r.x_mbr_basis, r.x_mbr_attributed_by ?? null]);
    expect(summary).toEqual([['Harakat al-Nujaba', 'claim', null], ["Kata'ib Hezbollah", 'official', ['US Department of Defense']]]);
    expect(byId(rels[0]!.target_ref).type).toBe('threat-actor');
    expect(rels[1]!.external_references).toEqual([{ source_name: 'example.org', url: 'https://example.org/dod/1' }]);
    expect(relsFrom(incidentOf(ownMonth.id).id, 'attributed-to')).toEqual([]);
  });

  it('gives the same ids in every export, and the same site ids as the clips export', async () => {
    const again = await stixIncidentBundle(incidents, { exportedAt: new Date('2025-01-01T00:00:00.000Z'), dataset });
    const ids = (os: readonly Obj[]) => os.filter((o) => o.type !== 'bundle').map((o) => o.id).sort();
    expect(ids(again.objects)).toEqual(ids(objects));
    const clips = await stixBundle(await sampleClips(), { exportedAt, dataset });
    const siteId = (os: readonly Obj[]) => os.find((o) => o.type === 'location' && o.name === 'Ain al-Asad Air Base')!.id;
    expect(siteId(clips.objects)).toBe(siteId(objects));
    // Different incidents, a different bundle.
    expect((await stixIncidentBundle(incidents.slice(1), { exportedAt, dataset })).id).not.toBe((await stixIncidentBundle(incidents, { exportedAt, dataset })).id);
  });
});

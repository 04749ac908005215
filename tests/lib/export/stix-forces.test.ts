/**
 * Armed groups, partner forces and state forces in the STIX export: a militia or a
 * front group is a threat-actor with threat_actor_types; a partner force (the
 * Peshmerga) or a state force (the PMF) is an identity of class "organization",
 * never a threat actor, and no "targets" relationship starts at it.
 */
import { describe, expect, it } from 'vitest';
import type { Militia } from '../../../lib/dataset/schema';
import type { ExportDataset } from '../../../lib/export/common';
import { groupKind, threatActorTypes } from '../../../lib/export/group-kind';
import { stixBundle } from '../../../lib/export/stix';
import { CSV_COLUMNS, exportCsv } from '../../../lib/export/csv';
import { exportHtmlReport } from '../../../lib/export/html-report';
import { markdownNote } from '../../../lib/export/markdown';
import { entityKinds } from '../../../lib/export/group-kind';
import { createMentionFinder } from '../../../lib/mentions';
import { gazetteerEntries } from '../../../lib/gazetteer/types';
import { clipOf, dataset } from '../../fixtures/clips';
import { stixProblems } from '../../fixtures/stix-validator';

type Obj = Record<string, any>;
const exportedAt = new Date('2024-03-01T12:00:00.000Z');
const src = 'https://example.org/source/forces';

const group = (id: string, name_en: string, name_ar: string, type: Militia['type'], designated = false): Militia => ({
  id, name_en, name_ar, type, umbrella: [], country: 'IQ',
  designations: designated ? [{ by: 'United States', list: 'Foreign Terrorist Organization', source: src }] : [],
  description_en: `${name_en}.`, description_ar: `${name_ar}.`, aliases: [{ text: name_ar, lang: 'ar' }], sources: [src], confidence: 'high',
});

const forces: ExportDataset = {
  ...dataset,
  militias: [
    ...dataset.militias.map((m) => (m.id === 'kataib-hezbollah' ? { ...m, designations: [{ by: 'United States', list: 'Foreign Terrorist Organization', source: src }] } : m)),
    group('peshmerga', 'Peshmerga', 'البيشمركة', 'partner force'),
    group('popular-mobilization-forces', 'Popular Mobilization Forces', 'الحشد الشعبي', 'state force'),
    group('saraya-awliya-al-dam', 'Saraya Awliya al-Dam', 'سرايا أولياء الدم', 'front group'),
  ],
  incidents: [
    ...dataset.incidents,
    // An attack attributed to a state force: no "targets" from an identity.
    { ...dataset.incidents[0]!, id: '2024-02-01-ain-al-asad-pmf', date: '2024-02-01', claimed_by: [], attributed_to: [{ group: 'popular-mobilization-forces', by: 'a test', source: src }] },
  ],
};
const finder = createMentionFinder(gazetteerEntries(forces.bases, forces.militias));
const TEXT = 'قالت البيشمركة إن الحشد الشعبي انتشر قرب قاعدة عين الأسد بعد هجوم تبنته سرايا أولياء الدم وكتائب حزب الله.';

async function bundle(): Promise<Obj[]> {
  const clip = await clipOf(TEXT, { id: 'clip-forces', mentions: finder.find(TEXT) });
  const b = await stixBundle([clip], { exportedAt, dataset: forces });
  expect(stixProblems(b)).toEqual([]);
  return [...b.objects] as Obj[];
}

describe('kinds of armed group', () => {
  it('follow the dataset type', () => {
    const kinds = forces.militias.map((m) => [m.id, groupKind(m)]);
    expect(Object.fromEntries(kinds)).toEqual({
      'kataib-hezbollah': 'armed-group', 'nujaba': 'armed-group', 'peshmerga': 'partner-force',
      'popular-mobilization-forces': 'state-force', 'saraya-awliya-al-dam': 'armed-group',
    });
    expect(groupKind({ type: 'foreign state force' as Militia['type'] })).toBe('state-force');
    expect(groupKind(null)).toBe('armed-group');
    expect(threatActorTypes(forces.militias[0]!)).toEqual(['terrorist']);
    expect(threatActorTypes(forces.militias[1]!)).toEqual(['unknown']);
  });
});

describe('STIX types of partner and state forces', () => {
  it('makes the Peshmerga and the PMF identities of class organization', async () => {
    const objects = await bundle();
    const byName = (name: string) => objects.filter((o) => o.name === name);
    for (const name of ['Peshmerga', 'Popular Mobilization Forces']) {
      expect(byName(name)).toHaveLength(1);
      expect(byName(name)[0]).toMatchObject({ type: 'identity', identity_class: 'organization' });
      expect(byName(name)[0]!.threat_actor_types).toBeUndefined();
    }
    expect(byName('Peshmerga')[0]!.labels).toEqual(['partner force']);
    expect(byName('Popular Mobilization Forces')[0]!.labels).toEqual(['state force']);
  });

  it('makes militias and front groups threat actors with threat_actor_types', async () => {
    const objects = await bundle();
    const actor = (name: string) => objects.find((o) => o.name === name)!;
    expect(actor("Kata'ib Hezbollah")).toMatchObject({ type: 'threat-actor', threat_actor_types: ['terrorist'], labels: ['militia'] });
    expect(actor('Saraya Awliya al-Dam')).toMatchObject({ type: 'threat-actor', threat_actor_types: ['unknown'], labels: ['front group'] });
  });

  it('draws "targets" only from threat actors, and refers to the forces from the report', async () => {
    const objects = await bundle();
    const ids = new Map(objects.map((o) => [o.id, o]));
    const rels = objects.filter((o) => o.type === 'relationship');
    expect(rels.length).toBeGreaterThan(0);
    for (const r of rels) expect(ids.get(r.source_ref)!.type).toBe('threat-actor');
    const report = objects.find((o) => o.type === 'report')!;
    const referred = report.object_refs.map((r: string) => ids.get(r)!.name);
    expect(referred).toEqual(expect.arrayContaining(['Peshmerga', 'Popular Mobilization Forces', 'Ain al-Asad Air Base']));
  });

  it('exports a group missing from the dataset as a threat actor of unknown type', async () => {
    const clip = await clipOf(TEXT, { id: 'clip-forces', mentions: finder.find(TEXT) });
    const objects = [...(await stixBundle([clip], { exportedAt })).objects] as Obj[];
    const groups = objects.filter((o) => o.type === 'threat-actor');
    expect(groups.length).toBe(4);
    for (const g of groups) expect(g.threat_actor_types).toEqual(['unknown']);
  });
});

describe('kinds of armed group in the other exports', () => {
  it('are said in the CSV, the Markdown notes and the HTML report', async () => {
    const clip = await clipOf(TEXT, { id: 'clip-forces', mentions: finder.find(TEXT) });
    const csv = exportCsv([clip], forces).split('\r\n').slice(1, -1).map((l) => l.split('","').map((f) => f.replace(/^\ufeff?"|"$/g, '')));
    const kind = Object.fromEntries(csv.map((r) => [r[CSV_COLUMNS.indexOf('entity_id')], r[CSV_COLUMNS.indexOf('entity_group_kind')]]));
    expect(kind).toMatchObject({ 'peshmerga': 'partner-force', 'popular-mobilization-forces': 'state-force', 'saraya-awliya-al-dam': 'armed-group', 'kataib-hezbollah': 'armed-group', 'ain-al-asad': 'base' });
    const note = markdownNote(clip, entityKinds(forces));
    expect(note).toContain('(partner force, `peshmerga`)');
    expect(note).toContain('(state force, `popular-mobilization-forces`)');
    expect(note).toContain('(armed group, `kataib-hezbollah`)');
    const html = exportHtmlReport([clip], { exportedAt, dataset: forces });
    expect(html).toMatch(/id="entity-peshmerga"[^]*?<p>قوة شريكة ·/);
    expect(html).toMatch(/id="entity-popular-mobilization-forces"[^]*?<p>قوة حكومية ·/);
  });
});

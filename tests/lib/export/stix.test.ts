import { beforeAll, describe, expect, it } from 'vitest';
import type { Clip } from '../../../lib/clips/types';
import { stixBundle } from '../../../lib/export/stix';
import { uuidV5 } from '../../../lib/export/uuid';
import { clipOf, dataset, sampleClips } from '../../fixtures/clips';
import { stixProblems } from '../../fixtures/stix-validator';

type Obj = Record<string, any>;
const exportedAt = new Date('2024-03-01T12:00:00.000Z');
let clips: Clip[];
let objects: Obj[];
beforeAll(async () => {
  clips = await sampleClips();
  objects = [...(await stixBundle(clips, { exportedAt, dataset })).objects] as Obj[];
});
const named = (type: string, name: string) => objects.find((o) => o.type === type && o.name === name)!;

describe('uuidV5', () => {
  it('matches the RFC 4122 / Python uuid5 reference value', async () => {
    expect(await uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });
});

describe('STIX 2.1 export', () => {
  it('is a valid bundle by the validator', async () => {
    expect(stixProblems(await stixBundle(clips, { exportedAt, dataset }))).toEqual([]);
    expect(stixProblems(await stixBundle(clips, { exportedAt }))).toEqual([]);
    expect(stixProblems(await stixBundle([], { exportedAt, dataset }))).toEqual([]);
  });

  it('the validator catches what the specification forbids', async () => {
    const bundle = JSON.parse(JSON.stringify(await stixBundle(clips, { exportedAt, dataset })));
    const report = bundle.objects.find((o: Obj) => o.type === 'report');
    delete report.name;
    report.object_refs.push('threat-actor--00000000-0000-4000-8000-000000000000');
    report.custom_field = 1;
    const location = bundle.objects.find((o: Obj) => o.type === 'location');
    delete location.longitude;
    bundle.objects[0].created = '2024-01-01T00:00:00Z';
    bundle.objects[0].spec_version = '2.0';
    const problems = stixProblems(bundle).join('\n');
    for (const expected of ['missing required name', 'not an object of the bundle', 'custom_field is neither', 'latitude and longitude go together', 'created must be a UTC timestamp with milliseconds', 'spec_version must be "2.1"']) {
      expect(problems).toContain(expected);
    }
  });

  it('has the tool identity, a threat actor per militia and a location per base', () => {
    expect(objects[0]).toMatchObject({ type: 'identity', identity_class: 'system', name: 'Militia Base Reader' });
    const kh = named('threat-actor', "Kata'ib Hezbollah");
    expect(kh).toMatchObject({ aliases: ['كتائب حزب الله'], labels: ['militia'], confidence: 50, created: '2026-03-01T12:00:00.000Z', created_by_ref: objects[0]!.id });
    expect(kh.external_references[0]).toEqual({ source_name: 'militia-base-reader', external_id: 'kataib-hezbollah' });
    expect(named('location', 'Ain al-Asad Air Base')).toMatchObject({ latitude: 33.7857, longitude: 42.4412, precision: 1000, country: 'IQ', administrative_area: 'Anbar Governorate' });
    const harir = named('location', 'Harir Air Base');
    expect(harir.latitude).toBeUndefined();
    expect(harir.country).toBe('IQ');
  });

  it('links groups to the bases they attacked, from the incidents', () => {
    const rels = objects.filter((o) => o.type === 'relationship');
    const id = (type: string, name: string) => named(type, name).id;
    const khAsad = rels.find((r) => r.source_ref === id('threat-actor', "Kata'ib Hezbollah") && r.target_ref === id('location', 'Ain al-Asad Air Base'))!;
    expect(khAsad).toMatchObject({ relationship_type: 'targets', start_time: '2023-10-25T00:00:00.000Z', stop_time: '2024-01-21T00:00:00.000Z' });
    expect(khAsad.description).toContain('2024-01-20 (claimed');
    expect(khAsad.description).toContain('2023-10-25 (attributed by US Department of Defense');
    // A javascript: source is never written as a URL.
    expect(JSON.stringify(khAsad.external_references)).not.toContain('javascript:');
    expect(rels).toHaveLength(3);
  });

  it('has a report per clip, referring to what it mentions, and a note per clip with notes', () => {
    const reports = objects.filter((o) => o.type === 'report');
    expect(reports.map((r) => r.x_mbr_clip_id)).toEqual(clips.map((c) => c.id));
    const selection = reports[0]!;
    expect(selection).toMatchObject({ name: clips[0]!.title, description: clips[0]!.text, published: '2024-01-20T06:30:00.000Z', created: clips[0]!.captured_at, labels: clips[0]!.tags, lang: 'ar', x_mbr_text_sha256: clips[0]!.text_sha256 });
    expect(selection.object_refs.map((r: string) => objects.find((o) => o.id === r)!.name)).toEqual(['Harakat al-Nujaba', 'Victory Base', 'Harir Air Base']);
    expect(reports[2]!.object_refs).toEqual([objects[0]!.id]);
    const notes = objects.filter((o) => o.type === 'note');
    expect(notes.map((n) => n.object_refs[0])).toEqual([reports[0]!.id, reports[1]!.id, reports[3]!.id]);
  });

  it('names bases it cannot locate on the report', async () => {
    const clip = await clipOf('قاعدة عين الأسد', { id: 'x' });
    const b = await stixBundle([clip], { exportedAt });
    expect(stixProblems(b)).toEqual([]);
    const report = b.objects.find((o) => o.type === 'report')!;
    expect(report.x_mbr_unlocated_entities).toEqual(['ain-al-asad']);
    expect(report.object_refs).toEqual([b.objects[0]!.id]);
  });

  it('gives the same ids to the same clips and entities in every export', async () => {
    const again = await stixBundle(clips.slice(0, 2), { exportedAt: new Date(), dataset });
    const ids = new Set(objects.map((o) => o.id));
    for (const o of again.objects) expect(ids.has(o.id)).toBe(true);
    const first = await stixBundle(clips, { exportedAt, dataset });
    expect(first.id).toBe((await stixBundle(clips, { exportedAt, dataset })).id);
    expect(first.id).not.toBe(again.id);
  });
});

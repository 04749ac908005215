import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { BaseSchema, DatasetSchema, IncidentSchema, MilitiaSchema, type Base, type Militia } from '../../../lib/dataset';
import { isCalendarDate, isPartialDate } from '../../../lib/dataset/calendar';
import { isHttpUrl } from '../../../lib/dataset/urls';
import type { Base as GazetteerBase, Militia as GazetteerMilitia } from '../../../lib/gazetteer/types';
import { shipped, validContent } from '../../fixtures/shipped-data';

// The schema's types are usable wherever the engine's gazetteer types are expected.
const asGazetteer = (b: Base, m: Militia): [GazetteerBase, GazetteerMilitia] => [b, m];
void asGazetteer;

const issues = (schema: v.GenericSchema, record: unknown) => {
  const r = v.safeParse(schema, record);
  return r.success ? [] : r.issues.map((i) => `${v.getDotPath(i)}: ${i.message}`);
};

describe('the schemas', () => {
  it('accept every shipped record', () => {
    const { content } = shipped();
    expect(content.bases.length).toBeGreaterThanOrEqual(40);
    expect(content.militias.length).toBeGreaterThanOrEqual(30);
    expect(content.incidents.length).toBeGreaterThanOrEqual(250);
    for (const b of content.bases) expect(issues(BaseSchema, b), b.id).toEqual([]);
    for (const m of content.militias) expect(issues(MilitiaSchema, m), m.id).toEqual([]);
    for (const i of content.incidents) expect(issues(IncidentSchema, i), i.id).toEqual([]);
    expect(issues(DatasetSchema, { version: '2026.11.21.1', ...content })).toEqual([]);
  });

  it('reject values outside the enums, bad ids, dates, URLs and ranges', () => {
    const { bases: [base], militias: [militia], incidents: [incident] } = validContent();
    expect(issues(BaseSchema, { ...base, type: 'airbase' })).toHaveLength(1);
    expect(issues(BaseSchema, { ...base, id: 'Ain_al_Asad' })).toHaveLength(1);
    expect(issues(BaseSchema, { ...base, coordinates: { ...base!.coordinates, lat: 91 } })).toEqual(['coordinates.lat: Invalid value: Expected <=90 but received 91']);
    expect(issues(BaseSchema, { ...base, status: [{ ...base!.status[0], date: '2024-13' }] })).toHaveLength(1);
    expect(issues(BaseSchema, { ...base, sources: [] })).toEqual(['sources: needs at least one source']);
    expect(issues(BaseSchema, { ...base, confidence: 'certain' })).toHaveLength(1);
    expect(issues(BaseSchema, { ...base, aliases: [{ text: 'x', lang: 'fr' }] })).toHaveLength(1);
    expect(issues(MilitiaSchema, { ...militia, type: 'gang' })).toHaveLength(1);
    expect(issues(MilitiaSchema, { ...militia, country: 'Iraq' })).toHaveLength(1);
    expect(issues(IncidentSchema, { ...incident, weapons: ['missile'] })).toHaveLength(1);
    expect(issues(IncidentSchema, { ...incident, outcome: 'destroyed' })).toHaveLength(1);
    expect(issues(IncidentSchema, { ...incident, date_precision: 'week' })).toHaveLength(1);
    expect(issues(IncidentSchema, { ...incident, campaign: 'gaza' })).toHaveLength(1);
    expect(issues(IncidentSchema, { ...incident, date: '2023-02-29' })).toEqual(['date: must be a calendar date YYYY-MM-DD']);
    expect(issues(IncidentSchema, { ...incident, sources: ['www.example.org/a'] })).toEqual(['sources.0: must be a well-formed http(s) URL']);
    expect(issues(IncidentSchema, { ...incident, casualties: { killed: -1, injured: 2.5, note: null } })).toHaveLength(2);
  });

  it('reject unknown and missing fields', () => {
    const { incidents: [incident] } = validContent();
    expect(issues(IncidentSchema, { ...incident, weapon: ['drone'] })).toHaveLength(1);
    const { summary_ar: _, ...withoutSummary } = incident!;
    expect(issues(IncidentSchema, withoutSummary)).toHaveLength(1);
  });

  it('accept an incident without a campaign and with unreported casualties', () => {
    const { campaign: _, ...incident } = validContent().incidents[0]!;
    expect(issues(IncidentSchema, { ...incident, casualties: null })).toEqual([]);
    expect(issues(IncidentSchema, { ...incident, casualties: { killed: null, injured: 3 } })).toEqual([]);
  });
});

describe('dates and URLs', () => {
  it.each([
    ['2024-02-29', true], ['2023-02-29', false], ['2024-04-31', false], ['2024-00-10', false], ['2024-1-01', false], ['2024-12-31', true],
  ])('isCalendarDate(%s) = %s', (s, ok) => expect(isCalendarDate(s)).toBe(ok));
  it.each([['2024', true], ['2024-07', true], ['2024-13', false], ['2024-07-32', false], ['24', false]])('isPartialDate(%s) = %s', (s, ok) =>
    expect(isPartialDate(s)).toBe(ok));
  it.each([
    ['https://www.example.org/a?b=c', true], ['http://example.org', true], ['https://emarat-news.ae/955755/عاجل-فصائل', true],
    ['ftp://example.org', false], ['https:/example.org', false], ['https://localhost/x', false], ['https://example.org./x', false],
    ['https://user:pw@example.org/', false], [' https://example.org', false], ['example.org', false],
  ])('isHttpUrl(%s) = %s', (s, ok) => expect(isHttpUrl(s)).toBe(ok));
});

/**
 * Arabic for every shown field (issues 11 and 12): data:build refuses an English
 * `by`, casualty note, aggregate `by` or hosted force without its Arabic, and a
 * site without coordinates that does not say why.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checkArabicFields, runChecks } from '../../../lib/dataset/checks';
import { IncidentSchema, type DatasetContent } from '../../../lib/dataset';
import { BY_AR, fillRecords, HOSTED_AR, NOTE_AR } from '../../../scripts/fill-arabic-fields';
import { fold, shipped, validContent } from '../../fixtures/shipped-data';

const messages = (breakIt: (d: DatasetContent) => void) => {
  const d = validContent();
  breakIt(d);
  return checkArabicFields(d).map((p) => `${p.where}: ${p.message}`);
};

describe('checkArabicFields', () => {
  it('passes the valid fixture and the shipped data', () => {
    expect(checkArabicFields(validContent())).toEqual([]);
    expect(checkArabicFields(shipped().content)).toEqual([]);
  });

  it('fails an attribution whose by_ar is missing, and data:build with it', () => {
    const breakIt = (d: DatasetContent) => delete (d.incidents[0]!.attributed_to[0] as { by_ar?: string }).by_ar;
    expect(messages(breakIt)).toEqual([
      '2023-10-30-ain-al-asad-rocket: attributed_to[0].by "US Department of Defense" has no attributed_to[0].by_ar; add the Arabic (scripts/fill-arabic-fields.ts has the reviewed table of names)',
    ]);
    const d = validContent();
    breakIt(d);
    expect(runChecks(d, { today: '2026-11-21', fold }).map((p) => p.check)).toContain('arabic-fields');
  });

  it('fails a by_ar that is the English copied over', () => {
    expect(messages((d) => (d.incidents[0]!.attributed_to[0]!.by_ar = 'US Department of Defense'))).toEqual([
      '2023-10-30-ain-al-asad-rocket: attributed_to[0].by_ar "US Department of Defense" has no Arabic letter',
    ]);
  });

  it('needs note_ar whenever a casualty note is given, and not otherwise', () => {
    expect(messages((d) => (d.incidents[0]!.casualties = { killed: 0, injured: 0, note: 'none reported' }))).toEqual([
      '2023-10-30-ain-al-asad-rocket: casualties.note "none reported" has no casualties.note_ar; add the Arabic (scripts/fill-arabic-fields.ts has the reviewed table of names)',
    ]);
    expect(messages((d) => (d.incidents[0]!.casualties = { killed: 0, injured: 0, note: 'none reported', note_ar: 'لم يُبلَّغ عن إصابات' }))).toEqual([]);
    expect(messages((d) => (d.incidents[0]!.casualties = { killed: 0, injured: 0, note: null, note_ar: null }))).toEqual([]);
    expect(messages((d) => (d.incidents[0]!.casualties = { killed: 0, injured: 0, note_ar: 'لا إصابات' }))).toEqual([
      '2023-10-30-ain-al-asad-rocket: casualties.note_ar "لا إصابات" has no English casualties.note',
    ]);
  });

  it('needs hosted_ar item for item, and an aggregate by_ar', () => {
    expect(messages((d) => (d.bases[0]!.hosted = ['United States', 'Spain']))).toEqual([
      'ain-al-asad: hosted has 2 item(s) but hosted_ar 1; give the Arabic of each, in the same order',
    ]);
    expect(messages((d) => {
      d.aggregates = [{ id: '2024-01-01-iq-x', period_from: '2023-10-17', period_to: '2024-01-01', country: 'IQ', count: 3, what_en: 'x', what_ar: 'س', by: 'Pentagon', source: 'https://example.org/a' }];
    })).toEqual(['2024-01-01-iq-x: by "Pentagon" has no by_ar; add the Arabic (scripts/fill-arabic-fields.ts has the reviewed table of names)']);
  });

  it('needs the Arabic of a base governorate', () => {
    expect(messages((d) => (d.bases[0]!.admin_area_en = 'Anbar Governorate'))).toEqual([
      'ain-al-asad: admin_area "Anbar Governorate" has no admin_area_ar; add the Arabic (scripts/fill-arabic-fields.ts has the reviewed table of names)',
    ]);
  });

  it('needs a reason, in both languages, for a site without coordinates', () => {
    expect(messages((d) => (d.bases[1]!.coordinates = null))).toEqual([
      'tower-22: coordinates is null without a reason; say why in coordinates_note_en and coordinates_note_ar (a pseudo-site without a place), or find the coordinates',
    ]);
    expect(messages((d) => {
      d.bases[1]!.coordinates = null;
      d.bases[1]!.coordinates_note_en = 'Not a place: convoys on several highways.';
      d.bases[1]!.coordinates_note_ar = 'ليس موقعاً: أرتال على عدة طرق.';
    })).toEqual([]);
    expect(messages((d) => (d.bases[0]!.coordinates_note_en = 'Estimated.'))).toEqual([
      'ain-al-asad: coordinates_note "Estimated." has no coordinates_note_ar; add the Arabic (scripts/fill-arabic-fields.ts has the reviewed table of names)',
    ]);
  });

  it('keeps older feeds parsing: by_ar and note_ar are optional in the schema', () => {
    const i = validContent().incidents[0]!;
    const old = { ...i, attributed_to: [{ group: 'g', by: 'US officials', source: 'https://example.org/s' }], casualties: { killed: 1, injured: null, note: 'x' } };
    expect(v.safeParse(IncidentSchema, old).success).toBe(true);
  });
});

describe('the shipped data', () => {
  it('gives every site coordinates or a stated reason, and only the convoy routes have none', () => {
    const bases = shipped().content.bases;
    expect(bases.filter((b) => b.coordinates === null).map((b) => b.id)).toEqual(['coalition-supply-convoys-iraq']);
    for (const b of bases) if (b.coordinates === null) expect(b.coordinates_note_en && b.coordinates_note_ar, b.id).toBeTruthy();
  });
});

describe('scripts/fill-arabic-fields.ts', () => {
  it('fills a missing by_ar and note_ar right after the English, and never overwrites an Arabic already there', () => {
    const records = [
      { id: 'a', attributed_to: [{ group: 'g', by: 'US Department of State', source: 's' }], casualties: { killed: 0, injured: 0, note: 'none reported' } },
      { id: 'b', attributed_to: [{ group: 'g', by: 'US Department of State', by_ar: 'مراجَع', source: 's' }], casualties: null },
    ];
    const r = fillRecords(records, 'incidents');
    expect(r).toEqual({ filled: 2, missing: [] });
    expect(Object.keys(records[0]!.attributed_to[0]!)).toEqual(['group', 'by', 'by_ar', 'source']);
    expect(records[0]!.attributed_to[0]).toMatchObject({ by_ar: 'وزارة الخارجية الأمريكية' });
    expect(records[0]!.casualties).toEqual({ killed: 0, injured: 0, note: 'none reported', note_ar: 'لم يُبلَّغ عن إصابات' });
    expect((records[1]!.attributed_to[0] as { by_ar?: string }).by_ar).toBe('مراجَع');
  });

  it('lists what its tables lack instead of guessing', () => {
    const records = [{ id: 'x', attributed_to: [{ group: 'g', by: 'Someone new', source: 's' }], casualties: null }];
    expect(fillRecords(records, 'incidents').missing).toEqual(['x: by "Someone new"']);
    expect(records[0]!.attributed_to[0]).not.toHaveProperty('by_ar');
  });

  it('has Arabic (not English) on the right of every table row', () => {
    for (const table of [BY_AR, HOSTED_AR, NOTE_AR]) for (const [en, ar] of table) expect(/[\u0621-\u064A]/.test(ar), en).toBe(true);
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACLED_COLUMNS, ACLED_CSV_COLUMNS, exportAcledCsv } from '../../../lib/export/acled-csv';
import { dataset, exportedAt, incidents, ownDrone, ownMonth } from '../../fixtures/incidents';

/** The file read back by Python's csv module (DictReader, utf-8-sig), as a list of rows. */
function readWithPython(text: string): Record<string, string>[] {
  const dir = mkdtempSync(join(tmpdir(), 'acled-'));
  const file = join(dir, 'incidents-acled.csv');
  writeFileSync(file, text, 'utf8');
  const script = 'import csv, json, sys\nwith open(sys.argv[1], newline="", encoding="utf-8-sig") as f:\n    print(json.dumps(list(csv.DictReader(f)), ensure_ascii=False))';
  return JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' })) as Record<string, string>[];
}

describe('ACLED-shaped CSV of incidents', () => {
  const text = exportAcledCsv(incidents, { exportedAt, dataset });
  const rows = readWithPython(text);
  const row = (id: string) => rows.find((r) => r.event_id_cnty === id)!;

  it('has ACLED’s columns first, in ACLED’s order, then this tool’s', () => {
    expect(Object.keys(rows[0]!)).toEqual([...ACLED_CSV_COLUMNS]);
    expect(ACLED_CSV_COLUMNS.slice(0, ACLED_COLUMNS.length)).toEqual([...ACLED_COLUMNS]);
    for (const c of ['event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1', 'actor2', 'country', 'admin1', 'location', 'latitude', 'longitude', 'geo_precision', 'source', 'notes', 'fatalities']) {
      expect(ACLED_COLUMNS).toContain(c);
    }
    expect(text.startsWith('\ufeff')).toBe(true);
    expect(text.split('\r\n').length).toBe(rows.length + 2);
  });

  it('writes one row per incident and site, newest first; a second site gets its own event id', () => {
    expect(rows.map((r) => r.event_id_cnty)).toEqual([ownDrone.id, '2024-01-20-ain-al-asad-rocket', ownMonth.id, `${ownMonth.id}-2`, '2023-11-02-victory-rocket', '2023-10-25-ain-al-asad-drone']);
  });

  it('maps a dataset incident to ACLED’s coding', () => {
    expect(row('2024-01-20-ain-al-asad-rocket')).toMatchObject({
      event_date: '2024-01-20', year: '2024', time_precision: '1', disorder_type: 'Political violence',
      event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike',
      actor1: "Kata'ib Hezbollah", assoc_actor_1: '', actor2: 'United States', iso: '368', region: 'Middle East', country: 'Iraq',
      admin1: 'Anbar Governorate', location: 'Ain al-Asad Air Base', latitude: '33.7857', longitude: '42.4412', geo_precision: '1',
      source: 'example.org', notes: 'Attack on ain-al-asad.', fatalities: '0', tags: '',
      timestamp: String(exportedAt.getTime() / 1000), mbr_own: 'false', mbr_injured: '2', mbr_weapons: 'rocket; drone', mbr_outcome: 'damage',
    });
    // Blamed by officials only: the first blamed is actor1, the others associated.
    expect(row('2023-10-25-ain-al-asad-drone')).toMatchObject({ actor1: "Kata'ib Hezbollah", assoc_actor_1: 'Harakat al-Nujaba', mbr_claimed_by: '', mbr_attributed_to: 'kataib-hezbollah (US Department of Defense); nujaba (US Department of Defense)' });
  });

  it('marks own incidents, with the article; a claim before a blame; unknown deaths left empty, not zero', () => {
    expect(row(ownDrone.id)).toMatchObject({ tags: 'own record', mbr_own: 'true', mbr_article_url: ownDrone.article_url, actor1: 'Harakat al-Nujaba', assoc_actor_1: "Kata'ib Hezbollah", fatalities: '', mbr_injured: '3', sub_event_type: 'Air/drone strike' });
  });

  it('a month-precise date, an unknown weapon, a site without coordinates and one the dataset lacks', () => {
    expect(row(ownMonth.id)).toMatchObject({ time_precision: '3', event_type: 'Explosions/Remote violence', sub_event_type: '', actor1: 'Unidentified Armed Group (Iraq)', location: 'Harir Air Base', latitude: '', longitude: '', geo_precision: '' });
    expect(row(`${ownMonth.id}-2`)).toMatchObject({ location: 'gone-base', country: '', iso: '', region: '', actor1: 'Unidentified Armed Group (unknown)' });
  });

  it('codes a site outside the Middle East with its ISO number and no ACLED region (Diego Garcia, British Indian Ocean Territory)', () => {
    const island = { ...dataset.bases[0]!, id: 'diego-garcia', name_en: 'Diego Garcia', country: 'IO' };
    const atIsland = { ...ownDrone, id: 'own-2026-03-20-diego-garcia-x', sites: ['diego-garcia'] };
    const [only] = readWithPython(exportAcledCsv([atIsland], { exportedAt, dataset: { ...dataset, bases: [...dataset.bases, island] } }));
    expect(only).toMatchObject({ iso: '86', region: '' });
  });

  it('neutralises formulas in every field a source or an analyst controls', () => {
    expect(row(ownDrone.id)!.notes).toBe(`'=HYPERLINK("http://evil.example","x") A drone hit Victory Base.`);
    for (const r of rows) for (const v of Object.values(r)) expect(v).not.toMatch(/^[=+\-@]/);
  });

  it('with no incident, the header alone', () => {
    expect(readWithPython(exportAcledCsv([], { exportedAt, dataset }))).toEqual([]);
    expect(exportAcledCsv([], { exportedAt })).toBe(`\ufeff${ACLED_CSV_COLUMNS.join(',')}\r\n`);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { Clip } from '../../../lib/clips/types';
import { CSV_COLUMNS, csvField, exportCsv } from '../../../lib/export/csv';
import { parseCsv } from '../../fixtures/csv';
import { clipOf, meta, sampleClips } from '../../fixtures/clips';

const FORMULAS = ['=HYPERLINK("http://evil.example","click")', '+cmd|\' /C calc\'!A0', '-1+1', '@SUM(1+1)*cmd|\' /C calc\'!A0', '\t=1+1', '\r=1+1', '＝1+1', '＋1', '－1', '＠SUM(A1)', '  =1+1', '\u200f=1+1'];

let clips: Clip[];
beforeAll(async () => {
  clips = await sampleClips();
});

describe('CSV export', () => {
  it('starts with a BOM, ends records with CRLF and re-reads as one row per mention', () => {
    const csv = exportCsv(clips);
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const mentions = clips.reduce((n, c) => n + Math.max(1, c.mentions.length), 0);
    expect(rows).toHaveLength(1 + mentions);
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const first = rows[1]!;
    const m = clips[0]!.mentions[0]!;
    expect([first[col('clip_id')], first[col('entity_id')], first[col('entity_name_ar')], first[col('exact')], first[col('start')], first[col('end')]]).toEqual([clips[0]!.id, m.entity.id, m.entity.name_ar, m.exact, String(m.start), String(m.end)]);
    // Notes with quotes and a line break survive.
    expect(first[col('notes')]).toBe(clips[0]!.notes);
    // A clip without mentions still has its row.
    const empty = rows.filter((r) => r[col('clip_id')] === 'clip-empty');
    expect(empty).toHaveLength(1);
    expect([empty[0]![col('entity_id')], empty[0]![col('exact')], empty[0]![col('title')]]).toEqual(['', '', clips[2]!.title]);
  });

  it('neutralises formulas with a leading apostrophe, in every column', async () => {
    for (const f of FORMULAS) expect(csvField(f)).toBe(`"'${f.replace(/"/g, '""')}"`);
    for (const safe of ['قاعدة', 'Ain al-Asad', '12', 'a=b', ' plain', '']) expect(csvField(safe)).toBe(`"${safe}"`);
    const text = FORMULAS.join(' ') + ' قاعدة عين الأسد';
    const clip = await clipOf(text, { id: 'formulas', notes: FORMULAS[0], tags: ['-1+1', '@SUM(A1)'] });
    const rows = parseCsv(exportCsv([clip]).slice(1)).slice(1);
    const hostile = await clipOf('=1+1', { id: 'f2', metadata: meta({ title: '=HYPERLINK("http://x.example")', site: '+SUM(1)', author: '@cmd' }) });
    rows.push(...parseCsv(exportCsv([hostile]).slice(1)).slice(1));
    for (const row of rows) {
      for (const cell of row) expect(cell, cell).not.toMatch(/^[\s\p{Cf}]*[=+\-@\t\r＝＋－＠]/u);
    }
    expect(rows[0]![CSV_COLUMNS.indexOf('notes')]).toBe(`'${FORMULAS[0]}`);
    expect(rows[1]![CSV_COLUMNS.indexOf('title')]).toBe(`'=HYPERLINK("http://x.example")`);
  });
});

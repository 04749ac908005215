import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportArchive, exportBaseName, exportFiles, zipFiles } from '../../lib/export';
import { dataset, sampleClips } from './fixtures';

const exportedAt = new Date('2024-03-01T12:00:00.000Z');

describe('export archive', () => {
  it('holds every format, one note per clip, readable back', async () => {
    const clips = await sampleClips();
    const files = await exportFiles(clips, EXPORT_FORMATS, { exportedAt, dataset });
    const zip = unzipSync(await exportArchive(clips, EXPORT_FORMATS, { exportedAt, dataset }));
    expect(Object.keys(zip).sort()).toEqual(files.map((f) => f.name).sort());
    expect(Object.keys(zip).filter((n) => n.startsWith('notes/'))).toHaveLength(clips.length);
    for (const n of ['clips.json', 'clips.jsonld', 'mentions.csv', 'report.html', 'bases.geojson', 'clips.stix.json']) expect(zip[n]).toBeDefined();
    const utf8 = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true });
    for (const f of files) expect(utf8.decode(zip[f.name]!)).toBe(f.text);
    expect([...zip['mentions.csv']!.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('gives the same bytes for the same export', async () => {
    const clips = await sampleClips();
    const a = await exportArchive(clips, EXPORT_FORMATS, { exportedAt, dataset });
    const b = await exportArchive(clips, EXPORT_FORMATS, { exportedAt, dataset });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('exports only the formats asked for', async () => {
    const files = await exportFiles(await sampleClips(), ['csv', 'geojson'], { exportedAt, dataset });
    expect(files.map((f) => f.name)).toEqual(['mentions.csv', 'bases.geojson']);
    expect(exportBaseName(exportedAt)).toBe('militia-base-reader-clips-2024-03-01');
  });

  it('refuses unsafe or repeated entry names', () => {
    for (const name of ['../x', '/abs', 'a//b', 'a/./b', '']) expect(() => zipFiles([{ name, text: '' }], exportedAt)).toThrow(RangeError);
    expect(() => zipFiles([{ name: 'a', text: '' }, { name: 'a', text: '' }], exportedAt)).toThrow(/duplicate/);
    const zip = unzipSync(zipFiles([{ name: 'ملاحظات/قاعدة.md', text: 'نص' }], exportedAt));
    expect(strFromU8(zip['ملاحظات/قاعدة.md']!)).toBe('نص');
  });
});

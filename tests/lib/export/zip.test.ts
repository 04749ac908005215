import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportArchive, exportBaseName, exportFiles, zipFiles } from '../../../lib/export';
import { dataset, sampleClips } from '../../fixtures/clips';

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

  it('stores entries under storeBelow bytes and deflates the others, all readable back', () => {
    const files = [{ name: 'small.md', text: 'قاعدة '.repeat(10) }, { name: 'big.json', text: 'قاعدة '.repeat(5000) }];
    const zip = zipFiles(files, exportedAt, 1, 1024);
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    // Compression method of each local header (APPNOTE 4.3.7): 0 stored, 8 deflated.
    const methods: Record<string, number> = {};
    for (let at = 0; view.getUint32(at, true) === 0x04034b50;) {
      const nameLength = view.getUint16(at + 26, true);
      const name = new TextDecoder().decode(zip.subarray(at + 30, at + 30 + nameLength));
      methods[name] = view.getUint16(at + 8, true);
      at += 30 + nameLength + view.getUint16(at + 28, true) + view.getUint32(at + 18, true);
    }
    expect(methods).toEqual({ 'small.md': 0, 'big.json': 8 });
    const back = unzipSync(zip);
    for (const f of files) expect(strFromU8(back[f.name]!)).toBe(f.text);
  });

  it('refuses unsafe or repeated entry names', () => {
    for (const name of ['../x', '/abs', 'a//b', 'a/./b', '']) expect(() => zipFiles([{ name, text: '' }], exportedAt)).toThrow(RangeError);
    expect(() => zipFiles([{ name: 'a', text: '' }, { name: 'a', text: '' }], exportedAt)).toThrow(/duplicate/);
    const zip = unzipSync(zipFiles([{ name: 'ملاحظات/قاعدة.md', text: 'نص' }], exportedAt));
    expect(strFromU8(zip['ملاحظات/قاعدة.md']!)).toBe('نص');
  });
});

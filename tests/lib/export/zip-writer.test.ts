/**
 * The zip writer (lib/export/zip.ts) against other readers: its CRC-32 against the
 * standard check value and fflate's, its archives tested by Info-ZIP `unzip -t`
 * (which checks every entry's CRC and sizes) when the command is installed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32, zipFiles } from '../../../lib/export/zip';

const hasUnzip = spawnSync('unzip', ['-v'], { stdio: 'ignore' }).status === 0;
const at = new Date('2024-03-01T12:00:00.000Z');

describe('zip writer', () => {
  it('CRC-32 gives the check value and agrees with fflate on every length around the eight-byte step', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
    const bytes = Uint8Array.from({ length: 40 }, (_, i) => (i * 73 + 11) & 255);
    for (let n = 0; n <= bytes.length; n++) {
      // The CRC is at offset 14 of a local header (APPNOTE 4.3.7).
      const theirs = zipSync({ f: [bytes.subarray(0, n), { level: 0 }] });
      expect(crc32(bytes.subarray(0, n))).toBe(new DataView(theirs.buffer).getUint32(14, true));
    }
  });

  it('an empty archive is the end record alone', () => {
    const zip = zipFiles([], at);
    expect(zip.length).toBe(22);
    expect(Object.keys(unzipSync(zip))).toEqual([]);
  });

  it.skipIf(!hasUnzip)('Info-ZIP unzip -t finds no error in stored and deflated entries', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mbr-zip-t-'));
    const file = join(dir, 'a.zip');
    writeFileSync(file, zipFiles([{ name: 'notes/قاعدة.md', text: 'نص '.repeat(50) }, { name: 'big.json', text: '{"a":"قاعدة"}'.repeat(20_000) }, { name: 'empty.txt', text: '' }], at, 1, 1024));
    const out = execFileSync('unzip', ['-t', file], { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C.UTF-8' } });
    expect(out).toMatch(/No errors detected/);
  });
});
